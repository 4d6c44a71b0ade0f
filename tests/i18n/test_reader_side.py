"""What readers see: language names in their own script, honest fallbacks, right-to-left Arabic."""

import re

import pytest
from django.conf import settings

from tests.factories.home import StandardPageFactory, translate_text_as_is

from .catalogue import ROOT

pytestmark = pytest.mark.django_db

OWN_SCRIPT_NAMES = ["English", "Bahasa Melayu", "简体中文", "தமிழ்", "မြန်မာဘာသာ", "العربية"]


def test_switcher_names_every_language_in_its_own_script(client, translated_home):
    html = client.get("/ar/").content.decode()
    for code, name in zip(settings.LANGUAGES, OWN_SCRIPT_NAMES, strict=True):
        assert f'lang="{code[0]}"' in html
        assert name in html


def test_untranslated_page_says_the_switcher_leads_to_a_home_page(
    client, translated_home, locales, translate_now
):
    page = StandardPageFactory(parent=translated_home["en"], title="Partnerships")
    translate_now(page, [locales["ms"]])
    translate_text_as_is(page, ["ms"])
    html = client.get("/en/partnerships/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    # Malay exists: a plain link. Arabic does not: the link says, in Arabic, that it is the home page.
    assert re.search(r'<a href="/ms/partnerships/" lang="ms" hreflang="ms">Bahasa Melayu</a>', switcher)
    arabic = re.search(
        r'<a href="/ar/"[^>]*class="language-switcher__fallback"[^>]*>(.*?)</a>', switcher, re.S
    )
    assert arabic and "(الصفحة الرئيسية)" in arabic.group(1)
    assert "(halaman utama)" not in switcher  # Malay is translated


def test_arabic_pages_are_right_to_left(client, translated_home):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_stylesheet_uses_only_logical_directions_so_arabic_mirrors():
    css = re.sub(r"/\*.*?\*/", "", (ROOT / "static/css/site.css").read_text(encoding="utf-8"), flags=re.S)
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)"
        r"|(?<![-\w])(?:left|right)\s*:",
        css,
    )
    assert physical == []


def test_every_script_has_a_system_font_stack_and_nothing_is_downloaded():
    css = (ROOT / "static/css/site.css").read_text(encoding="utf-8")
    for code in ("zh-hans", "ta", "my", "ar"):
        assert f":lang({code})" in css
    assert "@font-face" not in css and "@import" not in css and "fonts.googleapis" not in css


def test_arabic_charts_are_mirrored():
    from decimal import Decimal

    from stats.charts import bar_chart
    from stats.table import build_table

    table = build_table(["s"], [("أ", [Decimal(3)]), ("ب", [Decimal(1)])])
    assert 'direction="rtl"' in str(bar_chart(table, "count", "عنوان", rtl=True))
    assert 'direction="rtl"' not in str(bar_chart(table, "count", "title", rtl=False))
