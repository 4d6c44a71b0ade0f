"""Editors and moderators at work in the real Wagtail admin.

The tests in this module are one story's life, in order: written and submitted
by an Editor, approved by a Moderator (four eyes). A story's life in Malay, with
its translator, is in test_translator_journey.py.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import approve_on_dashboard, fetch, signed_in_context

TITLE = "Browser test: ethical recruitment clinic in Ipoh"
SLUG = "browser-test-ethical-recruitment-clinic-in-ipoh"
SUMMARY = "A workshop announced from a browser test, to prove the editorial journey end to end."
SCHEDULE_TITLE = "Ethical recruitment clinic for employers"


@pytest.fixture(scope="module")
def news_index_id(manage):
    return manage(
        "shell",
        "-v0",
        "-c",
        "from news.models import NewsIndexPage; from wagtail.models import Locale;"
        "print(NewsIndexPage.objects.get(locale=Locale.get_default()).pk)",
    ).strip()


@pytest.fixture(scope="module")
def story(browser, site_url, news_index_id):
    """The story as the Editor writes and submits it: {"id": page id}."""
    context, page = signed_in_context(browser, site_url, "editor")
    page.goto(f"{site_url}/admin/pages/add/news/newsstorypage/{news_index_id}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    page.get_by_label("Ethical recruitment").check()

    # An event schedule block with one workshop...
    body_add_buttons = page.locator("#panel-child-content-body-section button.c-sf-add-button")
    body_add_buttons.first.click()
    page.get_by_role("option", name="Event schedule").click()
    page.fill("[name='body-0-value-title']", SCHEDULE_TITLE)
    page.fill("[name='body-0-value-rows-0-value-start_date']", "2031-03-04")
    page.keyboard.press("Escape")
    page.fill("[name='body-0-value-rows-0-value-venue']", "Ipoh Convention Centre")
    page.fill("[name='body-0-value-rows-0-value-city']", "Ipoh")
    # ...and a statistic block, chosen in the snippet chooser.
    body_add_buttons.last.click()
    page.get_by_role("option", name="Statistic", exact=True).click()
    page.get_by_role("button", name="Choose statistic").click()
    chooser = page.locator(".modal-content")
    chooser.get_by_role("link", name="645 Malaysian citizens assisted to return home").click()
    expect(chooser).to_be_hidden()
    expect(page.locator("[name='body-1-value-statistic']")).not_to_have_value("")

    # Preview in the side panel shows the story as readers will see it.
    page.get_by_role("button", name="Toggle preview").click()
    # Wagtail reloads the preview into a new iframe placed after the old one, and
    # an autosave of the new page reloads it again: follow the newest, and allow a
    # slow first render.
    preview = page.locator("iframe#w-preview-iframe").last.content_frame
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=30_000)
    expect(preview.get_by_text("Ipoh Convention Centre", exact=True)).to_be_visible()
    expect(preview.get_by_text("645")).to_be_visible()

    # Save the draft (unless Wagtail has already autosaved it): the new page then
    # exists and the form becomes its edit form. Decide only once no autosave is in
    # flight: saving by hand while an autosave creates the page would create it twice,
    # and the second is refused for its slug. An autosave changes the address without
    # a page load, so the address is polled rather than waited for as a navigation.
    autosave = page.locator("#w-autosave-indicator")
    expect(autosave).not_to_have_attribute("data-w-autosave-state-value", "saving", timeout=60_000)
    if not re.search(r"/admin/pages/\d+/edit/", page.url):
        page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=60_000)
    page_id = page.url.split("/admin/pages/")[1].split("/")[0]

    # Submit for moderation; an Editor has no Publish button on the news tree.
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name="Publish")).to_have_count(0)
    page.get_by_role("button", name="Submit to Editorial approval").click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    context.close()
    return {"id": page_id}


def test_editor_story_is_not_public_until_a_moderator_approves_it(browser, site_url, story):
    assert TITLE not in fetch(site_url + "/en/news/")

    context, page = signed_in_context(browser, site_url, "moderator")
    # The moderator finds the story waiting on the dashboard and approves it there.
    approve_on_dashboard(page, site_url, TITLE)
    context.close()

    listing = fetch(site_url + "/en/news/")
    assert TITLE in listing
    assert f"/en/news/{SLUG}/" in listing
    feed = fetch(site_url + "/en/news/feed/rss/")
    assert f"<title>{TITLE}</title>" in feed
    assert f"/en/news/{SLUG}/" in feed
    story_page = fetch(f"{site_url}/en/news/{SLUG}/")
    assert "Ipoh Convention Centre" in story_page
