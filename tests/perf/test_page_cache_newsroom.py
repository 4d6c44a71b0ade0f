"""The page cache and the newsroom: footers follow the legal pages, the publications feed follows
its publications, and a story's registration closes on time although nothing is published."""

import datetime

import pytest
from django.utils import timezone
from freezegun import freeze_time

from core.models import LegalPages
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsStoryPageFactory, PublicationIndexPageFactory, PublicationPageFactory
from tests.news.conftest import one_row

from .test_page_cache import assert_cached, get, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def legal(home_page, news, on_commit):
    with on_commit():
        privacy = StandardPageFactory(parent=home_page, title="Privacy notice", slug="privacy")
        LegalPages.objects.create(site=home_page.get_site(), privacy_notice=privacy)
    return privacy


def test_renaming_or_unpublishing_a_legal_page_purges_every_footer(client, news, legal, on_commit):
    _index, story = news
    assert "Privacy notice" in text(assert_cached(client, story.url))
    legal.title = "Privacy and cookies"
    with on_commit():
        legal.save_revision().publish()
    assert "Privacy and cookies" in text(get(client, story.url))
    assert_cached(client, story.url)
    with on_commit():
        legal.unpublish()
    assert 'href="/en/privacy/"' not in text(get(client, story.url))


def test_publishing_a_publication_purges_the_library_feed(client, home_page, on_commit):
    with on_commit():
        library = PublicationIndexPageFactory(parent=home_page)
        PublicationPageFactory(parent=library, title="First report")
    feed = f"{library.url}feed/rss/"
    assert "First report" in text(assert_cached(client, feed))
    with on_commit():
        PublicationPageFactory(parent=library, title="Second report")
    assert "Second report" in text(get(client, feed))


def test_a_cached_story_closes_registration_when_its_last_session_ends(client, news, on_commit):
    index, _story = news
    now = timezone.now().replace(second=0, microsecond=0)
    ends = now + datetime.timedelta(minutes=10)
    with on_commit():
        story = NewsStoryPageFactory(
            parent=index,
            slug="clinic",
            body=[("event_schedule", one_row(now - datetime.timedelta(hours=2), ends))],
        )
    with freeze_time(now) as clock:
        response = assert_cached(client, story.url)
        assert ">Register</a>" in text(response)
        s_maxage = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
        assert 0 < s_maxage <= 600  # a CDN may not keep it past the session's end either
        clock.move_to(ends - datetime.timedelta(seconds=5))
        assert assert_cached(client, story.url)["X-Page-Cache"] == "hit"
        clock.move_to(ends + datetime.timedelta(seconds=1))
        after = get(client, story.url)
        assert after["X-Page-Cache"] == "miss"
        assert "Registration closed: every session is over." in text(after)


def test_a_story_without_sessions_ahead_keeps_the_usual_cache_lifetime(client, news):
    _index, story = news
    response = assert_cached(client, story.url)
    assert "s-maxage=3600" in response["Cache-Control"]


def test_the_cached_home_page_drops_an_event_when_it_ends(client, news, on_commit):
    index, _story = news
    now = timezone.now().replace(second=0, microsecond=0)
    ends = now + datetime.timedelta(minutes=10)
    with on_commit():
        schedule = one_row(now - datetime.timedelta(hours=2), ends)
        NewsStoryPageFactory(parent=index, slug="clinic", kind="event", body=[("event_schedule", schedule)])
    with freeze_time(now) as clock:
        assert "Promenade Hotel" not in text(get(client, "/en/"))  # only the first row is on the page
        assert "M Resort &amp; Hotel" in text(assert_cached(client, "/en/"))
        clock.move_to(ends + datetime.timedelta(seconds=1))
        after = get(client, "/en/")
        assert after["X-Page-Cache"] == "miss" and "M Resort &amp; Hotel" not in text(after)
