"""Rendering the history page costs the same number of queries for 2 or 12 timeline entries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from tests.factories.history import HistoryPageFactory, timeline_entry
from tests.factories.home import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def build_history(parent, count):
    """A history page whose every entry has its own image and links to its own page."""
    stories = [StandardPageFactory(parent=parent, title=f"Story {count}-{n}") for n in range(count)]
    images = [ImageFactory(title=f"Picture {count}-{n}") for n in range(count)]
    return HistoryPageFactory(
        parent=parent,
        slug=f"history-{count}",
        timeline=[
            timeline_entry(2000 + n, f"Entry {n}", image=images[n], alt_text=f"Alt {n}", link=stories[n])
            for n in range(count)
        ],
    )


def queries_to_render(client, page):
    client.get(page.url)  # the first view creates the image renditions
    # A cold cache, as in a fresh process: renditions must come from one query, not one per image.
    get_image_model().get_rendition_model().cache_backend.clear()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="timeline__link"') == len(page.timeline)
    return len(queries)


def test_history_page_queries_do_not_grow_with_timeline_entries(client, who_we_are):
    """Baseline: 23 queries with a cold cache (SQLite and PostgreSQL), whatever the length.

    Pages and images chosen in entries are loaded in bulk by StreamField, their
    translations in one query and all image renditions in one prefetch.
    """
    few = queries_to_render(client, build_history(who_we_are, 2))
    many = queries_to_render(client, build_history(who_we_are, 12))
    print(f"history page queries: {few} with 2 entries, {many} with 12")
    assert few == many
