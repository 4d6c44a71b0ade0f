"""Sharing and search metadata: JSON-LD, meta description, Open Graph, sitemap with hreflang, robots.txt."""

import datetime
import re
import xml.etree.ElementTree as ET
import zoneinfo

import pytest

from news.models import NewsStoryPage
from tests.factories.home import StandardPageFactory, translate_text_as_is
from tests.news.conftest import timed_schedule
from tests.page_html import json_ld

pytestmark = pytest.mark.django_db


def test_news_article_json_ld(client, event_story):
    html = client.get("/en/news/sme-training/").content.decode()
    article = json_ld(html)[0]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "SME training on ethical recruitment"
    assert article["datePublished"] == "2023-06-15T00:00:00+08:00"
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$", article["dateModified"])
    assert article["inLanguage"] == "en"
    assert article["publisher"]["@type"] == "Organization"
    assert len(article["image"]) == 3
    assert [re.search(r"fill-(\d+x\d+)", url).group(1) for url in article["image"]] == [
        "1200x1200",
        "1200x900",
        "1200x675",
    ]
    assert all(url.startswith("http://testserver/") and url.endswith(".jpg") for url in article["image"])


def test_one_event_per_schedule_row(client, event_story):
    events = [
        item for item in json_ld(client.get(event_story.url).content.decode()) if item["@type"] == "Event"
    ]
    assert len(events) == 2
    first = events[0]
    assert first["startDate"] == "2023-05-22"
    assert first["endDate"] == "2023-05-23"
    assert first["location"]["@type"] == "Place"
    assert first["location"]["name"] == "M Resort & Hotel"
    assert first["location"]["address"]["addressLocality"] == "Kuala Lumpur"
    assert first["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert first["organizer"]["@type"] == "Organization"
    assert first["image"] == json_ld(client.get(event_story.url).content.decode())[0]["image"]
    assert "offers" not in first  # every session is over: registration is closed


def test_events_ahead_offer_registration_with_times_and_address(client, event_story):
    schedule = timed_schedule()
    event_story.body = [("event_schedule", schedule)]
    event_story.save_revision().publish()
    first, second = [
        item for item in json_ld(client.get(event_story.url).content.decode()) if item["@type"] == "Event"
    ]
    year = schedule["rows"][0]["start_date"].year
    assert first["startDate"] == f"{year}-05-22T09:00:00+08:00"
    assert first["endDate"] == f"{year}-05-23T17:00:00+08:00"
    assert first["location"]["address"]["streetAddress"] == "Jalan Dutamas 1"
    assert second["startDate"] == f"{year}-09-13"  # no times: whole days
    offer = first["offers"]
    assert offer["url"] == "https://example.org/register/sme-training"
    assert offer["availability"] == "https://schema.org/InStock"
    assert datetime.datetime.fromisoformat(offer["validFrom"]).date() == event_story.date


def test_json_ld_cannot_break_out_of_its_script(client, news_index):
    from tests.factories.news import NewsStoryPageFactory

    story = NewsStoryPageFactory(parent=news_index, title="</script><script>alert(1)</script>", slug="x")
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["headline"] == "</script><script>alert(1)</script>"


def test_story_meta_description_canonical_and_open_graph(client, event_story):
    html = client.get(event_story.url).content.decode()
    assert '<meta name="description" content="Trainings for SMEs across Malaysia.">' in html
    assert '<link rel="canonical" href="http://testserver/en/news/sme-training/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', html)
    assert '<meta property="og:image:alt" content="Employers at a training workshop">' in html


def test_sitemap_lists_every_language_with_hreflang(
    client, translated_home, news_index, event_story, translate_now, locales
):
    translate_now(news_index, [locales["ms"], locales["ar"]])
    translate_now(event_story, [locales["ms"]])
    translate_text_as_is(news_index, ["ms", "ar"])
    translate_text_as_is(event_story, ["ms"])
    StandardPageFactory(parent=translated_home["en"], title="Only English")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)  # noqa: S314  our own feed
    urls = {url.findtext("s:loc", namespaces=ns): url for url in root.findall("s:url", ns)}
    assert "http://testserver/ms/news/sme-training/" in urls
    assert "http://testserver/ar/" in urls
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls["http://testserver/ms/news/sme-training/"].findall("x:link", ns)
    }
    assert alternates == {
        "en": "http://testserver/en/news/sme-training/",
        "ms": "http://testserver/ms/news/sme-training/",
        "x-default": "http://testserver/en/news/sme-training/",
    }
    news_alternates = {
        link.get("hreflang") for link in urls["http://testserver/en/news/"].findall("x:link", ns)
    }
    assert news_alternates == {"en", "ms", "ar", "x-default"}
    assert urls["http://testserver/en/only-english/"].findall("x:link", ns) == []


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def published_at(story, first, last):
    """Record that `story` first went out at `first` and its last change at `last` (Kuala Lumpur time)."""
    kuala_lumpur = zoneinfo.ZoneInfo("Asia/Kuala_Lumpur")
    NewsStoryPage.objects.filter(pk=story.pk).update(
        first_published_at=first.replace(tzinfo=kuala_lumpur),
        last_published_at=last.replace(tzinfo=kuala_lumpur),
    )


def test_a_story_changed_after_publication_says_when(client, event_story, translate_now, locales):
    translate_now(event_story.get_parent(), [locales["ms"]])
    translate_now(event_story, [locales["ms"]])
    malay = event_story.get_translation(locales["ms"])
    for story in (event_story, malay):
        published_at(story, datetime.datetime(2023, 6, 15, 10), datetime.datetime(2023, 6, 20, 9, 30))
    html = client.get(event_story.url).content.decode()
    assert '<span class="story__updated">Updated on 20 June 2023</span>' in html
    assert json_ld(html)[0]["dateModified"] == "2023-06-20T09:30:00+08:00"
    assert "Dikemas kini pada 20 Jun 2023" in client.get(malay.url).content.decode()


def test_changes_on_the_day_a_story_went_out_are_not_an_update(client, event_story):
    published_at(event_story, datetime.datetime(2023, 6, 15, 10), datetime.datetime(2023, 6, 15, 23, 59))
    html = client.get(event_story.url).content.decode()
    assert "story__updated" not in html
    assert json_ld(html)[0]["dateModified"] == "2023-06-15T23:59:00+08:00"
