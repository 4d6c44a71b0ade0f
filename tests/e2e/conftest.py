"""Browser tests: a real server with the demo content, driven in Debian's Chromium.

The server runs in its own process, as in production, against its own
database: when DATABASE_URL points at PostgreSQL (as in CI), a `<name>_e2e`
copy of the worker's demo database (tests/databases.py), otherwise a SQLite
file in a temporary folder, migrated and loaded with the demo.
Chromium comes from Debian's package (`make browser` installs it); when it is
missing the tests fail with a message saying so, never skip.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _e2e_database_url(tmp_path, demo_database):
    """A database for the server: on PostgreSQL a copy of this worker's demo copy
    (tests/databases.py), so the demo is loaded once per worker; else a new SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if demo_database is None or not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    import psycopg2

    parts = urlsplit(url)
    # One database per xdist worker that runs browser tests (and per run).
    name = parts.path.lstrip("/") + "_e2e" + os.environ.get("PYTEST_XDIST_WORKER", "")
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{demo_database}"')
    admin.close()
    return urlunsplit(parts._replace(path=f"/{name}"))


# Accounts the journeys sign in with (the e2e database is thrown away after the run).
ACCOUNTS = {
    "admin": {"username": "e2e-admin", "groups": [], "superuser": True},
    "editor": {"username": "e2e-editor", "groups": ["Editors"], "superuser": False},
    "moderator": {"username": "e2e-moderator", "groups": ["Moderators"], "superuser": False},
    "translator": {"username": "e2e-translator", "groups": ["Translators (Malay)"], "superuser": False},
}

# Run once in the server's database after the demo is loaded: the accounts, and
# the news tree under the "Editorial approval" workflow (home.roles.moderate_tree)
# as the editorial roles intend, whether or not the news demo does it.
SET_UP_ACCOUNTS = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from core.moderation import moderate_tree
from news.models import NewsIndexPage

for account in json.loads({accounts!r}).values():
    user, _created = get_user_model().objects.get_or_create(username=account["username"])
    user.email = account["username"] + "@example.org"
    user.first_name, user.last_name = account["username"].split("-")[1].title(), "Tester"
    user.is_superuser = user.is_staff = account["superuser"]
    user.set_password(account["password"])
    user.save()
    user.groups.set(Group.objects.filter(name__in=account["groups"]))
moderate_tree(NewsIndexPage.objects.get(locale=Locale.get_default()))
"""


def password_for(username):
    return f"e2e-{username}-password"


@pytest.fixture(scope="package")
def server(tmp_path_factory, request):
    """A server with the demo content and the test accounts, shared by all browser tests.

    Returns (base URL, manage), where manage(*args) runs a management command
    against the server's database and returns its output.
    """
    manage_py = [sys.executable, str(ROOT / "manage.py")]

    def manage(*command):
        result = subprocess.run(  # noqa: S603
            [*manage_py, *command], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if result.returncode:
            pytest.fail(f"manage.py {command[0]} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    if os.environ.get("E2E_SERVER_URL"):
        # While writing tests: reuse a server you started yourself on DATABASE_URL,
        # already migrated, with the demo content and the accounts (see README).
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
        yield os.environ["E2E_SERVER_URL"].rstrip("/"), manage
        return

    tmp_path = tmp_path_factory.mktemp("e2e")
    database_url = _e2e_database_url(tmp_path, request.getfixturevalue("demo_database"))
    copied = not database_url.startswith("sqlite:")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        # A copied database names the images the demo wrote to this process's media folder.
        "MEDIA_ROOT": str(settings.MEDIA_ROOT if copied else tmp_path / "media"),
    }
    port = _free_port()
    env["WAGTAILADMIN_BASE_URL"] = f"http://127.0.0.1:{port}"
    if not copied:
        manage("migrate", "--noinput", "-v0")
        manage("load_demo_content")
    accounts = {
        role: {**account, "password": password_for(account["username"])} for role, account in ACCOUNTS.items()
    }
    manage("shell", "-v0", "-c", SET_UP_ACCOUNTS.format(accounts=json.dumps(accounts)))
    server = subprocess.Popen(  # noqa: S603
        [*manage_py, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/healthz", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("The test server did not start within 60 seconds.")
            time.sleep(0.5)
    yield base_url, manage
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="package")
def site_url(server):
    """Base URL of the shared server with the demo content."""
    return server[0]


@pytest.fixture(scope="package")
def manage(server):
    """Run a management command against the shared server's database."""
    return server[1]


