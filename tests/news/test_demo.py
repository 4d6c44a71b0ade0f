"""The demo news: the seed's stories in every language, a paginated listing, and a menu link."""

import pytest

from news.models import NewsStoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_demo_news_in_every_language(client):
    english = NewsStoryPage.objects.live().filter(locale__language_code="en")
    assert english.count() > 12
    sme = english.get(slug="ethical-recruitment-training-for-smes")
    schedule = sme.schedules()[0][1]
    assert len(schedule["rows"]) == 7
    assert sum(row["sessions"] for row in schedule["rows"]) == 10
    assert all(story.topics.exists() and story.hero_image and story.media_contact for story in english)
    assert english.get(slug="home-affairs-minister-meets-iom-director-general-2009").kind == "press_release"

    html = client.get("/en/news/").content.decode()
    assert 'rel="next"' in html
    assert 'href="/en/news/"' in client.get("/en/").content.decode()  # main menu
    assert NewsStoryPage.objects.filter(slug=sme.slug).count() == 6  # a translation per language
    for code in ["ms", "zh-hans", "ta", "my", "ar"]:
        assert client.get(f"/{code}/news/ethical-recruitment-training-for-smes/").status_code == 200
    media = client.get("/en/news/shifting-narratives-through-media-engagement/").content.decode()
    assert 'href="/en/dari-dapur/"' in media
    malay = client.get("/ms/news/shifting-narratives-through-media-engagement/").content.decode()
    assert "Bengkel ini" in malay  # the demo's Malay text
    assert 'href="/ms/dari-dapur/"' in malay  # the link follows the reader's language
    assert "Jean-Philippe Chauzy" in client.get("/en/news/media/").content.decode()
