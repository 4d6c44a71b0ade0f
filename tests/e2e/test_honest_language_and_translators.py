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
