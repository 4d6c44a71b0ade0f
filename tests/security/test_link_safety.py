"""A translator or editor cannot booby-trap a link, whatever route stores it.

The attack: a Malay translator sets a translated link (an event's registration
URL, a link in rich text) to `javascript:…` through wagtail-localize's
override editor, publishes, and a signed-in member of staff who clicks it on
the public page runs the script with their session. The override editor, the
publish of a translation, the page's rendering (HTML, JSON-LD and .ics) and the
public pages' Content Security Policy each stop it.
"""

import json
import re
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, SegmentOverride

from core.demo_utils import ensure_locales
from tests.factories.home import make_home_page, translate_at_once
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.news.conftest import schedule_value
from tests.security.test_permissions_matrix import translation_of

pytestmark = pytest.mark.django_db

SCRIPT_URL = "javascript:fetch('/admin/users/').then(r=>r.text()).then(alert)"
LONG_URL = "https://example.org/register?" + "x" * 3000
# Under the length limit, but 2,420 bytes of UTF-8: more than a QR code holds.
UNSCANNABLE_URL = "https://example.org/" + "ك" * 1200
PARTNER_LINK = "https://www.iom.int/"


@pytest.fixture(scope="module")
def story_pk(module_db):
    """An event story with a registration link and a partner link, translated into every locale.

    Translating the tree is the slow part, and no test changes it in a way its rollback does
    not undo, so it is built once for the module; the story's id.
    """
    ensure_locales()
    home_page = translate_at_once(make_home_page())
    news = translate_at_once(NewsIndexPageFactory(parent=home_page))
    story = NewsStoryPageFactory(
        parent=news,
        slug="training",
        kind="event",
        body=[
            ("paragraph", f'<p>Run with <a href="{PARTNER_LINK}">our partner</a>.</p>'),
            ("event_schedule", schedule_value(past=False)),
        ],
    )
    translate_at_once(story)
    return story.pk


@pytest.fixture
def story(story_pk, locales):
    """The module's story, fetched afresh for each test."""
    return Page.objects.get(pk=story_pk).specific


def override_segment(translation, path_end):
    return OverridableSegment.objects.get(source=translation.source, context__path__endswith=path_end)


def put_override(client, translation, segment, value):
    return client.put(
        f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


@pytest.mark.parametrize(
    ("path_end", "value"),
    [
        ("registration_url", SCRIPT_URL),
        ("registration_url", " JavaScript:alert(1)"),
        ("registration_url", "data:text/html,<script>alert(1)</script>"),
        ("registration_url", LONG_URL),
        (f"'{PARTNER_LINK}'", SCRIPT_URL),
        (f"'{PARTNER_LINK}'", "vbscript:msgbox(1)"),
    ],
)
def test_the_override_editor_refuses_a_link_the_admin_form_would_refuse(
    malay_translator, story, locales, path_end, value
):
    translation = translation_of(story, locales["ms"])
    segment = override_segment(translation, path_end)
    response = put_override(malay_translator, translation, segment, value)
    assert response.status_code == 400
    assert "error" in response.json()
    assert not SegmentOverride.objects.filter(context=segment.context).exists()


@pytest.mark.parametrize(
    ("path_end", "value"),
    [
        ("registration_url", "https://example.org/daftar"),
        (f"'{PARTNER_LINK}'", "mailto:media@example.org"),
        (f"'{PARTNER_LINK}'", "https://www.iom.int/ms"),
    ],
)
def test_the_override_editor_keeps_a_safe_link(malay_translator, story, locales, path_end, value):
    translation = translation_of(story, locales["ms"])
    segment = override_segment(translation, path_end)
    response = put_override(malay_translator, translation, segment, value)
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == value


def test_a_translation_with_an_unsafe_override_is_not_published(
    malay_translator, story, locales, django_capture_on_commit_callbacks
):
    """An override stored by any other route (an older version, the database) still never goes live."""
    translation = translation_of(story, locales["ms"])
    segment = override_segment(translation, "registration_url")
    SegmentOverride.objects.create(
        locale=locales["ms"], context=segment.context, data_json=json.dumps(SCRIPT_URL)
    )
    with pytest.raises(ValidationError):
        translation.save_target(publish=True)
    ms_story = story.get_translation(locales["ms"])
    with django_capture_on_commit_callbacks(execute=True):
        response = malay_translator.post(
            f"/admin/pages/{ms_story.pk}/edit/", {"action": "publish"}, follow=True
        )
    assert response.status_code == 200
    assert "Enter a full web address" in response.content.decode()
    html = malay_translator.get(ms_story.get_url()).content.decode()
    assert "javascript:" not in html.lower()


def test_saving_a_page_with_an_unsafe_link_is_refused(story):
    value = schedule_value(past=False)
    value["registration_url"] = SCRIPT_URL
    story.body = [("event_schedule", value)]
    with pytest.raises(ValidationError, match="https://"):
        story.save_revision()
    story.body = [("paragraph", '<p><a href="javascript:alert(1)">x</a></p>')]
    with pytest.raises(ValidationError):
        story.save_revision()


def stored_without_checks(story, registration_url):
    """The story with `registration_url` saved past every check, as data from before them would be."""
    value = schedule_value(past=False)
    value["registration_url"] = registration_url
    story.body = [("event_schedule", value)]
    story.save(clean=False)
    return story


def test_a_stored_unsafe_link_is_never_rendered(client, story):
    stored_without_checks(story, SCRIPT_URL)
    html = client.get(story.url).content.decode()
    assert "javascript:" not in html.lower()
    assert "Register" not in html
    data = [json.loads(block) for block in re.findall(r'application/ld\+json">(.*?)</script>', html, re.S)]
    assert "javascript" not in json.dumps(data)
    calendar = re.search(r'href="([^"]+/calendar/[^"]+)" download', html).group(1)
    assert "javascript" not in client.get(calendar).content.decode().lower()


def test_a_link_too_long_for_a_qr_code_gives_the_page_without_one(client, story):
    stored_without_checks(story, LONG_URL)
    response = client.get(story.url)
    assert response.status_code == 200
    stored_without_checks(story, UNSCANNABLE_URL)
    response = client.get(story.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="qr-code"' not in html
    assert "too long for a QR code" in html
    assert ">Register</a>" in html


def script_sources(response):
    policy = response["Content-Security-Policy"]
    return next(part for part in policy.split("; ") if part.startswith("script-src ")).split()[1:]


def test_public_pages_and_previews_get_the_strict_policy_for_signed_in_staff(admin_client, story):
    for url in (story.url, f"/admin/pages/{story.pk}/view_draft/", f"/admin/pages/{story.pk}/edit/preview/"):
        sources = script_sources(admin_client.get(url))
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, url
    # The admin's own screens keep the policy the admin needs.
    assert "'unsafe-eval'" in script_sources(admin_client.get(f"/admin/pages/{story.pk}/edit/"))
