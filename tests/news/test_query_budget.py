"""The news index and a story page run the same number of queries with 12 or 200 stories.

Baseline (measured on SQLite and PostgreSQL): the numbers are printed with
`pytest -s`; what matters is that they do not grow with the number of
stories, because images, renditions and topics are fetched for a whole page
of stories at once.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.home import ImageFactory
from tests.factories.news import NewsStoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]


def add_stories(index, topics, image, count, start):
    for number in range(start, start + count):
        NewsStoryPageFactory(
            parent=index,
            slug=f"story-{number}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            topics=[topics["recruitment"], topics["health"]],
            hero_image=image,
        )


def count_queries(client, url):
    client.get(url)  # renditions are created on the first view; count a warm page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_index_and_story_query_counts_do_not_grow_with_stories(client, news_index, event_story, topics):
    image = ImageFactory(title="Shared", description="A picture")
    add_stories(news_index, topics, image, 11, 0)  # 12 with event_story
    few = {
        "index": count_queries(client, "/en/news/"),
        "filtered": count_queries(client, "/en/news/?topic=ethical-recruitment&year=2020"),
        "story": count_queries(client, event_story.url),
    }
    add_stories(news_index, topics, image, 188, 11)  # 200
    many = {
        "index": count_queries(client, "/en/news/"),
        "filtered": count_queries(client, "/en/news/?topic=ethical-recruitment&year=2020"),
        "story": count_queries(client, event_story.url),
    }
    print(f"\nqueries with 12 stories: {few}; with 200 stories: {many}")
    assert many == few
    # With fragments off (as here), the index reads its page's ids, then those stories for their cards.
    assert few["index"] <= 26
    assert few["story"] <= 35
