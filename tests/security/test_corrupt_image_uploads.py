"""A damaged image upload is a form error, never a 500, and nothing is saved (core/forms.py).

A truncated JPEG and a GIF whose header is valid but whose body is garbage,
uploaded by a signed-in Editor through every admin view that creates images.
"""

import io
import json

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

UNREADABLE = "could not be read as an image"


def jpeg_bytes():
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 64).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


def truncated_jpeg():
    return SimpleUploadedFile("photo.jpg", jpeg_bytes()[:300], content_type="image/jpeg")


def jpeg_cut_midway():
    """Its header (and size) intact, half its pixels missing."""
    data = jpeg_bytes()
    return SimpleUploadedFile("photo.jpg", data[: len(data) // 2], content_type="image/jpeg")


def garbage_gif():
    """A real GIF's header, palette and image descriptor, then garbage instead of its pixels."""
    buffer = io.BytesIO()
    Image.new("P", (16, 16), 1).save(buffer, "GIF")
    sound = buffer.getvalue()
    header = sound[: sound.index(b",", 13) + 10]
    return SimpleUploadedFile("anim.gif", header + b"\xff\xfe garbage" * 20, content_type="image/gif")


def valid_jpeg():
    return SimpleUploadedFile("photo.jpg", jpeg_bytes(), content_type="image/jpeg")


CORRUPT = [
    pytest.param(truncated_jpeg, id="truncated-jpeg"),
    pytest.param(jpeg_cut_midway, id="jpeg-cut-midway"),
    pytest.param(garbage_gif, id="garbage-gif"),
]


@pytest.fixture
def editor_client(client, locales):
    editor = User.objects.create_user("editor", "editor@example.org", "a long enough password 123")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def upload_multiple(client, upload):
    response = client.post(
        "/admin/images/multiple/add/", {"files[]": upload}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200
    return json.loads(response.content)


@pytest.mark.parametrize("make_upload", CORRUPT)
def test_a_damaged_image_is_a_form_error_in_the_multiple_uploader(editor_client, make_upload):
    result = upload_multiple(editor_client, make_upload())
    assert result["success"] is False and UNREADABLE in result["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("make_upload", CORRUPT)
def test_a_damaged_image_is_a_form_error_in_the_single_upload_form(editor_client, make_upload):
    response = editor_client.post("/admin/images/add/", {"title": "Broken", "file": make_upload()})
    assert response.status_code == 200
    assert UNREADABLE in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("make_upload", CORRUPT)
def test_a_damaged_image_is_a_form_error_in_the_choosers_upload(editor_client, make_upload):
    response = editor_client.post(
        "/admin/images/chooser/create/",
        {"image-chooser-upload-title": "Broken", "image-chooser-upload-file": make_upload()},
    )
    assert response.status_code == 200
    assert UNREADABLE in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_sound_image_still_uploads_and_its_details_can_be_edited(editor_client):
    result = upload_multiple(editor_client, valid_jpeg())
    assert result["success"] is True
    image = get_image_model().objects.get()
    response = editor_client.post(
        f"/admin/images/multiple/{image.pk}/",
        {f"image-{image.pk}-title": "Team photo", f"image-{image.pk}-collection": image.collection_id},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert json.loads(response.content)["success"] is True
    image.refresh_from_db()
    assert image.title == "Team photo"
