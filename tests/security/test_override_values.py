"""The override editor refuses values a browser or wagtail-localize would misread.

A rich-text link override that starts with "/" is a path on this site only
without backslashes and whitespace: browsers read `/\\evil.example/login` and
`/<tab>/evil.example/` as links to evil.example. A chosen item's override must
be the id of an item that exists: "²" or "٣" pass `str.isdigit()`, and a
missing id made the translator's Publish a 500.
"""

from urllib.parse import urlencode, urljoin

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail_localize.models import OverridableSegment, SegmentOverride

from tests.factories.home import StandardPageFactory
from tests.security.test_permissions_matrix import translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page, locales, translate_now):
    translate_now(home_page)
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4", name="report.pdf")
    )
    page = StandardPageFactory(
        parent=home_page,
        title="Partners",
        slug="partners",
        body=[
            ("paragraph", '<p>Run with <a href="https://www.iom.int/">our partner</a>.</p>'),
            ("document", {"document": document, "title": "Report"}),
        ],
    )
    translate_now(page)
    return page


def put_override(client, translation, segment, value):
    return client.put(
        f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


@pytest.mark.parametrize("value", ["/\\evil.example/login", "/\t/evil.example/"])
def test_a_rich_text_link_override_cannot_leave_the_site(malay_translator, page, locales, value):
    # What a browser makes of it on https://site/ms/partners/ (WHATWG: "\" is "/" for special schemes,
    # tab/newline are removed): urljoin with the normalisation a browser applies.
    assert urljoin(
        "https://site.example/ms/partners/", value.replace("\\", "/").replace("\t", "")
    ).startswith("https://evil.example/")
    translation = translation_of(page, locales["ms"])
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path__endswith="'https://www.iom.int/'"
    )
    response = put_override(malay_translator, translation, segment, value)
    assert response.status_code == 400, (
        f"stored: {SegmentOverride.objects.filter(context=segment.context).first().data!r}"
    )


@pytest.mark.parametrize("value", ["²", "٣"])
def test_a_chooser_override_must_be_an_id(
    malay_translator, page, locales, value, django_capture_on_commit_callbacks
):
    translation = translation_of(page, locales["ms"])
    segment = OverridableSegment.objects.get(source=translation.source, context__path__contains="document")
    response = put_override(malay_translator, translation, segment, value)
    assert response.status_code == 400, "override accepted"


def test_a_chooser_override_of_a_missing_item_is_refused_and_publishing_still_works(
    malay_translator, page, locales, django_capture_on_commit_callbacks
):
    translation = translation_of(page, locales["ms"])
    segment = OverridableSegment.objects.get(source=translation.source, context__path__contains="document")
    response = put_override(malay_translator, translation, segment, "999999")
    assert response.status_code == 400 and "exists" in response.json()["error"]
    assert not SegmentOverride.objects.filter(context=segment.context).exists()
    ms_page = page.get_translation(locales["ms"])
    malay_translator.raise_request_exception = False
    with django_capture_on_commit_callbacks(execute=True):
        publish = malay_translator.post(f"/admin/pages/{ms_page.pk}/edit/", {"action": "publish"})
    assert publish.status_code != 500
