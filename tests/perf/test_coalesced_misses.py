"""After a purge, readers arriving together share one render of the page, and none waits for long.

Readers are threads with their own database connections, so the content is
committed (a transactional test) and the page cache is the test settings' file
cache, which every thread shares as app servers share Redis.

A transactional test empties the tables when it ends and puts back the
migrations' rows from a copy (serialized_rollback). Run with `--reuse-db`, the
test database keeps no other content afterwards; pytest-django runs these
tests after every other database test.
"""

import threading
import time

import pytest
from django.db import connection
from django.test import Client

from home.models import HomePage
from news.models import NewsStoryPage
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("page_cache"),
]

READERS = 4


def read(url, responses, index, barrier=None):
    try:
        if barrier is not None:
            barrier.wait(timeout=30)
        responses[index] = Client().get(url)
    finally:
        connection.close()  # each thread's own connection


def start_readers(url, readers=READERS):
    """(threads, their responses once joined): anonymous readers asking for `url` at the same moment."""
    barrier = threading.Barrier(readers)
    responses = [None] * readers
    threads = [threading.Thread(target=read, args=(url, responses, i, barrier)) for i in range(readers)]
    for thread in threads:
        thread.start()
    return threads, responses


def read_together(url, readers=READERS):
    threads, responses = start_readers(url, readers)
    for thread in threads:
        thread.join(timeout=60)
    return responses


@pytest.fixture
def story(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsStoryPageFactory(parent=index, title="Original headline", slug="story")


@pytest.fixture
def slow_story_render(monkeypatch):
    """Stories take half a second to serve: every reader arrives while the first render runs."""
    serve = NewsStoryPage.serve

    def slow_serve(self, request, *args, **kwargs):
        time.sleep(0.5)
        return serve(self, request, *args, **kwargs)

    monkeypatch.setattr(NewsStoryPage, "serve", slow_serve)


@pytest.fixture
def stuck_reader(monkeypatch):
    """Start a reader whose render of a page below the home page hangs until released.

    Returns start(url) -> (finished event, release event).
    """
    route = HomePage.route
    stuck_thread = {}
    rendering = threading.Event()
    release = threading.Event()

    def hanging_route(self, request, path_components):
        if threading.current_thread() is stuck_thread.get("thread"):
            rendering.set()
            release.wait(timeout=20)
        return route(self, request, path_components)

    monkeypatch.setattr(HomePage, "route", hanging_route)
    started = []

    def start(url):
        finished = threading.Event()
        responses = [None]

        def run():
            read(url, responses, 0)
            finished.set()

        thread = threading.Thread(target=run)
        stuck_thread["thread"] = thread
        thread.start()
        assert rendering.wait(timeout=20), "the stuck reader never started rendering"
        started.append(thread)
        return finished, release

    yield start
    release.set()
    for thread in started:
        thread.join(timeout=30)


def test_readers_arriving_together_after_a_correction_share_one_render(client, story, slow_story_render):
    assert client.get(story.url)["X-Page-Cache"] == "miss"
    story.title = "Corrected headline"
    story.save_revision().publish()  # purges the story

    responses = read_together(story.url)

    assert [response.status_code for response in responses] == [200] * READERS
    assert sorted(response["X-Page-Cache"] for response in responses) == ["hit"] * (READERS - 1) + ["miss"]
    assert all("Corrected headline" in response.content.decode() for response in responses)


def test_readers_waiting_on_a_render_that_a_purge_made_stale_share_one_new_render(
    settings, client, story, stuck_reader
):
    settings.PAGE_CACHE_COALESCE_WAIT = 30
    finished, release = stuck_reader(story.url)  # renders the original story, then hangs
    story.title = "Corrected headline"
    story.save_revision().publish()  # purged while that render runs

    threads, responses = start_readers(story.url)
    time.sleep(0.5)  # the readers find the render under way and wait for it
    release.set()
    for thread in threads:
        thread.join(timeout=60)

    assert finished.wait(timeout=30)
    assert sorted(response["X-Page-Cache"] for response in responses) == ["hit"] * (READERS - 1) + ["miss"]
    assert all("Corrected headline" in response.content.decode() for response in responses)


def test_with_coalescing_off_each_reader_renders_for_itself(settings, story, slow_story_render):
    settings.PAGE_CACHE_COALESCE_WAIT = 0

    responses = read_together(story.url)

    assert [response["X-Page-Cache"] for response in responses] == ["miss"] * READERS


def test_readers_of_an_uncacheable_page_do_not_queue_behind_one_another(
    settings, client, home_page, stuck_reader
):
    settings.PAGE_CACHE_COALESCE_WAIT = 30  # longer than the stuck render: waiting would show
    assert client.get("/en/no-such-page/").status_code == 404  # an error page is never cached

    finished, release = stuck_reader("/en/no-such-page/")
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert not finished.is_set(), "the second reader waited for the first one's render"
    release.set()
    assert finished.wait(timeout=30)


def test_a_reader_stops_waiting_for_a_stuck_render_after_the_coalesce_wait(
    settings, client, story, stuck_reader
):
    settings.PAGE_CACHE_COALESCE_WAIT = 0.2

    finished, release = stuck_reader(story.url)
    response = client.get(story.url)

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"  # rendered for itself after the wait
    assert "Original headline" in response.content.decode()
    assert not finished.is_set()
    release.set()
    assert finished.wait(timeout=30)
