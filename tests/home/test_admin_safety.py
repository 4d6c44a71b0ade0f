"""The admin refuses dangerous uploads and shows editors their drafts and schedule."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a long enough password")
    client.force_login(user)
    client.user = user
    return client


def test_an_svg_image_upload_is_refused_with_a_clear_message(admin_client):
    svg = SimpleUploadedFile(
        "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Logo", "file": svg})
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()


def test_an_oversized_image_upload_is_refused_with_a_clear_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    from tests.factories.home import ImageFactory

    big = ImageFactory(title="Big")  # a real JPEG larger than 1 KB
    upload = SimpleUploadedFile("big.jpg", big.file.read(), content_type="image/jpeg")
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Big upload", "file": upload})
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()


def test_an_html_document_upload_is_refused(admin_client):
    page = SimpleUploadedFile("report.html", b"<script>alert(1)</script>", content_type="text/html")
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Report", "file": page})
    assert response.status_code == 200
    assert get_document_model().objects.count() == 0


@pytest.mark.parametrize("name", ["old-report.html", "old-chart.svg"])
def test_a_document_that_could_run_script_is_served_as_an_attachment(client, home_page, name):
    document = get_document_model().objects.create(
        title="Legacy", file=ContentFile(b"<svg><script>alert(1)</script></svg>", name=name)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_dashboard_lists_my_drafts_and_scheduled_pages(admin_client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Draft about SOCSO")
    draft.title = "Draft about SOCSO, revised"
    draft.save_revision(user=admin_client.user)
    scheduled = StandardPageFactory(parent=home_page, title="Launch of the mapping guide", publish=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=admin_client.user).publish()
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    drafts = html[html.index('id="my-drafts-section"') :]
    assert "Draft about SOCSO, revised" in drafts
    schedule = html[html.index('id="scheduled-section"') :]
    assert "Launch of the mapping guide" in schedule


def test_userbar_checker_runs_the_content_rules(admin_client, home_page):
    html = admin_client.get("/en/").content.decode()
    for rule in ("alt-text-quality", "image-alt", "heading-order", "link-name", "page-has-heading-one"):
        assert f"&quot;{rule}&quot;" in html or f'"{rule}"' in html, rule


def test_an_image_block_without_alt_text_is_refused_unless_decorative():
    from django.core.exceptions import ValidationError

    from core.blocks import CaptionedImageBlock
    from tests.factories.home import ImageFactory

    block = CaptionedImageBlock()
    image = ImageFactory()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "decorative": False, "alt_text": ""}}))
    block.clean(block.to_python({"image": {"image": image.pk, "decorative": True, "alt_text": ""}}))
    block.clean(
        block.to_python({"image": {"image": image.pk, "decorative": False, "alt_text": "Two trainers"}})
    )


def test_a_scheduled_page_goes_live_only_when_publish_scheduled_runs_after_its_time(
    client, home_page, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.management import call_command

    go_live = timezone.now() + datetime.timedelta(minutes=5)
    page = StandardPageFactory(parent=home_page, title="Launch of the mapping guide", publish=False)
    page.go_live_at = go_live
    page.save_revision().publish()
    assert client.get("/en/launch-of-the-mapping-guide/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert client.get("/en/launch-of-the-mapping-guide/").status_code == 404  # not yet time

    later = go_live + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # the clock moves past the go-live time
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert client.get("/en/launch-of-the-mapping-guide/").status_code == 200
