"""A request finds its page in one query whatever its depth, with Wagtail's own answers
(core/routing.py): sub-routes on the way, missing pages and drafts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    top = StandardPageFactory(parent=home_page, slug="top", title="Top", body=[])
    StandardPageFactory(parent=home_page, slug="leaf", title="Leaf", body=[])
    middle = StandardPageFactory(parent=top, slug="middle", title="Middle", body=[])
    deep = StandardPageFactory(parent=middle, slug="deep", title="Deep", body=[])
    StandardPageFactory(parent=middle, slug="draft", title="Draft", live=False, publish=False)
    news = NewsIndexPageFactory(parent=home_page)
    NewsStoryPageFactory(parent=news, slug="clinic", title="Clinic opens")
    return {"top": top, "deep": deep}


def status(client, path):
    return client.get(path).status_code


def test_pages_sub_routes_missing_pages_and_drafts_answer_as_before(client, tree):
    assert status(client, "/en/top/") == 200
    assert status(client, "/en/top/middle/deep/") == 200
    assert status(client, "/en/news/clinic/") == 200
    assert status(client, "/en/news/feed/rss/") == 200  # a sub-route of the news index on the way
    assert status(client, "/en/top/middle/draft/") == 404
    assert status(client, "/en/top/middle/missing/") == 404
    assert status(client, "/en/top/missing/deep/") == 404
    assert status(client, "/en/top/middle/deep/beyond/") == 404


def test_a_page_three_levels_down_costs_the_queries_of_one_level_down(client, tree):
    def queries(path):
        client.get(path)  # renditions, content types
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    assert queries("/en/top/middle/deep/") == queries("/en/leaf/")  # neither lists children
