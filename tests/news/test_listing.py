"""The news index: newest first, 12 a page, filters that combine, and bad values that never crash."""

import datetime
import re

import pytest

from tests.factories.news import NewsStoryPageFactory

pytestmark = pytest.mark.django_db


def cards(response):
    """(address, title) of each story card on the listing, in order."""
    card_title = r'class="story-card__title"[^>]*><a href="([^"]+)">([^<]+)</a>'
    return re.findall(card_title, response.content.decode())


def titles(response):
    return [title for _address, title in cards(response)]


def test_lists_newest_first_twelve_per_page(client, news_index):
    for day in range(15):
        NewsStoryPageFactory(parent=news_index, title=f"Story {day:02}", date=datetime.date(2023, 1, 1 + day))
    first = client.get("/en/news/")
    assert first.status_code == 200
    assert titles(first) == [f"Story {day:02}" for day in range(14, 2, -1)]
    html = first.content.decode()
    assert "Page 1 of 2" in html
    assert 'rel="next" href="?page=2"' in html
    second = client.get("/en/news/", {"page": 2})
    assert titles(second) == ["Story 02", "Story 01", "Story 00"]


def test_cards_show_date_kind_summary_and_topics(client, news_index, topics):
    NewsStoryPageFactory(
        parent=news_index,
        title="Guide launched",
        kind="press_release",
        date=datetime.date(2023, 5, 31),
        summary="A tool for businesses.",
        topics=[topics["recruitment"]],
    )
    html = client.get("/en/news/").content.decode()
    assert '<a href="/en/news/guide-launched/">Guide launched</a>' in html
    assert '<time datetime="2023-05-31">' in html
    assert "Press release" in html
    assert "A tool for businesses." in html
    assert "Ethical recruitment" in html


@pytest.fixture
def mixed_stories(news_index, topics):
    make = NewsStoryPageFactory
    return [
        make(parent=news_index, title="Recruit 2023 news", kind="news", date=datetime.date(2023, 3, 1),
             topics=[topics["recruitment"]]),
        make(parent=news_index, title="Recruit 2022 release", kind="press_release",
             date=datetime.date(2022, 3, 1), topics=[topics["recruitment"]]),
        make(parent=news_index, title="Health 2023 release", kind="press_release",
             date=datetime.date(2023, 4, 1), topics=[topics["health"]]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "ethical-recruitment"}, ["Recruit 2023 news", "Recruit 2022 release"]),
        ({"kind": "press_release"}, ["Health 2023 release", "Recruit 2022 release"]),
        ({"year": "2022"}, ["Recruit 2022 release"]),
        ({"topic": "ethical-recruitment", "kind": "press_release"}, ["Recruit 2022 release"]),
        ({"kind": "press_release", "year": "2023"}, ["Health 2023 release"]),
        ({"topic": "migration-health", "year": "2022"}, []),
    ],
)
def test_filters_and_their_combinations(client, mixed_stories, query, expected):
    response = client.get("/en/news/", query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_active_filters_are_shown_and_removable(client, mixed_stories):
    html = client.get("/en/news/", {"topic": "ethical-recruitment", "kind": "press_release"}).content.decode()
    # Removing the topic keeps the kind, and the other way round.
    assert 'href="/en/news/?kind=press_release" class="active-filters__remove">Topic: ' in html
    assert 'href="/en/news/?topic=ethical-recruitment" class="active-filters__remove">Kind: ' in html
    assert "Clear all filters" in html
    # The form keeps what was chosen.
    assert '<option value="press_release" selected>' in html


def test_pagination_links_keep_the_filters(client, news_index, topics):
    for day in range(13):
        NewsStoryPageFactory(
            parent=news_index, date=datetime.date(2023, 2, 1 + day), topics=[topics["health"]]
        )
    html = client.get("/en/news/", {"topic": "migration-health"}).content.decode()
    assert 'href="?topic=migration-health&amp;page=2"' in html


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "nope"},
        {"year": "abc"},
        {"year": "1999"},
        {"kind": "<script>"},
        {"topic": "ethical-recruitment", "year": "99999999999999999999"},
    ],
)
def test_bad_filter_values_give_an_empty_list_and_a_message(client, mixed_stories, query):
    response = client.get("/en/news/", query)
    assert response.status_code == 200
    assert titles(response) == []
    assert "This filter was not understood" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1e9"])
def test_bad_page_numbers_give_the_nearest_page(client, mixed_stories, page):
    response = client.get("/en/news/", {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_listing_shows_only_the_active_languages_stories(client, news_index, translate_now, locales):
    story = NewsStoryPageFactory(parent=news_index, title="Only in English")
    translate_now(news_index.get_parent().specific, [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    assert titles(client.get("/ms/news/")) == []
    translate_now(story, [locales["ms"]])
    assert titles(client.get("/ms/news/")) == ["Only in English"]  # synced, not yet translated
    assert cards(client.get("/ms/news/"))[0][0].startswith("/ms/news/")  # the Malay copy


def test_page_counts_follow_the_filters(client, news_index, topics):
    for day in range(13):
        NewsStoryPageFactory(parent=news_index, date=datetime.date(2023, 3, 1 + day))
    for day in range(12):
        NewsStoryPageFactory(
            parent=news_index, date=datetime.date(2022, 3, 1 + day), topics=[topics["health"]]
        )

    def listing(**filters):
        return client.get("/en/news/", filters).content.decode()

    pages = {
        "all": listing(),
        "2023": listing(year="2023"),
        "2022": listing(year="2022"),
        "2022 and a topic": listing(year="2022", topic="migration-health"),
        "2023 and a topic": listing(year="2023", topic="migration-health"),
    }
    assert "Page 1 of 3" in pages["all"]
    assert "Page 1 of 2" in pages["2023"]
    assert "Page 1 of" not in pages["2022"]  # twelve stories: one page, no pagination
    assert "Page 1 of" not in pages["2022 and a topic"]
    assert "Page 1 of" not in pages["2023 and a topic"]
    last = client.get("/en/news/", {"year": "2023", "page": 2})
    assert len(cards(last)) == 1


def canonical_and_robots(html):
    """The canonical address and the robots directive a search engine reads (None where absent)."""
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    robots = re.search(r'<meta name="robots" content="([^"]+)">', html)
    return (canonical and canonical.group(1), robots and robots.group(1))


def test_each_page_of_the_listing_is_its_own_canonical_address(client, news_index):
    for day in range(13):
        NewsStoryPageFactory(parent=news_index, date=datetime.date(2023, 2, 1 + day))
    assert canonical_and_robots(client.get("/en/news/").content.decode()) == (
        "http://testserver/en/news/",
        None,
    )
    second = client.get("/en/news/", {"page": "2", "utm_source": "newsletter"}).content.decode()
    assert canonical_and_robots(second) == ("http://testserver/en/news/?page=2", None)
    beyond = client.get("/en/news/", {"page": "99"}).content.decode()  # shows page 2, so names page 2
    assert canonical_and_robots(beyond) == ("http://testserver/en/news/?page=2", None)


@pytest.mark.parametrize(
    "query",
    [{"topic": "migration-health"}, {"year": "2023", "page": "2"}, {"kind": "news"}, {"topic": "nope"}],
)
def test_filtered_listings_are_not_indexed_and_name_no_canonical(client, news_index, topics, query):
    NewsStoryPageFactory(parent=news_index, date=datetime.date(2023, 2, 1), topics=[topics["health"]])
    assert canonical_and_robots(client.get("/en/news/", query).content.decode()) == (None, "noindex, follow")
