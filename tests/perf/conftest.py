import pytest

from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for a commit (reference index updates, translations) at once."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def news(home_page, on_commit):
    """A live news index with one live story ("Original headline", slug "story"): (index, story)."""
    with on_commit():
        index = NewsIndexPageFactory(parent=home_page)
        story = NewsStoryPageFactory(parent=index, title="Original headline", slug="story")
    return index, story
