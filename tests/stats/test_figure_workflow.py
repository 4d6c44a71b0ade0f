"""Figures are governed like pages: an Editor's change is a draft until a Moderator other than
its author approves it, and readers (pages, the data page, downloads, previous values) only
ever see the published version."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from stats.models import Statistic
from tests.factories import users
from tests.factories.home import StandardPageFactory
from tests.factories.stats import StatisticFactory, statistic_form
from tests.factories.users import approve

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(roles):
    """Sign in a new user in `group_name`: signed_in(username, group_name) returns their own client."""
    return users.signed_in


@pytest.fixture
def statistic(data_page):
    """A live statistic with a published first revision."""
    obj = StatisticFactory(slug="resettled", label="refugees resettled", value=Decimal("113166"))
    obj.save_revision().publish()
    return obj


@pytest.fixture
def embedding_page(home_page, statistic):
    """A live page that shows the statistic."""
    return StandardPageFactory(
        parent=home_page,
        title="Resettlement",
        slug="resettlement",
        body=[("statistic", {"statistic": statistic})],
    )


def edit_url(obj):
    return reverse("wagtailsnippets_stats_statistic:edit", args=[obj.pk])


def submit_correction(member, obj, value, note="Late departures added."):
    response = member.post(
        edit_url(obj), statistic_form(obj, value=value, correction_note=note, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    obj.refresh_from_db()
    return obj


def public_views(client):
    """What a reader sees: the page embedding the figure, the data page and the CSV download."""
    return {
        "page": client.get("/en/resettlement/").content.decode(),
        "data page": client.get("/en/data/").content.decode(),
        "csv": client.get("/en/data/resettled/csv/").content.decode("utf-8-sig"),
    }


def csv_values(text):
    """The `value` column of a statistic's CSV (the file's correction log may name old values)."""
    return [row["value"] for row in csv.DictReader(io.StringIO(text))]


def assert_public_value(client, shown, hidden):
    views = public_views(client)
    assert shown[0] in views["page"] and hidden[0] not in views["page"]
    assert shown[0] in views["data page"] and hidden[0] not in views["data page"]
    assert csv_values(views["csv"]) == [shown[1]]


def test_editors_change_to_a_live_statistic_is_not_public_until_a_moderator_approves_it(
    client, signed_in, statistic, embedding_page, django_capture_on_commit_callbacks
):
    editor = signed_in("edna", "Editors")
    submit_correction(editor, statistic, "113200")
    assert statistic.value == Decimal("113166") and statistic.live
    assert statistic.current_workflow_state is not None
    assert statistic.get_latest_revision_as_object().value == Decimal("113200")
    assert_public_value(client, shown=("113,166", "113166"), hidden=("113,200", "113200"))

    moderator = signed_in("mona", "Moderators")
    response = approve(moderator, statistic, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113200") and statistic.live_revision_id == statistic.latest_revision_id
    assert_public_value(client, shown=("113,200", "113200"), hidden=("113,166", "113166"))


def test_editor_has_no_publish_permission_and_nobody_gets_a_publish_button(signed_in, statistic):
    editor = signed_in("edna", "Editors")
    moderator = signed_in("mona", "Moderators")
    assert not get_user_model().objects.get(username="edna").has_perm("stats.publish_statistic")
    assert get_user_model().objects.get(username="mona").has_perm("stats.publish_statistic")
    for member in (editor, moderator):
        html = member.get(edit_url(statistic)).content.decode()
        assert 'name="action-submit"' in html
        assert 'name="action-publish"' not in html
    add_html = moderator.get(reverse("wagtailsnippets_stats_statistic:add")).content.decode()
    assert 'name="action-publish"' not in add_html


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_a_forged_publish_post_is_refused_for_editors_and_moderators(signed_in, statistic, locales):
    revisions = statistic.revisions.count()
    for username, group in (("edna", "Editors"), ("mona", "Moderators")):
        member = signed_in(username, group)
        data = statistic_form(statistic, value="999", correction_note="Forged.", **{"action-publish": "1"})
        assert refused(member.post(edit_url(statistic), data))
        # "Revert to this revision" is the edit view too.
        revert = reverse(
            "wagtailsnippets_stats_statistic:revisions_revert",
            args=[statistic.pk, statistic.latest_revision_id],
        )
        assert refused(member.post(revert, data))
        new = statistic_form(statistic, slug=f"forged-{username}", **{"action-publish": "1"})
        assert refused(member.post(reverse("wagtailsnippets_stats_statistic:add"), new))
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113166") and statistic.revisions.count() == revisions
    assert not Statistic.objects.filter(slug__startswith="forged").exists()


def test_the_author_cannot_approve_their_own_revision_even_as_a_moderator(
    client, signed_in, statistic, embedding_page, django_capture_on_commit_callbacks
):
    author = signed_in("mona", "Moderators")
    submit_correction(author, statistic, "113200")
    html = author.get(edit_url(statistic)).content.decode()
    assert "workflow-action-approve" not in html and "data-workflow-action-url" not in html
    response = approve(author, statistic, django_capture_on_commit_callbacks)
    assert response.status_code in (302, 403)
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113166")
    assert_public_value(client, shown=("113,166", "113166"), hidden=("113,200", "113200"))

    other = signed_in("mo", "Moderators")
    assert approve(other, statistic, django_capture_on_commit_callbacks).status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113200")
    assert_public_value(client, shown=("113,200", "113200"), hidden=("113,166", "113166"))


def test_a_draft_never_appears_in_the_previous_values_or_as_a_version_download(client, statistic):
    # A published correction: 113,166 becomes a previous value.
    statistic.value, statistic.correction_note = Decimal("113200"), "Late departures added."
    statistic.corrected_on = statistic.as_of
    statistic.save_revision().publish()
    # A draft that is never approved.
    draft = statistic.get_latest_revision_as_object()
    draft.value, draft.correction_note = Decimal("113300"), "Not reviewed yet."
    draft_revision = draft.save_revision()

    html = client.get("/en/data/resettled/").content.decode()  # the figure's page and corrections log
    first = statistic.revisions.order_by("created_at", "pk").first()
    assert "113,200" in html and f"/versions/{first.pk}/csv/" in html  # the published previous value
    assert "113,300" not in html and "Not reviewed yet." not in html
    assert f"/versions/{draft_revision.pk}/" not in html
    assert client.get(f"/en/data/resettled/versions/{draft_revision.pk}/json/").status_code == 404
    assert client.get(f"/en/data/resettled/json/?version={draft_revision.pk}").status_code == 404
    assert b"113300" not in client.get("/en/data/resettled/csv/").content
    old = client.get(f"/en/data/resettled/versions/{first.pk}/json/")
    assert old.status_code == 200 and b'"value": 113166' in old.content


def test_a_statistic_never_published_is_not_shown_to_readers(client, data_page, home_page):
    unpublished = StatisticFactory(slug="draft-only", label="new arrivals", value=Decimal("4242"))
    unpublished.live = False
    unpublished.save()
    StandardPageFactory(
        parent=home_page, title="Arrivals", slug="arrivals", body=[("statistic", {"statistic": unpublished})]
    )
    assert "4,242" not in client.get("/en/arrivals/").content.decode()
    assert "4,242" not in client.get("/en/data/").content.decode()
    assert client.get("/en/data/draft-only/csv/").status_code == 404


def test_preview_lists_the_pages_that_embed_the_figure(signed_in, statistic, embedding_page, home_page):
    StandardPageFactory(parent=home_page, title="Unrelated", slug="unrelated")
    moderator = signed_in("mona", "Moderators")
    url = reverse("wagtailsnippets_stats_statistic:preview_on_edit", args=[statistic.pk])
    response = moderator.post(url, statistic_form(statistic, value="113200", correction_note="Preview."))
    assert response.json()["is_valid"]
    html = moderator.get(url).content.decode()
    assert "113,200" in html  # the edited figure, as readers will see it once approved
    assert "Pages that show this figure" in html
    assert 'href="http://testserver/en/resettlement/"' in html
    assert reverse("wagtailadmin_pages:edit", args=[embedding_page.pk]) in html
    assert "Unrelated" not in html


@pytest.fixture
def malay_copy(statistic, locales, translate_now):
    """The statistic's live Malay translation, with a label translated but not yet published."""
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

    translate_now(statistic, [locales["ms"]])
    source = TranslationSource.objects.get(object_id=statistic.translation_key, locale=statistic.locale)
    segment = StringSegment.objects.get(source=source, string__data="refugees resettled")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locales["ms"],
        context=segment.context,
        data="pelarian ditempatkan semula",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    return Statistic.objects.get(translation_key=statistic.translation_key, locale=locales["ms"])


