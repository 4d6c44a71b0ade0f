import pytest

from tests.factories.stats import DataPageFactory


@pytest.fixture
def data_page(home_page):
    """The English data page at /en/data/."""
    return DataPageFactory(parent=home_page)
