"""A copy of a page whose text is not translated yet is served as what it is: English, marked
lang="en" with a note in the reader's language, and never offered as that language's page."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

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


FIRST, SECOND = "We help migrants return home safely.", "We train labour inspectors."
ARABIC_BLOCKS = {**ARABIC, FIRST: "نساعد المهاجرين على العودة إلى ديارهم بأمان."}
NOT_YET = "لم تُترجم بعد"


@pytest.fixture
def mostly_translated(translated_home, locales, translate_now, translate_strings):
    """An Arabic copy with its title, introduction and first paragraph translated, not its second."""
    english = StandardPageFactory(
        parent=translated_home["en"],
        title=TITLE,
        slug="partnerships",
        introduction=INTRODUCTION,
        body=[("paragraph", f"<p>{FIRST}</p>"), ("paragraph", f"<p>{SECOND}</p>")],
    )
    translate_now(english, [locales["ar"]])
    translate_strings(english, "ar", ARABIC_BLOCKS)
    return english


def block_tags(html):
    """The opening tag of each body block's wrapper, in order."""
    tags, start = [], 0
    while (start := html.find('<div class="block-paragraph"', start)) != -1:
        tags.append(html[start : html.index(">", start) + 1])
        start += 1
    return tags


def test_a_block_nobody_has_translated_says_it_is_english(client, mostly_translated):
    html = client.get("/ar/partnerships/").content.decode()
    assert main_tag(html) == '<main id="main" tabindex="-1">'  # the page counts as Arabic
    assert '<h1 dir="auto">الشراكات</h1>' in html
    assert block_tags(html) == [
        '<div class="block-paragraph">',
        '<div class="block-paragraph" lang="en" dir="ltr">',
    ]
    second = html[html.index('lang="en" dir="ltr">') :]
    assert second.index(NOT_YET) < second.index(SECOND)  # the note in Arabic, then the English text
    assert f'<p class="untranslated-flag" lang="ar" dir="rtl">{NOT_YET}</p>' in html
    assert html.count(NOT_YET) == 1


def test_an_untranslated_title_is_marked_on_the_page_and_on_its_card(
    client, translated_home, locales, translate_now, translate_strings
):
    parent = StandardPageFactory(parent=translated_home["en"], title="Our work", slug="our-work")
    translate_now(parent, [locales["ar"]])
    translate_strings(parent, "ar", {"Our work": "عملنا", parent.introduction: "مقدمة قصيرة."})
    translated = StandardPageFactory(
        parent=parent, title="Health", slug="health", introduction="Health work."
    )
    untranslated = StandardPageFactory(
        parent=parent, title="Labour", slug="labour", introduction="Labour work."
    )
    for child in (translated, untranslated):
        translate_now(child, [locales["ar"]])
    translate_strings(translated, "ar", {"Health": "الصحة"})
    translate_strings(untranslated, "ar", {"Labour work.": "العمل اللائق.", "labour": "labour"})  # 2 of 3
    listing = client.get("/ar/our-work/").content.decode()
    assert '<h3 class="card__title" dir="auto"><a href="/ar/our-work/health/">الصحة</a></h3>' in listing
    assert (
        '<h3 class="card__title" lang="en" dir="ltr"><a href="/ar/our-work/labour/">Labour</a></h3>'
        in listing
    )
    assert listing.count(NOT_YET) == 1
    page = client.get("/ar/our-work/labour/").content.decode()
    assert '<h1 lang="en" dir="ltr">Labour</h1>' in page
    assert f'<p class="untranslated-flag" lang="ar" dir="rtl">{NOT_YET}</p>' in page


def test_translations_count_once_they_are_published_not_when_saved(
    client, page, locales, django_capture_on_commit_callbacks
):
    """Readers see the copy as last published: saved translations change nothing until then."""
    source = TranslationSource.objects.get(object_id=page.translation_key)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["ar"],
            context=segment.context,
            data=ARABIC.get(segment.string.data, segment.string.data),
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    saved = client.get("/ar/partnerships/").content.decode()
    assert main_tag(saved) == '<main id="main" tabindex="-1" lang="en" dir="ltr">'
    assert 'hreflang="ar"' not in client.get("/en/partnerships/").content.decode().split("<body")[0]

    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=locales["ar"]).save_target(publish=True)
    published = client.get("/ar/partnerships/").content.decode()
    assert main_tag(published) == '<main id="main" tabindex="-1">'
    assert '<h1 dir="auto">الشراكات</h1>' in published


def test_a_copy_dated_before_its_translation_still_counts_as_translated(
    client, page, locales, translate_strings
):
    """An editor (or the demo) may date a story by its content: its publication date is then
    older than its translations, which are on the live page all the same."""
    translate_strings(page, "ar", ARABIC)
    copy = page.get_translation(locales["ar"])
    type(copy).objects.filter(pk=copy.pk).update(last_published_at="2020-01-01T00:00:00Z")
    assert main_tag(client.get("/ar/partnerships/").content.decode()) == '<main id="main" tabindex="-1">'
