"""The press room: media contacts prominent on press releases and the media page, in the reader's language."""

import pytest

from news.models import MediaContact
from tests.factories.news import MediaContactFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db


def test_press_release_shows_its_media_contact_before_the_story(client, news_index, contact):
    NewsStoryPageFactory(
        parent=news_index, slug="release", kind="press_release", media_contact=contact,
        body=[("paragraph", "<p>Body text.</p>")],
    )  # fmt: skip
    html = client.get("/en/news/release/").content.decode()
    assert "media-contact--prominent" in html
    assert html.index("Aisha Rahman") < html.index("Body text.")
    assert '<a href="tel:+60312345678" dir="ltr">+60 3 1234 5678</a>' in html
    assert '<a href="mailto:press@example.org">press@example.org</a>' in html
    assert "<form" not in html.split('class="story__press"')[1].split("</aside>")[0]


def test_media_page_lists_contacts_and_press_releases(client, news_index, contact):
    MediaContactFactory(name="Jean-Philippe Chauzy", organisation="IOM Geneva", phone="+41 22 717 93 61")
    NewsStoryPageFactory(parent=news_index, title="Minister meets Director General", kind="press_release")
    NewsStoryPageFactory(parent=news_index, title="Ordinary news", kind="news")
    response = client.get("/en/news/media/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Press room</h1>" in html
    assert "Aisha Rahman" in html and "Jean-Philippe Chauzy" in html
    assert "+41 22 717 93 61" in html
    assert "Minister meets Director General" in html
    assert "Ordinary news" not in html
    assert 'href="/en/news/media/"' in client.get("/en/news/").content.decode()


def test_media_contact_is_shown_in_the_readers_language(client, news_index, contact, translate_now, locales):
    story = NewsStoryPageFactory(
        parent=news_index, slug="release", kind="press_release", media_contact=contact
    )
    translate_now(news_index.get_parent().specific, [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    translate_now(story, [locales["ms"]])
    translate_now(contact, [locales["ms"]])
    MediaContact.objects.filter(locale=locales["ms"]).update(role="Pegawai Komunikasi")
    assert "Pegawai Komunikasi" in client.get("/ms/news/release/").content.decode()
    assert "Pegawai Komunikasi" in client.get("/ms/news/media/").content.decode()
    assert "Communications Officer" in client.get("/en/news/release/").content.decode()


def test_related_stories_chosen_or_sharing_a_topic(client, news_index, topics):
    from news.models import RelatedStory

    a = NewsStoryPageFactory(parent=news_index, title="Alpha", topics=[topics["health"]])
    b = NewsStoryPageFactory(parent=news_index, title="Beta", topics=[topics["health"]])
    c = NewsStoryPageFactory(parent=news_index, title="Gamma", topics=[topics["recruitment"]])
    html = client.get(a.url).content.decode()
    related = html.split('id="related-heading"')[1]
    assert "Beta" in related and "Gamma" not in related
    RelatedStory.objects.create(story=a, page=c)
    related = client.get(a.url).content.decode().split('id="related-heading"')[1]
    assert "Gamma" in related and "Beta" not in related
    assert b.pk  # used above


def test_the_press_room_names_its_own_address_to_search_engines(client, news_index, contact):
    html = client.get("/en/news/media/", {"topic": "migration-health", "page": "2"}).content.decode()
    assert '<link rel="canonical" href="http://testserver/en/news/media/">' in html
    assert 'name="robots"' not in html
