"""Browser tests: a real server with the demo content, driven in Debian's Chromium.

The server runs in its own process, as in production, against its own
database: a fresh `<name>_e2e` PostgreSQL database when DATABASE_URL points
at PostgreSQL (as in CI), otherwise a SQLite file in a temporary folder.
Chromium comes from Debian's package (`make browser` installs it); when it is
missing the tests fail with a message saying so, never skip.
"""

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


def _e2e_database_url(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_e2e"
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """Base URL of a server with the demo content loaded, shared by all browser tests."""
    tmp_path = tmp_path_factory.mktemp("e2e")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _e2e_database_url(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    port = _free_port()
    env["WAGTAILADMIN_BASE_URL"] = f"http://127.0.0.1:{port}"
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
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
    yield base_url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
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


@pytest.fixture
def phone(browser):
    """A page in a 320 × 640 viewport, the smallest phone the site supports."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