def test_a_translators_publish_in_the_translation_editor_is_a_submission_for_approval(
    signed_in, malay_copy, django_capture_on_commit_callbacks
):
    assert malay_copy.live and malay_copy.label == "refugees resettled"
    translator = signed_in("penterjemah", "Translators (Malay)")
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(edit_url(malay_copy), {"action": "publish"})
    assert response.status_code == 302
    malay_copy.refresh_from_db()
    assert malay_copy.label == "refugees resettled"  # the live row is untouched
    assert malay_copy.current_workflow_state is not None
    assert malay_copy.get_latest_revision_as_object().label == "pelarian ditempatkan semula"

    moderator = signed_in("mona", "Moderators")
    assert approve(moderator, malay_copy, django_capture_on_commit_callbacks).status_code == 302
    malay_copy.refresh_from_db()
    assert malay_copy.label == "pelarian ditempatkan semula"


def test_sync_translated_snippets_with_publish_immediately_is_refused(signed_in, malay_copy):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=malay_copy.translation_key, locale__language_code="en")
    moderator = signed_in("mona", "Moderators")
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = moderator.post(url, {"publish_translations": "on"})
    assert response.status_code == 302 and response["Location"] == url
    malay_copy.refresh_from_db()
    assert malay_copy.label == "refugees resettled"
