"""The translation status view counts what wagtail-localize recorded."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.translation_status import IN_PROGRESS, MISSING, OUTDATED, UP_TO_DATE, build_status
from tests.factories.home import StandardPageFactory

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
