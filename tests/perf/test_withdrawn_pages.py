"""The page cache never serves a page that is no longer public or no longer current.

Each test caches the page first (a second anonymous request is a hit), then
withdraws or changes it, commits, and proves the next anonymous request gets
the new state: plain and gzip copies alike, the page's subtree and its
translations. The setup is committed first (`on_commit()`): its own purges are
sent then, and cannot make up for a purge the change itself failed to make.
"""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsStoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}


def assert_cached(client, url, **headers):
    client.get(url, **headers)
    response = client.get(url, **headers)
    assert response.status_code == 200 and response["X-Page-Cache"] == "hit", url
    return response


def assert_login_required(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 302 and "/login/" in response["Location"], (url, response.status_code)


def make_private(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def about(home_page, on_commit):
    with on_commit():
        about = StandardPageFactory(parent=home_page, title="About us", slug="about")
        StandardPageFactory(parent=about, title="Our team", slug="team")
    return about


def test_making_a_page_private_purges_its_plain_and_gzip_copies_and_its_subtree(client, about, on_commit):
    for url in ("/en/about/", "/en/about/team/"):
        assert_cached(client, url)
        assert_cached(client, url, **GZIP)
    with on_commit():
        make_private(about)
    for url in ("/en/about/", "/en/about/team/"):
        assert_login_required(client, url)
        assert_login_required(client, url, **GZIP)


def test_making_a_page_private_purges_its_translations(
    client, about, translated_home, translate_now, on_commit
):
    translate_now(about)  # commits, as on_commit() does
    ms_about = about.get_translation(translated_home["ms"].locale)
    assert_cached(client, ms_about.url)
    with on_commit():
        make_private(about)
    assert_login_required(client, ms_about.url)


def test_making_a_story_private_takes_it_off_the_cached_listing(client, news, on_commit):
    _index, story = news
    assert "Original headline" in assert_cached(client, "/en/news/").content.decode()
    with on_commit():
        restriction = make_private(story)
    assert "Original headline" not in client.get("/en/news/").content.decode()
    with on_commit():
        restriction.delete()  # public again: back on the listing
    assert "Original headline" in client.get("/en/news/").content.decode()


def test_a_password_instead_of_a_login_purges_again(client, about, on_commit):
    with on_commit():
        restriction = make_private(about)
    assert_cached(client, "/en/")
    with on_commit():
        restriction.restriction_type = PageViewRestriction.PASSWORD
        restriction.password = "a-shared-secret"  # noqa: S105
        restriction.save()
    assert client.get("/en/")["X-Page-Cache"] == "miss"  # ancestors are purged: they may list it


def test_restricting_a_collection_purges_the_site(client, about, on_commit):
    assert_cached(client, "/en/about/")
    with on_commit():
        CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(), restriction_type=CollectionViewRestriction.LOGIN
        )
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_unpublishing_removes_the_page_and_its_card(client, news, on_commit):
    _index, story = news
    assert_cached(client, story.url)
    assert_cached(client, story.url, **GZIP)
    assert "Original headline" in assert_cached(client, "/en/news/").content.decode()
    with on_commit():
        story.unpublish()
    assert client.get(story.url).status_code == 404
    assert client.get(story.url, **GZIP).status_code == 404
    assert "Original headline" not in client.get("/en/news/").content.decode()


def test_deleting_a_page_removes_it_and_its_subtree(client, about, on_commit):
    assert_cached(client, "/en/about/team/")
    assert_cached(client, "/en/")
    with on_commit():
        Page.objects.get(pk=about.pk).delete()
    assert client.get("/en/about/").status_code == 404
    assert client.get("/en/about/team/").status_code == 404
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_moving_a_page_purges_old_and_new_places(client, home_page, about, on_commit):
    with on_commit():
        elsewhere = StandardPageFactory(parent=home_page, title="Elsewhere", slug="elsewhere")
    assert_cached(client, "/en/about/team/")
    assert "Our team" in assert_cached(client, "/en/about/").content.decode()  # the old parent lists it
    assert "Our team" not in assert_cached(client, "/en/elsewhere/").content.decode()
    with on_commit():
        Page.objects.get(slug="team").move(elsewhere, pos="last-child")
    old = client.get("/en/about/team/")
    assert old.status_code == 301 and old["Location"] == "/en/elsewhere/team/"  # Wagtail's redirect
    assert "Our team" not in client.get("/en/about/").content.decode()
    assert "Our team" in client.get("/en/elsewhere/").content.decode()
    assert "Our team" in client.get("/en/elsewhere/team/").content.decode()


def publish_new_slug(page, slug, on_commit):
    page.slug = slug
    with on_commit():
        page.save_revision().publish()


def test_a_new_slug_purges_the_old_address(client, about, on_commit):
    assert_cached(client, "/en/about/team/")
    publish_new_slug(Page.objects.get(slug="team").specific, "people", on_commit)
    old = client.get("/en/about/team/")
    assert old.status_code == 301 and old["Location"] == "/en/about/people/"


def test_a_new_slug_purges_the_old_addresses_below_the_page(client, about, on_commit):
    assert_cached(client, "/en/about/team/")
    publish_new_slug(about, "who-we-are", on_commit)
    old = client.get("/en/about/team/")
    assert old.status_code == 301 and old["Location"] == "/en/who-we-are/team/"


def test_scheduled_publishing_shows_the_story_on_the_cached_listing(client, news, on_commit):
    index, _story = news
    with on_commit():
        draft = NewsStoryPageFactory(
            parent=index, title="Scheduled story", slug="scheduled", publish=False, live=False
        )
        draft.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    assert "Scheduled story" not in assert_cached(client, "/en/news/").content.decode()
    with on_commit():
        call_command("publish_scheduled")
    assert "Scheduled story" in client.get("/en/news/").content.decode()


def test_expiry_withdraws_the_cached_story(client, news, on_commit):
    _index, story = news
    assert_cached(client, story.url)
    assert "Original headline" in assert_cached(client, "/en/news/").content.decode()
    Page.objects.filter(pk=story.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    with on_commit():
        call_command("publish_scheduled")
    assert client.get(story.url).status_code == 404
    assert "Original headline" not in client.get("/en/news/").content.decode()


def test_publishing_a_translation_shows_it_in_place_of_its_cached_copy(
    client, news, translated_home, translate_now, on_commit
):
    index, story = news
    translate_now(index)
    translate_now(story)
    ms_story = story.get_translation(translated_home["ms"].locale)
    assert_cached(client, ms_story.url)
    assert_cached(client, "/ms/news/")
    ms_story.title = "Tajuk baharu"
    with on_commit():
        ms_story.save_revision().publish()
    assert "Tajuk baharu" in client.get(ms_story.url).content.decode()
    assert "Tajuk baharu" in client.get("/ms/news/").content.decode()


def language_switcher(response):
    return re.search(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S).group(0)


def test_unpublishing_a_page_updates_the_language_switcher_on_its_cached_translations(
    client, about, translated_home, translate_now, on_commit
):
    translate_now(about)
    ms_about = about.get_translation(translated_home["ms"].locale)
    # A slug of its own: Wagtail's frontend cache purges each purged path under
    # every language prefix, which reaches only translations at the same path.
    ms_about.slug = "tentang-kami"
    with on_commit():
        ms_about.save_revision().publish()
    ms_url = Page.objects.get(pk=ms_about.pk).url
    assert ms_url == "/ms/tentang-kami/"
    assert 'href="/en/about/"' in language_switcher(assert_cached(client, ms_url))
    with on_commit():
        Page.objects.get(pk=about.pk).unpublish()
    switcher = language_switcher(client.get(ms_url))
    assert 'href="/en/about/"' not in switcher and 'href="/en/"' in switcher  # English readers go home
