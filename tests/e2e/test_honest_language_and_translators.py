"""In a browser: a copy not yet translated reads as English and is not offered as its language's
page; a translator finds a new English page on their dashboard and starts its translation there."""

import re

from playwright.sync_api import expect

from .conftest import signed_in_context

CREATE_PAGE = """
from home.models import HomePage, StandardPage
from wagtail.models import Locale

home = HomePage.objects.get(locale=Locale.get_default())
page = StandardPage(title="Browser test: a page for translators", slug="browser-test-page-for-translators",
                    introduction="Written in English first.")
home.add_child(instance=page)
page.save_revision().publish()
print(page.pk)
"""
MALAY_COPY = """
from wagtail.models import Locale, Page

page = Page.objects.get(pk={page_id})
copy = page.get_translation_or_none(Locale.objects.get(language_code="ms"))
print(copy.pk if copy else "none", copy.live if copy else "")
"""


def test_an_untranslated_copy_reads_as_english_and_is_not_offered_as_arabic(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "/ar/who-we-are/")
    assert page.evaluate("document.documentElement.lang") == "ar"  # menus and footer: Arabic
    assert page.evaluate("document.querySelector('main').lang") == "en"  # the page's text: English
    expect(page.locator(".untranslated-note")).to_have_attribute("lang", "ar")
    page.goto(site_url + "/en/who-we-are/")
    offered = page.evaluate(
        "[...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => l.hreflang)"
    )
    assert "ms" in offered and "ar" not in offered
    context.close()


def test_a_translator_starts_a_new_page_from_their_dashboard(browser, site_url, manage):
    page_id = manage("shell", "-v0", "-c", CREATE_PAGE).strip()
    context, page = signed_in_context(browser, site_url, "translator")
    page.goto(site_url + "/admin/")
    row = page.get_by_role("row", name=re.compile("Browser test: a page for translators"))
    expect(row).to_contain_text("Bahasa Melayu: Missing")
    row.get_by_role("button", name="Start translating").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    copy_id, live = manage("shell", "-v0", "-c", MALAY_COPY.format(page_id=page_id)).split()
    assert page.url.endswith(f"/admin/pages/{copy_id}/edit/") and live == "False"  # a draft to translate
    context.close()


ARABIC_PAGES = """
from core.demo_utils import translate
from home.models import HomePage, StandardPage
from wagtail.models import Locale

arabic = Locale.objects.get(language_code="ar")
home = HomePage.objects.get(locale=Locale.get_default())
page = StandardPage(title="Browser test: right to left", slug="browser-test-right-to-left",
                    introduction="Written in English first.")
home.add_child(instance=page)
page.save_revision().publish()
translate(page, [arabic])
own = StandardPage(title="صفحة كتبت بالعربية", slug="browser-test-written-in-arabic", locale=arabic,
                   introduction="نص المقدمة بالعربية.")
HomePage.objects.get(locale=arabic).add_child(instance=own)
print(page.get_translation(arabic).pk, own.pk)
"""
ARABIC_TITLE = "اختبار المتصفح: من اليمين إلى اليسار"


def direction(locator):
    return locator.evaluate("element => getComputedStyle(element).direction")


def test_arabic_is_edited_and_shown_right_to_left_in_the_admin(browser, site_url, manage):
    copy_id, own_id = manage("shell", "-v0", "-c", ARABIC_PAGES).split()
    context, page = signed_in_context(browser, site_url, "admin")
    page.goto(f"{site_url}/admin/pages/{copy_id}/edit/")
    title = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name="Title", exact=True))
    segment = title.get_by_role("listitem").first
    assert direction(segment.get_by_text("Browser test: right to left")) == "ltr"  # the English source
    segment.get_by_role("button", name="Translate").click()
    assert direction(segment.get_by_role("textbox")) == "rtl"
    segment.get_by_role("textbox").fill(ARABIC_TITLE)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()
    saved = segment.get_by_text(ARABIC_TITLE, exact=True)
    assert direction(saved) == "rtl"
    # A page written in Arabic, in Wagtail's own editor: its fields read right to left.
    page.goto(f"{site_url}/admin/pages/{own_id}/edit/")
    assert direction(page.locator("#id_title")) == "rtl"
    assert direction(page.locator("#id_introduction")) == "rtl"
    context.close()
