"""Every public page type costs a fixed number of SQL queries, whatever the volume of content.

Each test renders one page type on a small site (10 stories, 6 recipes, 2
statistics, 2 topics, English only) and again after the site grew (500
stories, 56 recipes, 22 statistics, 22 topics, the home page in every
locale), warm (renditions exist, as after the first visit) with an empty
cache framework (each count is a cold render, not a cached response).
The count must not grow and must stay within the budget below, measured on
SQLite and PostgreSQL; `pytest -s` prints the numbers.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.images import get_image_model

from campaigns.volume import add_recipes
from core.demo_utils import ensure_locales
from core.models import LegalPages
from news.listing import STORIES_PER_PAGE
from news.models import NewsStoryPage
from news.volume import add_stories
from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.history import HistoryPageFactory, timeline_entry
from tests.factories.home import ImageFactory, StandardPageFactory, make_home_page, translate_at_once
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, DatasetFactory, StatisticFactory

pytestmark = pytest.mark.django_db

# Maximum queries per page type (cold render, warm renditions). Every page's footer
# links to the legal pages: 2 queries (the LegalPages setting, then the pages in the
# reader's language), included below. Every page also asks whether its copies in
# other languages are translated yet, for hreflang and the switcher: 2 queries
# (core/translation_state.py), included below; search is not a page.
BUDGETS = {
    # The home page also gathers the latest stories (with topics and images), upcoming
    # event rows, the campaign and the news index: 11 queries on top of the 24 of
    # the page itself, none of them per story.
    "home": 35,
    "standard": 31,
    "history": 30,
    "news_index": 31,
    "news_index_deep": 31,
    "story": 41,
    "campaign": 36,
    "recipe": 38,
    "data": 27,
    "search": 16,
}

# With the page cache bypassed and the fragments warm (core/fragments.py), any page type.
WARM_BUDGET = 20

PATHS = {
    "home": "/en/",
    "standard": "/en/who-we-are/",
    "history": "/en/who-we-are/history/",
    "news_index": "/en/news/",
    "news_index_deep": "/en/news/?page={last_page}",
    "story": "/en/news/lead-story/",
    "campaign": "/en/dari-dapur/",
    "recipe": "/en/dari-dapur/lead-dish/",
    "data": "/en/data/",
    "search": "/en/search/?q=generated+story",
}


def build_small_site(home_page):
    image = ImageFactory(title="Shared picture", description="People at a workshop")
    topics = [TopicFactory(name=f"Topic {n}", slug=f"topic-{n}") for n in range(2)]
    statistics = [StatisticFactory() for _ in range(2)]
    home_page.body = [("statistics_panel", {"heading": "Figures at a glance", "statistics": statistics})]
    home_page.hero_image = image
    home_page.save_revision().publish()
    who = StandardPageFactory(
        parent=home_page, title="Who we are", slug="who-we-are", listing_image=image, body=[]
    )
    HistoryPageFactory(
        parent=who,
        timeline=[
            timeline_entry(2000 + n, f"Entry {n}", image=image, alt_text="Alt", link=who) for n in range(3)
        ],
    )
    news = NewsIndexPageFactory(parent=home_page)
    NewsStoryPageFactory(
        parent=news, title="Lead story", slug="lead-story", topics=topics, hero_image=image, summary="Lead"
    )
    add_stories(news, 9, topics=topics)
    campaign = CampaignPageFactory(parent=home_page, hero_image=image)
    RecipePageFactory(parent=campaign, title="Lead dish", slug="lead-dish", photo=image, tags=["halal"])
    add_recipes(campaign, 5)
    DataPageFactory(parent=home_page)
    DatasetFactory()
    legal = {
        field: StandardPageFactory(parent=home_page, title=field, slug=field.replace("_", "-"))
        for field in ("accessibility_statement", "privacy_notice", "content_licence")
    }
    LegalPages.objects.create(site=home_page.get_site(), **legal)
    return {"home": home_page, "news": news, "campaign": campaign, "topics": topics}


def grow(site):
    """From 10 to 500 stories, and more recipes, statistics, topics and locales."""
    more_topics = [TopicFactory(name=f"Extra topic {n}", slug=f"extra-topic-{n}") for n in range(20)]
    add_stories(site["news"], 490, start=100, topics=site["topics"] + more_topics[:3])
    add_recipes(site["campaign"], 50, start=100)
    for _ in range(20):
        StatisticFactory()
    translate_at_once(site["home"])


def count_queries(client, path):
    client.get(path)  # the first view creates renditions
    cache.clear()
    ContentType.objects.clear_cache()  # as in a fresh process
    get_image_model().get_rendition_model().cache_backend.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def count_warm_queries(client, path):
    """Queries of a render with the page cache bypassed and the fragments warm (core/fragments.py):
    what a search, a filter or a miss costs once the shared fragments are cached."""
    cache.clear()
    with override_settings(FRAGMENT_CACHE_ENABLED=True):
        client.get(path)  # fills the fragments
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def last_page():
    stories = NewsStoryPage.objects.filter(locale__language_code="en").count()
    return max(1, -(-stories // STORIES_PER_PAGE))


def count_every_page_type(client):
    """{page type: (queries with nothing cached, queries with the fragments warm)}."""
    return {
        page_type: (
            count_queries(client, path.format(last_page=last_page())),
            count_warm_queries(client, path.format(last_page=last_page())),
        )
        for page_type, path in PATHS.items()
    }


@pytest.fixture(scope="module")
def query_counts(module_db):
    """Each page type's queries on the small site, then after it grew:
    {page type: ((few, many) with nothing cached, (few, many) with the fragments warm)}.

    Measured once for the module: growing the site is the slow part.
    """
    ensure_locales()
    site = build_small_site(make_home_page())
    client = Client()
    few = count_every_page_type(client)
    grow(site)
    many = count_every_page_type(client)
    return {
        page_type: ((few[page_type][0], many[page_type][0]), (few[page_type][1], many[page_type][1]))
        for page_type in PATHS
    }


@pytest.mark.parametrize("page_type", list(PATHS))
def test_page_query_count_does_not_grow_with_content(query_counts, page_type):
    (few, many), _warm = query_counts[page_type]
    print(f"\n{page_type}: {few} queries with 10 stories, {many} with 500")  # noqa: T201
    # Fewer is allowed: with more content, fallbacks to the default locale and cards without
    # images need fewer queries. More would be an N+1.
    assert many <= few <= BUDGETS[page_type], f"{page_type}: {few} queries with 10 stories, {many} with 500"


@pytest.mark.parametrize("page_type", list(PATHS))
def test_with_fragments_warm_every_page_type_needs_at_most_20_queries(query_counts, page_type):
    _cold, (few, many) = query_counts[page_type]
    print(f"\n{page_type}, fragments warm: {few} queries with 10 stories, {many} with 500")  # noqa: T201
    assert many <= few <= WARM_BUDGET, f"{page_type}: {few} queries with 10 stories, {many} with 500"
