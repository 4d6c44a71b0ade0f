import pytest

from tests.factories.home import StandardPageFactory


@pytest.fixture
def who_we_are(home_page):
    """The 'Who we are' StandardPage that history pages live under."""
    return StandardPageFactory(parent=home_page, title="Who we are", slug="who-we-are")
