"""A Malay translator at work in wagtail-localize's translation editor.

The tests in this module are one story's life in Malay, in order. The English
story starts published (the editorial journey, test_editorial_journeys.py,
shows how it gets there) and, as for every new story, without a Malay
translation: the demo's stories all have one already, published by the demo
loader, which skips the step this journey is about. So an English Editor
submits it for translation ("Translate this page"), the translation starts as
an unpublished draft, and the translator translates it and publishes it, which
on the moderated news tree submits it for approval: a Moderator approves it and
only then do readers see it. Then the English source changes (Editor edits and
submits, Moderator approves), the Editor syncs the translations, and the
translator finds only the changed segment waiting for them.
"""

import json
import re

import pytest
from playwright.sync_api import expect

from .conftest import approve_on_dashboard, fetch, signed_in_context

TITLE = "Browser test: migrant workers' rights clinic in Penang"
SLUG = "browser-test-migrant-workers-rights-clinic-in-penang"
SUMMARY = "A free legal clinic for migrant workers, announced from a browser test."
NEW_SUMMARY = "A free legal clinic for migrant workers and their employers, announced from a browser test."
MALAY_TITLE = "Ujian pelayar: klinik hak pekerja migran di Pulau Pinang"
MALAY_SUMMARY = "Klinik guaman percuma untuk pekerja migran, diumumkan daripada ujian pelayar."

# A published English story under the moderated news tree, with no translations yet.
CREATE_STORY = """
import datetime, json
from news.models import NewsIndexPage, NewsStoryPage
from wagtail.models import Locale

fields = json.loads({fields!r})
index = NewsIndexPage.objects.get(locale=Locale.get_default())
story = NewsStoryPage(date=datetime.date(2031, 5, 6), kind=NewsStoryPage.Kind.NEWS, **fields)
index.add_child(instance=story)
story.save_revision().publish()
print(story.pk)
"""


@pytest.fixture(scope="module")
def story(manage):
    """The English story: {"id": its page id}."""
    fields = {"title": TITLE, "slug": SLUG, "summary": SUMMARY}
    output = manage("shell", "-v0", "-c", CREATE_STORY.format(fields=json.dumps(fields)))
    return {"id": output.strip()}


@pytest.fixture(scope="module")
def malay_draft(browser, site_url, story):
    """The Editor submits the story for translation into Malay: {"id": the Malay page's id}."""
    context, page = signed_in_context(browser, site_url, "editor")
    page.goto(f"{site_url}/admin/pages/{story['id']}/edit/")
    page.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("Bahasa Melayu").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("successfully submitted for translation")
    # wagtail-localize takes the submitter to the new translation's editor.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    malay_id = page.url.split("/admin/pages/")[1].split("/")[0]
    assert malay_id != story["id"]
    context.close()
    return {"id": malay_id}


def field(page, name):
    """A field in the translation editor: its heading and its segments."""
    return page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=name, exact=True))


def segment(page, field_name):
    """The translation editor's (first) segment for a field: the source string and its translation."""
    return field(page, field_name).get_by_role("listitem").first


def translate(page, field, text):
    """Translate one segment in the translation editor and wait until it is saved."""
    string = segment(page, field)
    string.get_by_role("button", name="Translate").click()
    string.get_by_role("textbox").fill(text)
    string.get_by_role("button", name="Save").click()
    expect(string.get_by_role("button", name="Edit")).to_be_visible()
    expect(string).to_contain_text(text)


def test_translator_translates_the_malay_draft_and_a_moderator_approves_it(signed_in, site_url, malay_draft):
    malay_url = f"{site_url}/ms/news/{SLUG}/"
    # A new translation is a draft: readers do not see it until it is approved.
    with pytest.raises(OSError, match="404"):
        fetch(malay_url)

    page = signed_in(site_url, "translator")
    page.goto(f"{site_url}/admin/pages/{malay_draft['id']}/edit/")
    expect(page.get_by_role("heading", name="English to Bahasa Melayu translation").first).to_be_visible()
    expect(segment(page, "Title")).to_contain_text(TITLE)
    translate(page, "Title", MALAY_TITLE)
    translate(page, "Summary", MALAY_SUMMARY)

    with page.expect_navigation():
        page.get_by_role("button", name="Publish in Bahasa Melayu").click()
    expect(page.locator(".messages")).to_contain_text("submitted for approval")
    with pytest.raises(OSError, match="404"):
        fetch(malay_url)

    moderator = signed_in(site_url, "moderator")
    approve_on_dashboard(moderator, site_url, MALAY_TITLE)
    story_page = fetch(malay_url)
    assert MALAY_TITLE in story_page
    assert MALAY_SUMMARY in story_page


def test_after_a_source_change_and_a_sync_only_the_changed_segment_needs_translating(
    signed_in, site_url, story, malay_draft, artifacts
):
    # The Editor changes the English summary and submits it; a Moderator approves.
    editor = signed_in(site_url, "editor")
    editor.goto(f"{site_url}/admin/pages/{story['id']}/edit/")
    editor.fill("#id_summary", NEW_SUMMARY)
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Editorial approval").click()
    expect(editor.locator(".messages")).to_contain_text("submitted")
    moderator = signed_in(site_url, "moderator")
    approve_on_dashboard(moderator, site_url, TITLE)
    assert NEW_SUMMARY in fetch(f"{site_url}/en/news/{SLUG}/")

    # The Editor syncs the translations, leaving the translator to publish them.
    editor.goto(f"{site_url}/admin/pages/{story['id']}/edit/")
    editor.get_by_role("button", name="Actions", exact=True).click()
    editor.get_by_role("link", name="Sync translated pages").click()
    expect(editor.get_by_label("Publish immediately")).not_to_be_checked()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit").click()
    expect(editor.locator(".messages")).to_contain_text("Successfully updated")

    # The translator finds the changed summary flagged and their title kept.
    translator = signed_in(site_url, "translator")
    translator.goto(f"{site_url}/admin/pages/{malay_draft['id']}/edit/")
    summary = segment(translator, "Summary")
    expect(summary).to_contain_text(NEW_SUMMARY)
    expect(summary).to_have_class(re.compile(r"\bincomplete\b"))
    expect(summary.get_by_role("button", name="Translate")).to_be_visible()
    title = segment(translator, "Title")
    expect(title).to_contain_text(MALAY_TITLE)
    expect(title).not_to_have_class(re.compile(r"\bincomplete\b"))
    expect(title.get_by_role("button", name="Edit")).to_be_visible()
    field(translator, "Summary").screenshot(path=str(artifacts / "translator-flagged-segment.png"))

    # Readers keep the published Malay story until the translator publishes again.
    malay_story = fetch(f"{site_url}/ms/news/{SLUG}/")
    assert MALAY_TITLE in malay_story
    assert MALAY_SUMMARY in malay_story
