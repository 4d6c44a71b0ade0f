"""Four eyes on every route to live, in every language, for every role.

The news tree (English and its translations) is under the "Editorial
approval" workflow. Each route Wagtail and wagtail-localize offer to make a
page live is tried by each role: unreviewed content never goes live by any of
them. Approval by a second person who reads the language is the one way in.
"""

from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.demo_utils import ensure_locales
from core.moderation import moderate_tree
from tests.factories.home import StandardPageFactory, make_home_page, translate_at_once
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.factories.users import approve, signed_in
from tests.security.test_permissions_matrix import translation_of

pytestmark = pytest.mark.django_db

ROLES = {
    "editor": "Editors",
    "moderator": "Moderators",
    "administrator": "Administrators",
    "translator_ms": "Translators (Malay)",
}


@pytest.fixture(scope="module")
def site_pages(module_db):
    """A moderated news tree in every language, and an unmoderated one with a live story.

    Built once for the module (each test's changes are rolled back); the page ids by name.
    """
    ensure_locales()
    home_page = translate_at_once(make_home_page())
    news = translate_at_once(NewsIndexPageFactory(parent=home_page))
    moderate_tree(news)
    story = translate_at_once(NewsStoryPageFactory(parent=news, slug="reviewed", title="Reviewed story"))
    draft = NewsStoryPageFactory(
        parent=news, slug="draft", title="Unreviewed story", live=False, publish=False
    )
    draft.save_revision()  # an earlier revision to revert to
    # A news section an Administrator took out of the workflow, with a story nobody reviewed.
    archive = NewsIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    WorkflowPage.objects.filter(page=archive).delete()
    open_day = NewsStoryPageFactory(parent=archive, title="Open day", slug="open-day")
    assert not open_day.has_workflow
    return {
        "news": news.pk,
        "story": story.pk,
        "draft": draft.pk,
        "archive": archive.pk,
        "open_day": open_day.pk,
    }


@pytest.fixture
def site(site_pages, locales):
    """The module's pages, fetched afresh for each test."""
    pages = {name: Page.objects.get(pk=pk).specific for name, pk in site_pages.items()}
    return {**pages, "locales": locales}


def live_titles_under(page):
    return set(Page.objects.live().descendant_of(page).values_list("title", flat=True))


# Each route: (browser, site) -> None, trying to make unreviewed content live.


def publish_button(browser, site):
    draft = site["draft"]
    browser.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        {"title": "Unreviewed story", "slug": "draft", "action-publish": "1"},
    )


def revert_and_publish(browser, site):
    draft = site["draft"]
    earliest = draft.revisions.order_by("pk").first()
    browser.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[draft.pk, earliest.pk]),
        {"title": "Unreviewed story", "slug": "draft", "action-publish": "1"},
    )


def copy_open_day(browser, site, title, slug, option):
    """Copy the live open day story into the news section with the copy form's `option` ticked."""
    browser.post(
        reverse("wagtailadmin_pages:copy", args=[site["open_day"].pk]),
        {"new_title": title, "new_slug": slug, "new_parent_page": site["news"].pk, option: "on"},
    )


def copy_with_publish(browser, site):
    copy_open_day(browser, site, "Unreviewed copy", "unreviewed-copy", "publish_copies")


def copy_as_alias(browser, site):
    copy_open_day(browser, site, "Open day", "open-day-alias", "alias")


def move_live_page(browser, site):
    open_day, news = site["open_day"], site["news"]
    browser.post(reverse("wagtailadmin_pages:move_confirm", args=[open_day.pk, news.pk]))


def bulk_publish(browser, site):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    browser.post(f"{url}?{urlencode({'id': site['draft'].pk, 'next': '/admin/'})}", {})


def bulk_move(browser, site):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"])
    browser.post(
        f"{url}?{urlencode({'id': site['open_day'].pk, 'next': '/admin/'})}", {"chooser": site["news"].pk}
    )


def malay_title_translated_as(site, title):
    """A translator's string translation of the story's title, saved but not reviewed."""
    translation = translation_of(site["story"], site["locales"]["ms"])
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=site["locales"]["ms"],
        context=segment.context,
        defaults={"data": title},
    )


def sync_and_publish(browser, site):
    """wagtail-localize's "Sync translated pages" with "Publish immediately" over unreviewed translations."""
    malay_title_translated_as(site, "Unreviewed story")
    story = site["story"]
    source = TranslationSource.objects.get(object_id=story.translation_key, locale=story.locale)
    browser.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})


