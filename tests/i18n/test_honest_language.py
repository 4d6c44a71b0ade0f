"""A copy of a page whose text is not translated yet is served as what it is: English, marked
lang="en" with a note in the reader's language, and never offered as that language's page."""

import pytest

from tests.factories.home import StandardPageFactory
from tests.factories.stats import DataPageFactory, StatisticFactory

pytestmark = pytest.mark.django_db

TITLE, INTRODUCTION = "Partnerships", "We work with the government, employers and communities."
ARABIC = {TITLE: "الشراكات", INTRODUCTION: "نعمل مع الحكومة وأصحاب العمل والمجتمعات."}


@pytest.fixture
def page(translated_home, locales, translate_now):
    english = StandardPageFactory(
        parent=translated_home["en"], title=TITLE, slug="partnerships", introduction=INTRODUCTION
    )
    translate_now(english, [locales["ar"]])  # a copy with the English text, published
    return english


def main_tag(html):
    start = html.index("<main")
    return html[start : html.index(">", start) + 1]


def test_an_untranslated_copy_says_it_is_english_in_the_readers_language(client, page):
    html = client.get("/ar/partnerships/").content.decode()
    assert main_tag(html) == '<main id="main" tabindex="-1" lang="en" dir="ltr">'
    assert '<html lang="ar" dir="rtl">' in html  # menus and footer stay Arabic
    assert 'lang="ar" dir="rtl">لم تُترجم هذه الصفحة إلى لغتك بعد: وهي معروضة بالإنجليزية.</p>' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'rel="canonical"' not in html


def test_an_untranslated_copy_is_not_offered_as_that_languages_page(client, page):
    english = client.get("/en/partnerships/").content.decode()
    head = english.split("<body")[0]
    assert 'hreflang="ar"' not in head
    assert 'href="/ar/partnerships/"' not in english  # the switcher leads to the Arabic home instead
    assert 'href="/ar/" lang="ar"' in english
    assert "/ar/partnerships/" not in client.get("/sitemap.xml").content.decode()


def test_once_half_its_text_is_translated_the_copy_is_the_arabic_page(
    client, page, locales, translate_strings
):
    translate_strings(page, "ar", ARABIC)
    arabic = client.get("/ar/partnerships/").content.decode()
    assert main_tag(arabic) == '<main id="main" tabindex="-1">'
    assert "لم تُترجم هذه الصفحة" not in arabic
    assert '<link rel="canonical" href="http://testserver/ar/partnerships/">' in arabic
    english = client.get("/en/partnerships/").content.decode()
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/partnerships/">' in english
    assert 'href="/ar/partnerships/" lang="ar"' in english
    assert "http://testserver/ar/partnerships/" in client.get("/sitemap.xml").content.decode()


def test_a_page_written_in_its_own_language_counts_as_translated(client, translated_home):
    StandardPageFactory(
        parent=translated_home["ar"], locale=translated_home["ar"].locale, title="صفحة عربية", slug="arabic"
    )
    html = client.get("/ar/arabic/").content.decode()
    assert main_tag(html) == '<main id="main" tabindex="-1">'


def test_a_figures_own_page_follows_the_figures_languages_not_its_data_pages(
    client, translated_home, locales, translate_now
):
    data_page = DataPageFactory(parent=translated_home["en"])
    translate_now(data_page, [locales["ar"]])  # the data page's own text stays English in Arabic
    statistic = StatisticFactory(slug="resettled")
    statistic.save_revision().publish()
    translate_now(statistic, [locales["ar"]])
    arabic = client.get("/ar/data/resettled/").content.decode()
    assert main_tag(arabic) == '<main id="main" tabindex="-1">'
    english = client.get("/en/data/resettled/").content.decode()
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/data/resettled/">' in english
