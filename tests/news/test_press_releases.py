"""Press releases end with notes to editors; photos are offered to the press with credit and licence."""

import pytest
from django.core.files.storage import default_storage

from tests.factories.home import ImageFactory, OrganisationProfileFactory

pytestmark = pytest.mark.django_db

NOTES = "<p>IOM is the leading inter-governmental organization in the field of migration.</p>"


def press_photo(image, licence="cc-by-4.0"):
    return (
        "photo",
        {
            "image": {"image": image, "alt_text": "Two officials shake hands", "decorative": False},
            "caption": "The minister and the Director General in Geneva, 7 May 2009.",
            "credit": "© IOM 2009 / Jane Doe",
            "licence": licence,
        },
    )


def republish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def section(html, start, end="</section>"):
    if start not in html:
        return None
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


def test_a_press_release_ends_with_notes_to_editors_in_the_readers_language(
    client, event_story, locales, translate_now, translate_strings
):
    profile = OrganisationProfileFactory(notes_to_editors=NOTES)
    assert "Notes to editors" not in client.get(event_story.url).content.decode()  # an event, not a release
    republish(event_story, kind="press_release")
    notes = section(client.get(event_story.url).content.decode(), '<aside class="story__notes"', "</aside>")
    assert '<h2 id="notes-heading">Notes to editors</h2>' in notes
    assert "leading inter-governmental organization" in notes

    translate_now(event_story.get_parent(), [locales["ms"]])
    translate_now(event_story, [locales["ms"]])
    translate_now(profile, [locales["ms"]])
    translate_strings(profile, "ms", {NOTES[3:-4]: "IOM ialah pertubuhan antara kerajaan yang terkemuka."})
    malay = client.get(event_story.get_translation(locales["ms"]).url).content.decode()
    notes = section(malay, '<aside class="story__notes"', "</aside>")
    assert "Nota kepada editor" in notes and "IOM ialah pertubuhan antara kerajaan" in notes


def test_no_notes_to_editors_when_the_profile_has_none(client, event_story):
    OrganisationProfileFactory(notes_to_editors="")
    republish(event_story, kind="press_release")
    assert "story__notes" not in client.get(event_story.url).content.decode()


def test_press_photos_offer_the_original_with_credit_and_licence(client, event_story):
    assert "Photos for the press" not in client.get(event_story.url).content.decode()
    image = ImageFactory(title="Meeting in Geneva")
    republish(event_story, press_photos=[press_photo(image), press_photo(image, licence="news-reporting")])
    photos = section(client.get(event_story.url).content.decode(), '<section class="press-photos"')
    assert '<h2 id="press-photos-heading">Photos for the press</h2>' in photos
    assert photos.count('alt="Two officials shake hands"') == 2
    assert "The minister and the Director General in Geneva, 7 May 2009." in photos
    assert "© IOM 2009 / Jane Doe" in photos
    assert (
        '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener">'
        "CC BY 4.0: free to reuse for any purpose, with the credit</a>"
    ) in photos
    assert "Free for news reporting about this story, with the credit" in photos
    download = f'<a class="press-photo__download" href="{image.file.url}" download>Download the original'
    assert photos.count(download) == 2
    assert default_storage.exists(image.file.name)  # the original file itself, not a rendition
    assert (
        f"(PNG, {image.width} × {image.height} px, " in photos
        or f"(JPEG, {image.width} × {image.height} px, " in photos
    )


def test_a_press_photo_whose_image_was_deleted_is_left_out(client, event_story):
    kept, deleted = ImageFactory(title="Kept"), ImageFactory(title="Deleted")
    republish(event_story, press_photos=[press_photo(deleted), press_photo(kept)])
    deleted.delete()
    response = client.get(event_story.url)
    assert response.status_code == 200
    photos = section(response.content.decode(), '<section class="press-photos"')
    assert photos.count('class="press-photo"') == 1 and kept.file.url in photos


def test_a_story_whose_press_photos_are_all_gone_has_no_photo_section(client, event_story):
    image = ImageFactory(title="Gone")
    republish(event_story, press_photos=[press_photo(image)])
    image.delete()
    response = client.get(event_story.url)
    assert response.status_code == 200
    assert "Photos for the press" not in response.content.decode()


def test_a_press_photo_whose_file_is_missing_still_renders(client, event_story):
    image = ImageFactory(title="Missing file")
    republish(event_story, press_photos=[press_photo(image)])
    type(image).objects.filter(pk=image.pk).update(file_size=None)
    default_storage.delete(image.file.name)
    response = client.get(event_story.url)
    assert response.status_code == 200
    assert "Photos for the press" in response.content.decode()
