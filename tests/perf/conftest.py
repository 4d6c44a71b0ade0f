import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (it is off in other tests), starting empty."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for a commit (reference index updates, translations) at once."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
