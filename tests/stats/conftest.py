import pytest

from tests.factories.home import translate_text_as_is
from tests.factories.stats import DataPageFactory


@pytest.fixture
def data_page(home_page):
    """The English data page at /en/data/."""
    return DataPageFactory(parent=home_page)


@pytest.fixture
def data_pages(translated_home, translate_now):
    """The data page in every language (/en/data/, /ar/data/, ...), by language code."""
    page = DataPageFactory(parent=translated_home["en"])
    translate_now(page)
    translate_text_as_is(page, [code for code in translated_home if code != "en"])
    return {code: page.get_translation(home.locale) for code, home in translated_home.items()}
