import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page

from core.demo_utils import add_translations, ensure_locales, translate
from home.roles import apply_roles
from tests.factories.home import HomePageFactory


@pytest.fixture
def locales(db):
    """Every configured locale, by language code."""
    return ensure_locales()


@pytest.fixture
def home_page(locales):
    """An English home page that is the default site's root (Wagtail's welcome page removed)."""
    Page.objects.filter(depth=2, slug="home").delete()
    return HomePageFactory(slug="home", title="IOM Malaysia")


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
    """The page cache switched on (it is off in other tests), starting empty."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def translate_now(django_capture_on_commit_callbacks):
    """Translate with wagtail-localize and publish at once.

    wagtail-localize publishes translations on transaction commit, which never
    comes inside a test's transaction; this runs those callbacks.
    """

    def run(instance, locales=None):
        with django_capture_on_commit_callbacks(execute=True):
            translate(instance, locales)
        return instance

    return run


@pytest.fixture
def translate_strings(django_capture_on_commit_callbacks):
    """Give an existing translation hand-written strings, as a translator would, and publish it."""

    def run(instance, language_code, strings):
        with django_capture_on_commit_callbacks(execute=True):
            return add_translations(instance, {language_code: strings})

    return run


@pytest.fixture
def translated_home(home_page, locales, translate_now):
    """The home page translated (synced copies) into every other locale."""
    translate_now(home_page)
    return {code: home_page.get_translation(locale) for code, locale in locales.items()}


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}"
