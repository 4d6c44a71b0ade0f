"""RSS 2.0 and Atom feeds per language and per topic, linked from every news page."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories.home import ImageFactory, OrganisationProfileFactory
from tests.factories.news import NewsStoryPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def stories(news_index, topics):
    image = ImageFactory(title="Feed image", description="A picture")
    return [
        NewsStoryPageFactory(
            parent=news_index,
            title="Health checks",
            date=datetime.date(2023, 7, 1),
            summary="Assessments at the centre.",
            topics=[topics["health"], topics["recruitment"]],
            hero_image=image,
        ),
        NewsStoryPageFactory(
            parent=news_index,
            title="Training",
            date=datetime.date(2023, 6, 1),
            topics=[topics["recruitment"]],
        ),
    ]


def test_rss_feed_parses_with_items_and_fields(client, stories):
    response = client.get("/en/news/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314  our own feed
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Health checks", "Training"]
    first = items[0]
    assert first.findtext("link") == "http://testserver/en/news/health-checks/"
    assert first.findtext("description") == "Assessments at the centre."
    assert first.findtext("pubDate") == "Sat, 01 Jul 2023 00:00:00 +0800"
    assert sorted(category.text for category in first.findall("category")) == [
        "Ethical recruitment",
        "Migration health",
    ]
    enclosure = first.find("enclosure")
    assert enclosure.get("type") == "image/jpeg"
    assert enclosure.get("url").startswith("http://testserver/media/images/")
    assert int(enclosure.get("length")) > 0
    assert items[1].find("enclosure") is None


def test_atom_feed_parses_with_items_and_fields(client, stories):
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314  our own feed
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    entry = entries[0]
    assert entry.findtext(f"{ATOM}title") == "Health checks"
    assert (
        entry.find(f"{ATOM}link[@rel='alternate']").get("href") == "http://testserver/en/news/health-checks/"
    )
    assert entry.findtext(f"{ATOM}summary") == "Assessments at the centre."
    assert entry.findtext(f"{ATOM}published").startswith("2023-07-01T00:00:00+08:00")
    assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == {
        "Ethical recruitment",
        "Migration health",
    }
    assert entry.find(f"{ATOM}link[@rel='enclosure']").get("type") == "image/jpeg"


def test_topic_feeds_list_only_that_topic(client, stories):
    rss = ET.fromstring(client.get("/en/news/topic/migration-health/feed/rss/").content)  # noqa: S314  our own feed
    assert [item.findtext("title") for item in rss.iter("item")] == ["Health checks"]
    assert rss.find("channel").findtext("title") == "News: Migration health | IOM Malaysia"
    atom = ET.fromstring(client.get("/en/news/topic/ethical-recruitment/feed/atom/").content)  # noqa: S314  our own feed
    assert len(atom.findall(f"{ATOM}entry")) == 2


def test_unknown_topic_feed_is_404(client, stories):
    assert client.get("/en/news/topic/nope/feed/rss/").status_code == 404


def test_feeds_are_per_language(client, stories, news_index, translate_now, locales):
    translate_now(news_index.get_parent().specific, [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    translate_now(stories[1], [locales["ms"]])
    rss = ET.fromstring(client.get("/ms/news/feed/rss/").content)  # noqa: S314  our own feed
    assert rss.find("channel").findtext("language") == "ms"
    links = [item.findtext("link") for item in rss.iter("item")]
    assert links == ["http://testserver/ms/news/training/"]


def test_news_pages_link_their_feeds(client, stories):
    for url in ["/en/news/", "/en/news/health-checks/", "/en/news/media/"]:
        html = client.get(url).content.decode()
        rss = 'type="application/rss+xml" title="News: RSS feed" href="/en/news/feed/rss/"'
        assert f'<link rel="alternate" {rss}>' in html
        assert 'type="application/atom+xml"' in html


def test_feeds_say_whose_news_they_are(client, stories):
    OrganisationProfileFactory(name="International Organization for Migration", office_name="Sabah")
    rss = ET.fromstring(client.get("/en/news/feed/rss/").content)  # noqa: S314  our own feed
    assert rss.find("channel").findtext("title") == "News | International Organization for Migration – Sabah"
    atom = ET.fromstring(client.get("/en/news/feed/atom/").content)  # noqa: S314  our own feed
    assert atom.findtext(f"{ATOM}title") == "News | International Organization for Migration – Sabah"
    assert (
        atom.find(f"{ATOM}author").findtext(f"{ATOM}name")
        == "International Organization for Migration – Sabah"
    )


def test_atom_feed_has_every_element_rfc_4287_requires(client, stories):
    """A feed: id, title, updated and an author (its entries name none); each entry: id, title,
    updated and a link (it has no content element, so an alternate link is required)."""
    atom = ET.fromstring(client.get("/en/news/feed/atom/").content)  # noqa: S314  our own feed
    for element in ["id", "title", "updated", "author/{http://www.w3.org/2005/Atom}name"]:
        assert (atom.findtext(f"{ATOM}{element}") or "").strip(), element
    entries = atom.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for element in ["id", "title", "updated"]:
            assert (entry.findtext(f"{ATOM}{element}") or "").strip(), element
        assert (
            entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http://testserver/en/news/")
        )
    assert len({entry.findtext(f"{ATOM}id") for entry in entries}) == len(entries)
