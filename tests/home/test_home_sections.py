"""The home page gathers the latest stories, the next events and the campaign."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsStoryPage
from tests.factories.campaigns import CampaignPageFactory
from tests.factories.home import ImageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.news.conftest import schedule_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def section(html, section_id):
    start = html.index(f'id="{section_id}"')
    return html[start : html.index("</section>", start)]


def test_latest_three_stories_newest_first(client, news_index):
    for number in range(5):
        NewsStoryPageFactory(parent=news_index, title=f"Story number {number}")
    latest = section(client.get("/en/").content.decode(), "latest-stories")
    assert "Story number 4" in latest
    assert latest.index("Story number 4") < latest.index("Story number 3") < latest.index("Story number 2")
    assert "Story number 1" not in latest
    assert 'href="/en/news/"' in latest


def test_upcoming_events_list_future_schedule_rows_only(client, news_index):
    NewsStoryPageFactory(
        parent=news_index,
        title="Past workshops",
        kind=NewsStoryPage.Kind.EVENT,
        body=[("event_schedule", schedule_value(past=True))],
    )
    NewsStoryPageFactory(
        parent=news_index,
        title="Coming workshops",
        kind=NewsStoryPage.Kind.EVENT,
        body=[("event_schedule", schedule_value(past=False))],
    )
    events = section(client.get("/en/").content.decode(), "upcoming-events")
    assert events.count("Coming workshops") == 2  # both future rows
    assert "Past workshops" not in events
    assert events.index("Kuala Lumpur") < events.index("Kota Kinabalu")  # soonest first


def test_no_upcoming_events_says_so(client, news_index):
    events = section(client.get("/en/").content.decode(), "upcoming-events")
    assert "No events are scheduled" in events


def test_campaign_is_promoted(client, home_page):
    CampaignPageFactory(parent=home_page, title="Dari Dapur", slug="dari-dapur")
    promo = section(client.get("/en/").content.decode(), "campaign-promo")
    assert 'href="/en/dari-dapur/"' in promo


def home_queries(client):
    client.get("/en/")  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    return len(queries)


def test_home_page_queries_do_not_grow_with_stories(client, news_index):
    image = ImageFactory()
    for _number in range(3):
        NewsStoryPageFactory(parent=news_index, hero_image=image, kind=NewsStoryPage.Kind.EVENT)
    few = home_queries(client)
    for _number in range(27):
        NewsStoryPageFactory(parent=news_index, hero_image=image, kind=NewsStoryPage.Kind.EVENT)
    assert home_queries(client) == few