# Package scope: the browser (Playwright's event loop) and the server close when
# the last browser test ends, so tests that use the database after them on the
# same xdist worker do not run inside an async context.
@pytest.fixture(scope="package")
def browser(server):
    # After the server, whatever order a test names them in: making the server's
    # database uses Django's connection, which refuses to run inside Playwright's event loop.
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. Install Debian's package with "
            "`make browser` (apt-get install -y chromium) and run the tests again."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


def page_in_viewport(browser, width, height):
    """A page in a browser context of its own with a `width` × `height` viewport, closed afterwards."""
    context = browser.new_context(viewport={"width": width, "height": height})
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    """A page in a 320 × 640 viewport, the smallest phone the site supports."""
    yield from page_in_viewport(browser, 320, 640)


@pytest.fixture
def desktop(browser):
    yield from page_in_viewport(browser, 1280, 900)


@pytest.fixture
def signed_in(browser):
    """Sign in as one of ACCOUNTS in a desktop browser context of its own.

    signed_in(site_url, "editor") returns the signed-in page; several roles can
    work side by side in one test.
    """
    contexts = []

    def sign_in(site_url, role):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        log_in(page, site_url, role)
        return page

    yield sign_in
    for context in contexts:
        context.close()


@pytest.fixture(scope="package")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def signed_in_context(browser, site_url, role):
    """A desktop browser context of its own and a page in it signed in as `role`: (context, page).

    For module-scoped fixtures; the caller closes the context.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, site_url, role)
    return context, page


def log_in(page, site_url, role):
    """Sign in to the Wagtail admin through its login form as one of ACCOUNTS."""
    username = ACCOUNTS[role]["username"]
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password_for(username))
    page.click("form button[type=submit]")
    page.wait_for_url(site_url + "/admin/")


def approve_on_dashboard(page, site_url, title):
    """As a moderator: approve the story `title` from the dashboard's review list.

    (Approving from the edit form would save the moderator's own revision first,
    since Wagtail reports the untouched story form as changed, and four-eyes then
    refuses the approval.)
    """
    page.goto(site_url + "/admin/")
    review = page.locator("tr", has=page.get_by_role("link", name=title)).first
    expect(review).to_be_visible()
    review.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        review.get_by_role("button", name="Approve", exact=True).click()


def fetch(url):
    """The body of a public page, as a reader without a session gets it."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
        return response.read().decode()


AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA; colour contrast is part of wcag2aa.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page, ignore=()):
    """Run axe-core in `page` and return its violations as readable lines.

    `ignore` is a list of (rule id, CSS selector) pairs for nodes we cannot fix
    (other people's UI); each use must say why next to it.
    """
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: run `npm ci` (make test and .ci/run do it).")
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            if any(
                violation["id"] == rule
                and page.evaluate("([t, s]) => document.querySelector(t).matches(s)", [target, selector])
                for rule, selector in ignore
            ):
                continue
            lines.append(f"{violation['id']} ({violation['impact']}): {target} — {violation['help']}")
    return lines


@pytest.fixture(scope="module")
def audit_context(browser):
    """A desktop browser context that lets axe-core be injected despite our CSP.

    The site's Content-Security-Policy (script-src 'self') rightly refuses an
    injected inline script; only this test context bypasses it.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    yield context
    context.close()