def translation_editor_publish(browser, site):
    """A Malay translation with a new string, "published" from wagtail-localize's editor."""
    ms_story = site["story"].get_translation(site["locales"]["ms"])
    translation = translation_of(site["story"], site["locales"]["ms"])
    segment = StringSegment.objects.filter(source=translation.source, context__path="title").first()
    browser.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": "Unreviewed story"}),
        content_type="application/x-www-form-urlencoded",
    )
    browser.post(reverse("wagtailadmin_pages:edit", args=[ms_story.pk]), {"action": "publish"})


def schedule_without_approval(browser, site):
    """A go-live date on a submitted but unapproved revision, then the scheduler runs."""
    draft = site["draft"]
    draft.go_live_at = timezone.now() - timezone.timedelta(minutes=1)
    draft.save_revision()
    draft.get_workflow().start(draft, None)
    call_command("publish_scheduled")


ROUTES = [
    publish_button,
    revert_and_publish,
    copy_with_publish,
    copy_as_alias,
    move_live_page,
    bulk_publish,
    bulk_move,
    sync_and_publish,
    translation_editor_publish,
    schedule_without_approval,
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.__name__)
def test_no_route_makes_unreviewed_content_live(site, role, route, django_capture_on_commit_callbacks):
    before = {
        code: live_titles_under(site["news"].get_translation(locale))
        for code, locale in site["locales"].items()
    }
    browser = signed_in(role, ROLES[role])
    with django_capture_on_commit_callbacks(execute=True):
        route(browser, site)
    after = {
        code: live_titles_under(site["news"].get_translation(locale))
        for code, locale in site["locales"].items()
    }
    assert after == before


def test_every_languages_news_tree_is_moderated(site, locales, translate_now):
    for locale in locales.values():
        assert site["news"].get_translation(locale).get_workflow().name == "Editorial approval"
    later = StandardPageFactory(parent=site["news"].get_parent(), title="Campaigns", slug="campaigns")
    moderate_tree(later)
    translate_now(later)
    assert later.get_translation(locales["ar"]).get_workflow().name == "Editorial approval"


def submit_malay_translation(site, translator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translation_editor_publish(translator, site)
    ms_story = site["story"].get_translation(site["locales"]["ms"])
    ms_story.refresh_from_db()
    return ms_story


def test_a_translators_publish_is_submitted_for_approval(site, django_capture_on_commit_callbacks):
    translator = signed_in("penterjemah", "Translators (Malay)")
    ms_story = submit_malay_translation(site, translator, django_capture_on_commit_callbacks)
    assert ms_story.title == "Reviewed story"  # the live page is unchanged
    assert ms_story.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert ms_story.get_latest_revision_as_object().title == "Unreviewed story"
    # The translator cannot approve their own translation.
    response = approve(translator, ms_story, django_capture_on_commit_callbacks)
    ms_story.refresh_from_db()
    assert response.status_code in (302, 403) and ms_story.title == "Reviewed story"


@pytest.mark.parametrize(
    ("reviewer", "approves"),
    [
        ("Translators (Malay)", True),
        ("Moderators", True),
        ("Translators (Chinese)", False),
        ("Editors", False),
    ],
)
def test_another_reader_of_the_language_approves_a_translation(
    site, reviewer, approves, django_capture_on_commit_callbacks
):
    translator = signed_in("penterjemah", "Translators (Malay)")
    ms_story = submit_malay_translation(site, translator, django_capture_on_commit_callbacks)
    second = signed_in("pengulas", reviewer)
    awaiting = second.get(reverse("wagtailadmin_home")).content.decode()
    assert ("Unreviewed story" in awaiting) == approves
    approve(second, ms_story, django_capture_on_commit_callbacks)
    ms_story.refresh_from_db()
    assert (ms_story.title == "Unreviewed story") == approves


def test_copies_and_moves_that_publish_nothing_still_work(site):
    moderator = signed_in("moderator", "Moderators")
    moderator.post(
        reverse("wagtailadmin_pages:copy", args=[site["open_day"].pk]),
        {"new_title": "Open day copy", "new_slug": "open-day-copy", "new_parent_page": site["news"].pk},
    )
    copy = Page.objects.get(slug="open-day-copy")
    assert copy.get_parent().pk == site["news"].pk and not copy.live
    draft_elsewhere = NewsStoryPageFactory(parent=site["archive"], slug="plan", live=False, publish=False)
    moderator.post(reverse("wagtailadmin_pages:move_confirm", args=[draft_elsewhere.pk, site["news"].pk]))
    draft_elsewhere.refresh_from_db()
    assert draft_elsewhere.get_parent().pk == site["news"].pk


def test_a_refused_route_says_why(site):
    moderator = signed_in("moderator", "Moderators")
    response = moderator.post(
        reverse("wagtailadmin_pages:move_confirm", args=[site["open_day"].pk, site["news"].pk]), follow=True
    )
    assert response.status_code == 200
    assert "unpublish it first" in response.content.decode()
