"""Search finds a page by a word of its translated text in each language, and only in that language."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from core.demo_utils import ensure_locales
from core.search import search_method
from home.models import StandardPage
from tests.factories.home import StandardPageFactory, make_home_page, translate_at_once

pytestmark = pytest.mark.django_db

# Language -> (title, introduction, a word of it to search for). The Chinese
# and Burmese words sit inside runs of text with no spaces around them.
TRANSLATED = {
    "en": ("Fair recruitment", "Support for fishermen and plantation workers.", "fishermen"),
    "ms": ("Pengambilan pekerja yang adil", "Sokongan untuk nelayan dan pekerja ladang.", "nelayan"),
    "zh-hans": ("公平招聘", "为渔民和种植园工人提供支持。", "渔民"),
    "ta": ("நியாயமான ஆட்சேர்ப்பு", "மீனவர்களுக்கும் தோட்டத் தொழிலாளர்களுக்கும் ஆதரவு.", "மீனவர்களுக்கும்"),
    "my": ("တရားမျှတသော အလုပ်ခန့်ထားမှု", "တံငါသည်များနှင့်စိုက်ခင်းလုပ်သားများအတွက်အထောက်အပံ့။", "တံငါသည်"),
    "ar": ("التوظيف العادل", "دعم الصيادين وعمال المزارع.", "الصيادين"),
}


@pytest.fixture(scope="module")
def recruitment_pk(module_db):
    """A page translated by hand into every language, built once for the module."""
    ensure_locales()
    home = translate_at_once(make_home_page())
    english_title, english_intro, _word = TRANSLATED["en"]
    page = StandardPageFactory(
        parent=home, title=english_title, slug="recruitment", introduction=english_intro
    )
    translate_at_once(page)
    for code, (title, introduction, _word) in TRANSLATED.items():
        if code == "en":
            continue
        translated = page.get_translation(Locale.objects.get(language_code=code))
        translated.title = title
        translated.introduction = introduction
        translated.save_revision().publish()
    return page.pk


@pytest.fixture
def recruitment(recruitment_pk):
    return StandardPage.objects.get(pk=recruitment_pk)


@pytest.mark.parametrize("code", TRANSLATED)
def test_search_finds_a_page_by_a_word_of_its_translation(client, recruitment, code):
    _title, _intro, word = TRANSLATED[code]
    html = client.get(f"/{code}/search/", {"q": word}).content.decode()
    assert f'href="/{code}/recruitment/"' in html, f"{code}: {word!r} not found"
    assert "1 result" in html or 'class="search-results"' in html


@pytest.mark.parametrize("code", TRANSLATED)
def test_search_results_stay_in_the_active_language(client, recruitment, code):
    for other, (_title, _intro, word) in TRANSLATED.items():
        if other == code:
            continue
        html = client.get(f"/{code}/search/", {"q": word}).content.decode()
        assert "/recruitment/" not in html, f"searching {other}'s {word!r} on /{code}/ found a page"


def test_a_two_character_chinese_word_inside_a_sentence_is_found(client, recruitment):
    html = client.get("/zh-hans/search/", {"q": "招聘"}).content.decode()
    assert 'href="/zh-hans/recruitment/"' in html
    html = client.get("/zh-hans/search/", {"q": "工人"}).content.decode()  # mid-sentence in the introduction
    assert 'href="/zh-hans/recruitment/"' in html


def test_a_burmese_word_inside_an_unspaced_run_is_found(client, recruitment):
    html = client.get("/my/search/", {"q": "လုပ်သား"}).content.decode()
    assert 'href="/my/recruitment/"' in html


def test_every_search_word_must_match_in_unspaced_languages(client, recruitment):
    html = client.get("/zh-hans/search/", {"q": "渔民 火星"}).content.decode()
    assert "/zh-hans/recruitment/" not in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming uses PostgreSQL configurations")
@pytest.mark.parametrize(
    ("code", "word"),
    [
        ("en", "worker"),
        ("en", "supporting"),
        ("ar", "صيادين"),
        ("ms", "bekerja"),
        # Tamil inflects by suffix: the page says மீனவர்களுக்கும் ("to the fishermen too").
        ("ta", "மீனவர்கள்"),
        ("ta", "தொழிலாளர்"),
    ],
)
def test_stemming_languages_find_other_forms_of_a_word(client, recruitment, code, word):
    html = client.get(f"/{code}/search/", {"q": word}).content.decode()
    assert f'href="/{code}/recruitment/"' in html


@pytest.mark.parametrize(("code", "words"), [("en", "fair fishermen"), ("ms", "adil nelayan")])
def test_a_search_finds_words_split_between_title_and_text(client, recruitment, code, words):
    html = client.get(f"/{code}/search/", {"q": words}).content.decode()
    assert f'href="/{code}/recruitment/"' in html, f"{code}: {words!r} not found"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming uses PostgreSQL configurations")
def test_rebuilding_the_index_keeps_each_page_in_its_own_language(client, recruitment):
    call_command("update_index", stdout=io.StringIO())
    for code, word in (("en", "worker"), ("ms", "bekerja"), ("ar", "صيادين")):
        html = client.get(f"/{code}/search/", {"q": word}).content.decode()
        assert f'href="/{code}/recruitment/"' in html, f"{code}: {word!r} not found after update_index"


def test_unspaced_languages_are_searched_by_substring():
    assert search_method("zh-hans") == search_method("my") == "substring"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="text-search configurations are PostgreSQL's")
def test_each_language_has_a_configuration_postgresql_knows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        known = {row[0] for row in cursor.fetchall()}
    assert "simple" in known  # the catalogue was read
    for code in ("en", "ms", "ta", "ar"):
        assert search_method(code) in known, code


# Arabic running text: the same word with and without attached particles (و، ف، ب، ك، ل، ال).
ARABIC_PAGES = {
    "arabic-bare": ("دعم لاجئين في المدن", "مساعدة قانونية."),
    "arabic-article": ("حماية اللاجئين", "برامج للتعليم."),
    "arabic-and-the": ("المهاجرين واللاجئين", "وصول إلى الرعاية الصحية."),
    "arabic-for-the": ("خدمات للاجئين", "تسجيل وتوثيق."),
    "arabic-other": ("العمال المهاجرون", "لا علاقة لهذه الصفحة بالموضوع."),
    "arabic-ministry": ("بيان الوزارة", "نص البيان."),
}


@pytest.fixture
def arabic_pages(recruitment):
    arabic_home = recruitment.get_parent().get_translation(Locale.objects.get(language_code="ar"))
    for slug, (title, introduction) in ARABIC_PAGES.items():
        StandardPageFactory(
            parent=arabic_home, locale=arabic_home.locale, title=title, slug=slug, introduction=introduction
        )


def found_slugs(client, query):
    html = client.get("/ar/search/", {"q": query}).content.decode()
    return {slug for slug in ARABIC_PAGES if f"/ar/{slug}/" in html}


@pytest.mark.parametrize("query", ["اللاجئين", "لاجئين", "واللاجئين", "للاجئين"])
def test_an_arabic_word_is_found_with_and_without_its_attached_particles(client, arabic_pages, query):
    assert found_slugs(client, query) == {"arabic-bare", "arabic-article", "arabic-and-the", "arabic-for-the"}


def test_an_arabic_word_with_a_preposition_finds_its_bare_form(client, arabic_pages):
    assert found_slugs(client, "بالتعليم") == {"arabic-article"}  # written للتعليم on the page
    assert found_slugs(client, "والصحية") == {"arabic-and-the"}  # written الصحية
    # و is also a word's own first letter: وزارة ("ministry") still finds الوزارة.
    assert found_slugs(client, "وزارة") == {"arabic-ministry"}
