"""The translators' workflow: each locale's translators work only in their own locale."""

import datetime

import polib
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.models import GroupPagePermission
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.roles import TRANSLATOR_GROUPS
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.factories.stats import StatisticFactory

pytestmark = pytest.mark.django_db


def translator(code):
    user = User.objects.create_user(f"translator-{code}", password="not-used-here-123")
    user.groups.add(Group.objects.get(name=TRANSLATOR_GROUPS[code]))
    return user


def translation_of(instance, locale):
    source = TranslationSource.objects.get(object_id=instance.translation_key, locale=instance.locale)
    return Translation.objects.get(source=source, target_locale=locale)


def refused(response):
    """Wagtail's admin answers a permission error with 403, or a redirect away with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"] or response.status_code == 404
    )


@pytest.fixture
def story(translated_home, locales, translate_now):
    page = StandardPageFactory(
        parent=translated_home["en"],
        title="Fair recruitment",
        slug="fair-recruitment",
        introduction="Recruitment fees are never the worker's to pay.",
    )
    translate_now(page, [locales["ms"], locales["ar"]])
    return page


@pytest.fixture
def malay_translator(client):
    user = translator("ms")
    client.force_login(user)
    return user


def test_a_group_per_locale_exists_with_page_permissions_on_its_home(translated_home):
    for code, name in TRANSLATOR_GROUPS.items():
        group = Group.objects.get(name=name)
        pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
        assert pages == {translated_home[code].pk}, name


def test_sync_command_is_idempotent(translated_home):
    call_command("sync_translator_permissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    before = GroupPagePermission.objects.count()
    GroupPagePermission.objects.filter(group__name=TRANSLATOR_GROUPS["ta"]).delete()
    call_command("sync_translator_permissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert GroupPagePermission.objects.count() == before


def test_translator_edits_their_own_locales_page(client, story, locales, malay_translator):
    malay = story.get_translation(locales["ms"])
    response = client.get(f"/admin/pages/{malay.pk}/edit/")
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()


def test_translator_is_refused_on_another_locale_and_on_the_english_source(
    client, story, locales, malay_translator
):
    arabic = story.get_translation(locales["ar"])
    assert refused(client.get(f"/admin/pages/{arabic.pk}/edit/"))
    assert refused(client.get(f"/admin/pages/{story.pk}/edit/"))
    response = client.post(f"/admin/pages/{story.pk}/edit/", {"title": "Changed", "slug": story.slug})
    assert refused(response)
    story.refresh_from_db()
    assert story.title == "Fair recruitment"


def test_translator_is_refused_in_wagtail_localizes_views_for_other_locales(
    client, story, locales, malay_translator
):
    arabic = translation_of(story, locales["ar"])
    base = f"/admin/localize/translate/{arabic.pk}"
    assert refused(client.get(f"{base}/pofile/download/"))
    po_file = SimpleUploadedFile("x.po", b'msgid ""\nmsgstr ""\n', content_type="text/x-gettext-translation")
    assert refused(client.post(f"{base}/pofile/upload/", {"file": po_file, "next": "/admin/"}))
    assert refused(client.post(f"{base}/machine_translate/", {"next": "/admin/"}))
    assert refused(client.get(f"{base}/preview/"))
    assert refused(client.post(f"{base}/disable/", {"next": "/admin/"}))
    # Source-side actions: "Translate this page" (copy for translation) and "Sync translated pages".
    assert refused(client.get(f"/admin/localize/submit/page/{story.pk}/"))
    assert refused(client.get(f"/admin/localize/update/{arabic.source_id}/"))
    assert refused(client.post(f"/admin/localize/update/{arabic.source_id}/", {}))


def test_translator_translates_only_their_locales_snippets(client, locales, translate_now, malay_translator):
    statistic = StatisticFactory(locale=locales["en"])
    translate_now(statistic, [locales["ms"], locales["ar"]])
    malay = statistic.get_translation(locales["ms"])
    arabic = statistic.get_translation(locales["ar"])
    assert client.get(f"/admin/snippets/stats/statistic/edit/{malay.pk}/").status_code == 200
    assert refused(client.get(f"/admin/snippets/stats/statistic/edit/{arabic.pk}/"))
    assert refused(client.get(f"/admin/snippets/stats/statistic/edit/{statistic.pk}/"))
    assert refused(client.post(f"/admin/snippets/stats/statistic/delete/{malay.pk}/"))
    arabic_translation = translation_of(statistic, locales["ar"])
    assert refused(client.get(f"/admin/localize/translate/{arabic_translation.pk}/pofile/download/"))
    malay_translation = translation_of(statistic, locales["ms"])
    assert client.get(f"/admin/localize/translate/{malay_translation.pk}/pofile/download/").status_code == 200


def test_po_download_and_upload_change_exactly_one_segment(
    client, story, locales, malay_translator, django_capture_on_commit_callbacks
):
    translation = translation_of(story, locales["ms"])
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode("utf-8"))
    by_id = {entry.msgid: entry for entry in po}
    assert "Fair recruitment" in by_id
    assert "Recruitment fees are never the worker's to pay." in by_id
    by_id[
        "Recruitment fees are never the worker's to pay."
    ].msgstr = "Yuran pengambilan tidak sekali-kali ditanggung oleh pekerja."
    upload = SimpleUploadedFile("ms.po", str(po).encode("utf-8"), content_type="text/x-gettext-translation")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # what the editor's "Publish" does
    html = client.get("/ms/fair-recruitment/").content.decode()
    assert "Yuran pengambilan tidak sekali-kali ditanggung oleh pekerja." in html
    assert "Recruitment fees are never the worker&#x27;s to pay." not in html
    assert "Fair recruitment" in html  # the untouched segment keeps its (source) text
    story_strings = StringSegment.objects.filter(source=translation.source).values("string_id")
    assert (
        StringTranslation.objects.filter(locale=locales["ms"], translation_of_id__in=story_strings).count()
        == 1
    )


def test_sync_after_a_source_edit_keeps_unchanged_translations_and_flags_changed_ones(
    story, locales, django_capture_on_commit_callbacks
):
    translation = translation_of(story, locales["ms"])
    segments = {s.string.data: s for s in StringSegment.objects.filter(source=translation.source)}
    for text, malay in [
        ("Fair recruitment", "Pengambilan pekerja yang adil"),
        ("Recruitment fees are never the worker's to pay.", "Pekerja tidak perlu membayar yuran."),
    ]:
        StringTranslation.objects.create(
            translation_of=segments[text].string,
            locale=locales["ms"],
            context=segments[text].context,
            data=malay,
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert translation.get_progress() == (3, 2)  # title, introduction and slug

    story.introduction = "Employers pay every recruitment fee."
    story.save_revision().publish()
    source = translation.source
    source.update_from_db()  # what "Sync translated pages" does
    translation.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    total, done = translation.get_progress()
    assert (total, done) == (3, 1)  # the changed introduction needs translating again
    malay = story.get_translation(locales["ms"])
    malay.refresh_from_db()
    assert malay.title == "Pengambilan pekerja yang adil"  # kept
    assert malay.introduction == "Employers pay every recruitment fee."  # source text until translated
    assert StringTranslation.objects.filter(data="Pekerja tidak perlu membayar yuran.").exists()


def test_new_translations_start_as_drafts(settings):
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False


def test_translation_editor_loads_the_right_to_left_script(client, story, locales, admin_user):
    client.force_login(admin_user)
    arabic = story.get_translation(locales["ar"])
    html = client.get(f"/admin/pages/{arabic.pk}/edit/").content.decode()
    assert "js/translation-editor-rtl.js" in html
    assert "&quot;locale&quot;: {&quot;code&quot;: &quot;ar&quot;" in html


def test_the_translation_editor_names_each_schedule_segments_field_and_row(
    client, translated_home, locales, translate_now, admin_user
):
    news = NewsIndexPageFactory(parent=translated_home["en"])
    rows = [
        {
            "start_date": datetime.date(2026, 5, 22),
            "sessions": 1,
            "venue": "M Resort",
            "city": "Kuala Lumpur",
            "region": "",
        },
        {
            "start_date": datetime.date(2026, 9, 13),
            "sessions": 1,
            "venue": "Promenade Hotel",
            "city": "Kota Kinabalu",
            "region": "Sabah",
        },
    ]
    story = NewsStoryPageFactory(
        parent=news,
        title="Training",
        slug="training",
        body=[
            (
                "event_schedule",
                {"title": "Workshops", "introduction": "", "rows": rows, "registration_url": ""},
            )
        ],
    )
    translate_now(news, [locales["ms"]])
    translate_now(story, [locales["ms"]])
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{story.get_translation(locales['ms']).pk}/edit/").content.decode()
    html = html.encode().decode("unicode_escape") if "\\u203a" in html else html
    for label in ("Row 1 › Venue", "Row 1 › City", "Row 2 › Venue", "Row 2 › State or region"):
        assert f"Dates and venues › {label}" in html, label


def test_publishing_with_gaps_names_where_each_gap_is(client, story, locales, admin_user, translate_strings):
    """wagtail-localize says "missing translations - see below" when the gap is the slug, on
    another tab; the message now names each place by tab and field."""
    translate_strings(story, "ms", {"Fair recruitment": "Pengambilan pekerja yang adil"})
    client.force_login(admin_user)
    copy = story.get_translation(locales["ms"])
    response = client.post(f"/admin/pages/{copy.pk}/edit/", {"action": "publish"}, follow=True)
    html = response.content.decode()
    assert "see below" not in html
    assert (
        "Published &#x27;Pengambilan pekerja yang adil&#x27; in Bahasa Melayu with missing translations: "
        "Promote › Slug; Content › Introduction." in html
    )


def test_publishing_a_complete_translation_keeps_wagtail_localizes_message(
    client, story, locales, admin_user, translate_strings
):
    translate_strings(
        story,
        "ms",
        {
            "Fair recruitment": "Pengambilan pekerja yang adil",
            "fair-recruitment": "pengambilan-adil",
            story.introduction: "Yuran pengambilan bukan tanggungan pekerja.",
        },
    )
    client.force_login(admin_user)
    copy = story.get_translation(locales["ms"])
    html = client.post(f"/admin/pages/{copy.pk}/edit/", {"action": "publish"}, follow=True).content.decode()
    assert "Published &#x27;Pengambilan pekerja yang adil&#x27; in Bahasa Melayu." in html
    assert "missing translation" not in html
