"""The translation status view counts what wagtail-localize recorded."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.moderation import moderate_tree
from core.workflow import submit_to_workflow
from home.translation_status import IN_PROGRESS, MISSING, OUTDATED, UP_TO_DATE, build_status
from tests.factories.home import StandardPageFactory
from tests.factories.news import TopicFactory
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def translate_segments(page, locale, texts, capture):
    """Hand-translate the named source texts (all when `texts` is None) and write the target."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if texts is None or segment.string.data in texts:
            StringTranslation.objects.create(
                translation_of=segment.string, locale=locale, context=segment.context, data=f"[{locale}]"
            )
    with capture(execute=True):
        Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


@pytest.fixture
def backlog(translated_home, locales, translate_now, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    # Page A (3 segments: title, slug, introduction): Malay complete, Arabic one of three, others missing.
    home = translated_home["en"]
    page_a = StandardPageFactory(parent=home, title="Page A", slug="page-a", introduction="A.")
    translate_now(page_a, [locales["ms"], locales["ar"]])
    translate_segments(page_a, locales["ms"], None, capture)
    translate_segments(page_a, locales["ar"], {"Page A"}, capture)
    # Page B: Malay complete, then the English source is published again.
    page_b = StandardPageFactory(parent=home, title="Page B", slug="page-b", introduction="B.")
    translate_now(page_b, [locales["ms"]])
    translate_segments(page_b, locales["ms"], None, capture)
    page_b.introduction = "B, revised."
    page_b.save_revision().publish()
    return page_a, page_b


def cells_by_title(rows):
    return {row.title: row.cells for row in rows}


def test_states_match_the_hand_built_backlog(backlog):
    _targets, rows, summary = build_status()
    cells = cells_by_title(rows)
    assert cells["Page A"]["ms"].state == UP_TO_DATE
    assert (cells["Page A"]["ar"].state, cells["Page A"]["ar"].percent) == (IN_PROGRESS, 33)
    assert cells["Page A"]["zh-hans"].state == MISSING
    assert cells["Page B"]["ms"].state == OUTDATED
    assert cells["Page B"]["ar"].state == MISSING
    # Totals: the home page is also a source (synced, nothing hand-translated).
    assert summary["ms"][UP_TO_DATE] == 1 and summary["ms"][OUTDATED] == 1
    assert summary["zh-hans"][MISSING] == 2
    assert summary["ar"][MISSING] == 1 and summary["ar"][IN_PROGRESS] >= 1
    assert sum(summary["ta"].values()) == len(rows)


def test_view_filters_by_locale_and_refuses_translators(client, admin_user, backlog):
    client.force_login(admin_user)
    html = client.get("/admin/translation-status/", {"locale": "ar"}).content.decode()
    assert "In progress (33%)" in html
    assert 'data-locale="ms"' not in html
    assert client.get("/admin/translation-status/", {"locale": "xx"}).status_code == 200  # all locales
    from django.contrib.auth.models import Group, User

    translator = User.objects.create_user("t", password="unused-password-123")
    translator.groups.add(Group.objects.get(name="Translators (Malay)"))
    client.force_login(translator)
    assert client.get("/admin/translation-status/").status_code in (302, 403)


def test_status_queries_do_not_grow_with_pages(translated_home, locales, translate_now):
    page = StandardPageFactory(parent=translated_home["en"], title="One")
    translate_now(page)
    with CaptureQueriesContext(connection) as few:
        build_status()
    for number in range(4):
        translate_now(StandardPageFactory(parent=translated_home["en"], title=f"More {number}"))
    with CaptureQueriesContext(connection) as many:
        build_status()
    assert len(few) == len(many)


def translator_dashboard(client, username, group):
    client.force_login(make_user(username, group))
    return to_do_panel(client)


def to_do_panel(client):
    """The signed-in user's "Translations to do" panel (None when they have none)."""
    html = client.get("/admin/").content.decode()
    if "Translations to do" not in html:
        return None
    panel = html[html.index("Translations to do") :]
    return panel[: panel.index("</table>")] if "</table>" in panel else panel[:600]


def test_a_translator_sees_what_is_outdated_in_progress_or_missing_in_their_language(client, backlog):
    page_a, page_b = backlog
    arabic = translator_dashboard(client, "mutarjim", "Translators (Arabic)")
    # In progress, one click from the translation editor (the copy's edit view), then not started.
    copy_of_a = page_a.get_translation(page_a.get_translations().get(locale__language_code="ar").locale)
    assert f'<a href="/admin/pages/{copy_of_a.pk}/edit/">Page A</a>' in arabic
    assert "العربية: In progress (33%)" in arabic
    assert "Page B</td>" in arabic and "Missing" in arabic and "Start translating</button>" in arabic
    assert arabic.index("Page A") < arabic.index("Page B")

    malay = translator_dashboard(client, "penterjemah", "Translators (Malay)")
    copy_of_b = page_b.get_translations().get(locale__language_code="ms")
    assert f'<a href="/admin/pages/{copy_of_b.pk}/edit/">Page B</a>' in malay
    assert "Bahasa Melayu: Outdated" in malay
    assert "Page A" not in malay  # up to date in Malay


def test_only_translators_get_the_panel(client, backlog):
    assert translator_dashboard(client, "editor", "Editors") is None


def test_translators_hear_by_e_mail_when_the_english_page_they_translated_changes(
    backlog, locales, django_capture_on_commit_callbacks
):
    page_a, _page_b = backlog
    translator = make_user("penterjemah", "Translators (Malay)")
    source = TranslationSource.objects.get(object_id=page_a.translation_key, locale=page_a.locale)
    StringTranslation.objects.filter(locale=locales["ms"], translation_of__segments__source=source).update(
        last_translated_by=translator
    )
    mail.outbox.clear()
    page_a.title = "Page A, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        page_a.save_revision().publish()
    (notice,) = mail.outbox
    malay_copy = page_a.get_translations().get(locale=locales["ms"])
    assert notice.to == [translator.email]
    assert notice.subject == "The English text of “Page A, renamed” has changed"
    assert f"Bahasa Melayu: http://testserver/admin/pages/{malay_copy.pk}/edit/" in notice.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        malay_copy.save_revision().publish()  # a translation published: nobody to tell
    assert mail.outbox == []


def test_a_translator_starts_a_translation_into_their_own_language_only(client, backlog, locales):
    _page_a, page_b = backlog
    source = TranslationSource.objects.get(object_id=page_b.translation_key, locale=page_b.locale)
    client.force_login(make_user("mutarjim", "Translators (Arabic)"))
    assert client.get(f"/admin/translations/start/{source.pk}/ar/").status_code == 405
    # Not their language: Wagtail's admin answers "no permission" (a redirect home) and nothing is made.
    for other in ("ta", "zh-hans"):
        refused = client.post(f"/admin/translations/start/{source.pk}/{other}/", follow=True)
        assert "you do not have permission" in refused.content.decode()
        assert not page_b.get_translations().filter(locale=locales[other]).exists()

    response = client.post(f"/admin/translations/start/{source.pk}/ar/")
    arabic = page_b.get_translations().get(locale=locales["ar"])
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{arabic.pk}/edit/"
    assert not arabic.live  # a draft, as every new translation starts
    assert Translation.objects.filter(source=source, target_locale=locales["ar"]).exists()
    again = client.post(f"/admin/translations/start/{source.pk}/ar/")
    assert again["Location"] == f"/admin/pages/{arabic.pk}/edit/"  # started once
    assert client.get(f"/admin/pages/{arabic.pk}/edit/").status_code == 200  # theirs to translate


def test_a_page_whose_section_is_not_in_the_language_cannot_be_started(client, backlog, locales):
    page_a, _page_b = backlog
    child = StandardPageFactory(parent=page_a, title="Child", slug="child")  # page A is not in Tamil
    source, _created = TranslationSource.get_or_create_from_instance(child)
    client.force_login(make_user("tamil", "Translators (Tamil)"))
    response = client.post(f"/admin/translations/start/{source.pk}/ta/", follow=True)
    assert "its section is not in that language" in response.content.decode()
    assert not child.get_translations().exists()


def test_a_translator_starts_a_snippet_translation_too(client, backlog, locales):
    topic = TopicFactory(name="Migration health", slug="migration-health")
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    client.force_login(make_user("mutarjim", "Translators (Arabic)"))
    response = client.post(f"/admin/translations/start/{source.pk}/ar/")
    arabic = topic.get_translation(locales["ar"])
    assert response["Location"] == f"/admin/snippets/news/topic/edit/{arabic.pk}/"


def test_a_new_english_page_is_on_the_translators_list_and_they_can_start_it(client, backlog, locales):
    page_a, _page_b = backlog
    new = StandardPageFactory(parent=page_a.get_parent(), title="Brand new", slug="brand-new")
    arabic = translator_dashboard(client, "mutarjim", "Translators (Arabic)")
    start = f'action="/admin/translations/start-page/{new.pk}/ar/"'
    assert "Brand new</td>" in arabic and start in arabic
    response = client.post(f"/admin/translations/start-page/{new.pk}/ar/")
    copy = new.get_translations().get(locale=locales["ar"])
    assert response["Location"] == f"/admin/pages/{copy.pk}/edit/"
    refused = client.post(f"/admin/translations/start-page/{new.pk}/ta/", follow=True)
    assert "you do not have permission" in refused.content.decode()


def test_a_translator_cannot_start_a_draft_or_private_english_page(client, backlog, locales):
    page_a, _page_b = backlog
    parent = page_a.get_parent()
    draft = StandardPageFactory(parent=parent, title="Embargoed", slug="embargoed", live=False, publish=False)
    private = StandardPageFactory(parent=parent, title="Staff only", slug="staff-only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(make_user("mutarjim", "Translators (Arabic)"))
    dashboard = client.get("/admin/").content.decode()
    assert "Embargoed" not in dashboard and "Staff only" not in dashboard
    for page in (draft, private):
        refused = client.post(f"/admin/translations/start-page/{page.pk}/ar/", follow=True)
        assert "you do not have permission" in refused.content.decode()
        assert not page.get_translations().exists()


def test_a_translation_submitted_for_approval_awaits_the_other_translators_of_its_language(
    client, roles, translated_home, locales, translate_now
):
    section = StandardPageFactory(parent=translated_home["en"], title="Newsroom", slug="newsroom")
    translate_now(section, [locales["ms"]])
    moderate_tree(section)
    story = StandardPageFactory(parent=section, title="Clinic opens", slug="clinic-opens")
    translate_now(story, [locales["ms"]])
    copy = story.get_translation(locales["ms"])
    author = make_user("penterjemah", "Translators (Malay)")
    copy.save_revision(user=author)
    submit_to_workflow(copy, author)
    StandardPageFactory(parent=translated_home["en"], title="Untouched", slug="untouched")  # missing in Malay

    reviewer = translator_dashboard(client, "penyemak", "Translators (Malay)")
    assert f'<a href="/admin/pages/{copy.pk}/edit/">Clinic opens</a>' in reviewer
    assert "Bahasa Melayu: Awaiting your review" in reviewer
    assert reviewer.index("Awaiting your review") < reviewer.index("Missing")  # review first
    client.force_login(author)
    assert "Awaiting your review" not in to_do_panel(client)
    assert "Awaiting your review" not in translator_dashboard(client, "mutarjim", "Translators (Arabic)")
