"""A worker does its first request's one-off work while it starts (core/warm_up.py)."""

import pytest
from django.template import engines

from core.warm_up import warm_up


@pytest.mark.django_db
def test_the_warm_up_reads_no_database_and_compiles_the_pages_templates(django_assert_num_queries):
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()  # as in a new process
    with django_assert_num_queries(0):  # safe before migrations, and before a server forks
        warm_up()
    # The cached loader now holds the templates readers' pages are made of.
    cached = set(loader.get_template_cache)
    assert {"base.html", "news/news_story_page.html", "includes/footer.html"} <= cached
