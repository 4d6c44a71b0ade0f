import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.test import TestCase
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from core.demo_utils import add_translations, ensure_locales
from home.models import HistoryPage
from home.roles import apply_roles
from tests.databases import (
    database_named,
    demo_copies,
    drop_demo_copy,
    load_demo,
    make_demo_copy,
    migrated_test_database,
    rolled_back,
)
from tests.factories.home import make_home_page, translate_at_once, translate_text_as_is

ungrouped_key = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, as each request does.

    Django's LocaleMiddleware leaves the language of the last request active
    in the thread, so a test after an Arabic request would otherwise run in Arabic.
    """
    translation.deactivate()


@pytest.fixture
def locales(db):
    """Every configured locale, by language code."""
    return ensure_locales()


@pytest.fixture
def home_page(locales):
    """An English home page that is the default site's root."""
    return make_home_page()


@pytest.fixture
def roles(home_page):
    """The editorial roles (groups and their permissions) and the moderation workflow."""
    return apply_roles(apps)


@pytest.fixture
def empty_cache():
    """The cache emptied before the test and after it."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache(settings, empty_cache):
    """The page cache and the fragment cache switched on, as in production (both are off in
    other tests), starting empty."""
    settings.PAGE_CACHE_ENABLED = True
    settings.FRAGMENT_CACHE_ENABLED = True


@pytest.fixture
def translate_now():
    """Translate with wagtail-localize and publish at once (see translate_at_once)."""
    return translate_at_once


@pytest.fixture
def translate_strings(django_capture_on_commit_callbacks):
    """Give an existing translation hand-written strings, as a translator would, and publish it."""

    def run(instance, language_code, strings):
        with django_capture_on_commit_callbacks(execute=True):
            return add_translations(instance, {language_code: strings})

    return run


@pytest.fixture
def translated_home(home_page, locales, translate_now):
    """The home page translated into every other locale (its words kept: the copies count as translated)."""
    translate_now(home_page)
    translate_text_as_is(home_page, [code for code in locales if code != "en"])
    return {code: home_page.get_translation(locale) for code, locale in locales.items()}


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Database access for content a whole test module shares, built once.

    The module's content is written inside one transaction that is rolled back
    when the module ends (tests/databases.py, rolled_back). Module fixtures
    built on this return primary keys, and function fixtures fetch fresh
    objects from them, so no test sees another test's in-memory changes.
    """
    with django_db_blocker.unblock(), rolled_back():
        yield


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The name of this worker's copy of its test database with the demo loaded, or
    None where the database cannot be copied (SQLite: demo modules load it themselves)."""
    if connections["default"].vendor != "postgresql":
        yield None
        return
    with django_db_blocker.unblock(), migrated_test_database():
        name = make_demo_copy()
        with django_db_blocker.block():
            yield name
        drop_demo_copy()


@pytest.fixture(scope="module")
def demo_content(demo_database, django_db_blocker):
    """The demo content as `make demo` leaves it, for every test of the module.

    The module's tests run connected to the worker's demo copy, inside one
    transaction rolled back when the module ends, so each test sees the demo
    untouched by the tests before it. Every test of such a module must ask for
    this fixture (check_demo_connection fails one that does not).
    """
    with django_db_blocker.unblock():
        if demo_database is None:
            with rolled_back():
                with TestCase.captureOnCommitCallbacks(execute=True):
                    load_demo()
                yield
            return
        with database_named(demo_database), rolled_back():
            yield


@pytest.fixture(autouse=True)
def check_demo_connection(request):
    """Fail a test that would run on a module's demo copy without asking for the demo."""
    if "demo_content" in request.fixturenames:
        return
    if connections["default"].settings_dict["NAME"] in demo_copies:
        pytest.fail(
            "This test runs after a demo test in its module, on the demo database; "
            "every test of a module that uses demo_content must ask for it.",
            pytrace=False,
        )


@pytest.fixture
def demo_site(demo_content):
    """The demo's English history page, the page most demo tests start from."""
    return HistoryPage.objects.get(locale__language_code="en")


def worker_group(item):
    """A test's xdist group: its module, or "e2e" for every browser test."""
    module = item.nodeid.split("@")[0].split("::")[0]
    return "e2e" if module.startswith("tests/e2e/") else module


# A wrapper: the groups are marked before any plugin's hook runs (pytest-xdist
# appends each test's group to its id, and the scheduler sends by that id), and
# the groups are ordered after pytest-django has sorted the tests.
@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Keep each module on one xdist worker (module fixtures are built once), and
    every browser test on one worker, so one test server serves them all.

    The browser tests, the longest group, come first, then the modules marked
    "heavy" and the others by size, so no long group starts last (`make test` passes --no-loadscope-reorder
    to keep this order); within a group the order pytest-django chose stays
    (database tests, then transactional ones, then the rest).
    """
    for item in items:
        item.add_marker(pytest.mark.xdist_group(worker_group(item)))
    result = yield
    groups = {}
    for item in items:
        groups.setdefault(worker_group(item), []).append(item)
    ordered = sorted(
        groups.items(),
        key=lambda entry: (entry[0] != "e2e", not entry[1][0].get_closest_marker("heavy"), -len(entry[1])),
    )
    items[:] = [item for _group, members in ordered for item in members]
    return result


UNGROUPED = (
    "pytest-xdist did not keep each module on one worker (--dist loadgroup); "
    "install the pytest version pinned in requirements.txt."
)


def pytest_collection_finish(session):
    """Notice when an xdist worker has not grouped the tests by module.

    pytest-xdist marks a test's group in its id; when a pytest release stops that
    (pytest-xdist#1386), modules are split across workers and every module
    fixture and the browser tests' server is built once per worker, silently.
    """
    grouping = getattr(session.config.option, "loadgroup", False)
    ungrouped = grouping and session.items and "@" not in session.items[0].nodeid
    session.config.stash[ungrouped_key] = bool(ungrouped)


def pytest_runtest_setup(item):
    if item.config.stash.get(ungrouped_key, False):
        pytest.fail(UNGROUPED, pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Give the database back its migrated content after a transactional test.

    Such a test ends with a flush that empties every table (Wagtail's root
    page, locales, groups). Run alone, pytest-django puts those tests last; on
    an xdist worker other tests may follow, so restore the content the
    migrations wrote, as serialized when the test database was created.
    """
    result = yield
    marker = item.get_closest_marker("django_db")
    # With no next test, the session's teardown has already dropped the test database.
    if nextitem is not None and marker and marker.kwargs.get("transaction"):
        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
    return result


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}"
