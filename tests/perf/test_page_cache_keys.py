"""Cached copies differ only by what changes the page: unused query parameters add no entry."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches

from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

ROOT = Path(__file__).resolve().parents[2]
APPS = ("home", "news", "campaigns", "stats", "perf")
# Parameters read by views the page cache never stores (the admin).
ADMIN_ONLY = {"locale"}  # home/translation_status.py


@pytest.fixture
def stored_entries(monkeypatch):
    """The page cache's entry keys written from now on, in order."""
    cache = caches["default"]
    keys = []
    set_entry = cache.set

    def recording(key, *args, **kwargs):
        if key.startswith("pagecache:entry:"):
            keys.append(key)
        return set_entry(key, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording)
    return keys


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    for n in range(13):  # more than one page of stories
        NewsStoryPageFactory(parent=index, title=f"Story {n}", slug=f"story-{n}")
    return index


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
def test_campaign_parameters_share_the_page_entry(client, news, stored_entries):
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"
    assert len(stored_entries) == 1
    for query in ("?utm_source=newsletter", "?utm_source=facebook&fbclid=abc", "?utm_medium=email&x=1"):
        response = client.get("/en/news/" + query)
        assert response.status_code == 200 and response["X-Page-Cache"] == "hit", query
    assert len(stored_entries) == 1  # no new entry for any of them


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
def test_a_parameter_the_page_reads_gets_its_own_entry(client, news, stored_entries):
    first = client.get("/en/news/").content
    second_page = client.get("/en/news/?page=2&utm_source=newsletter")
    assert second_page["X-Page-Cache"] == "miss" and second_page.content != first
    assert client.get("/en/news/?utm_campaign=x&page=2")["X-Page-Cache"] == "hit"
    assert client.get("/en/news/?kind=event")["X-Page-Cache"] == "miss"
    assert len(set(stored_entries)) == 3


def read_parameters():
    """Names passed to request.GET.get / getlist / [] in the apps' code."""
    pattern = re.compile(r"""\.GET(?:\.get|\.getlist|\.__getitem__)?[(\[]\s*["']([\w-]+)["']""")
    names = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            for name in pattern.findall(path.read_text(encoding="utf-8")):
                names.setdefault(name, path.relative_to(ROOT))
    return names


def test_every_query_parameter_a_page_reads_is_in_the_cache_key():
    read = read_parameters()
    assert "page" in read and "q" in read  # the scan finds the views' parameters
    known = ADMIN_ONLY | set(settings.PAGE_CACHE_QUERY_PARAMETERS)
    missing = {name: str(path) for name, path in read.items() if name not in known}
    assert not missing, f"add to PAGE_CACHE_QUERY_PARAMETERS: {missing}"
