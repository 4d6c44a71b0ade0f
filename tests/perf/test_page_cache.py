"""Anonymous pages come from the cache and every change purges exactly what shows it.

Each invalidation test: a first anonymous request fills the cache, a second is
a hit, then an editor's change, then the next anonymous request shows it.
Purges wait for the change's transaction to commit: `on_commit()` commits it.
Withdrawn pages (private, unpublished, expired, deleted, moved) are in
test_withdrawn_pages.py, how purges are batched in test_purge_batches.py.
"""

import pytest
from django.contrib.auth import get_user_model

from core.models import MainMenu
from tests.factories.home import ImageFactory, StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, StatisticFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def assert_cached(client, url):
    get(client, url)
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def text(response):
    return response.content.decode()


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    story = NewsStoryPageFactory(parent=index, title="Original headline", slug="story")
    return index, story


def test_anonymous_page_is_cached_with_cdn_headers(client, home_page):
    first = get(client, "/en/")
    assert first["X-Page-Cache"] == "miss"
    cache_control = first["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control and "s-maxage=3600" in cache_control
    assert get(client, "/en/")["X-Page-Cache"] == "hit"
    assert not first.cookies


def test_publishing_a_story_shows_on_story_index_and_home_language(client, news, on_commit):
    index, story = news
    assert "Original headline" in text(assert_cached(client, story.url))
    assert "Original headline" in text(assert_cached(client, "/en/news/"))
    story.title = "Corrected headline"
    with on_commit():
        story.save_revision().publish()
    assert "Corrected headline" in text(get(client, story.url))
    assert "Corrected headline" in text(get(client, "/en/news/"))


def test_a_new_story_appears_on_the_listing_and_its_feed(client, news, on_commit):
    index, _story = news
    assert_cached(client, "/en/news/")
    assert_cached(client, "/en/news/feed/rss/")
    with on_commit():
        NewsStoryPageFactory(parent=index, title="Brand new story", slug="brand-new")
    assert "Brand new story" in text(get(client, "/en/news/"))
    feed = get(client, "/en/news/feed/rss/")
    assert "Brand new story" in text(feed), feed.headers


def test_changing_a_topic_purges_stories_that_show_it(client, news, on_commit):
    index, _story = news
    with on_commit():
        topic = TopicFactory(name="Labour rights", slug="labour")
        tagged = NewsStoryPageFactory(parent=index, title="Tagged", slug="tagged", topics=[topic])
    assert "Labour rights" in text(assert_cached(client, tagged.url))
    assert "Labour rights" in text(assert_cached(client, "/en/news/"))
    with on_commit():
        topic.name = "Workers' rights"
        topic.save()
    assert "Workers&#x27; rights" in text(get(client, tagged.url))
    assert "Workers&#x27; rights" in text(get(client, "/en/news/"))


def test_changing_a_statistic_purges_pages_that_show_it(client, home_page, on_commit):
    with on_commit():
        DataPageFactory(parent=home_page)
        statistic = StatisticFactory(label="people assisted")
        page = StandardPageFactory(
            parent=home_page,
            slug="figures",
            body=[("statistics_panel", {"heading": "Figures", "statistics": [statistic]})],
        )
        untouched = StandardPageFactory(parent=home_page, slug="untouched")
    assert "people assisted" in text(assert_cached(client, page.url))
    assert "people assisted" in text(assert_cached(client, "/en/data/"))
    assert_cached(client, untouched.url)
    with on_commit():
        statistic.label = "migrants assisted"
        statistic.save()
    assert "migrants assisted" in text(get(client, page.url))
    assert "migrants assisted" in text(get(client, "/en/data/"))
    assert get(client, untouched.url)["X-Page-Cache"] == "hit"  # exactly the affected pages


def test_changing_an_image_purges_pages_that_show_it(client, home_page, on_commit):
    with on_commit():
        image = ImageFactory(title="Hall", description="A training hall")
        page = StandardPageFactory(parent=home_page, slug="pictured", listing_image=image)
        home_page.hero_image = image
        home_page.save_revision().publish()
    assert "A training hall" in text(assert_cached(client, "/en/"))
    with on_commit():
        image.description = "Employers in a training hall"
        image.save()
    assert "Employers in a training hall" in text(get(client, "/en/"))
    assert page.url


def test_changing_the_main_menu_purges_every_page(client, home_page, news, on_commit):
    _index, story = news
    assert_cached(client, story.url)
    with on_commit():
        menu = MainMenu.objects.create(title="Main menu", locale=home_page.locale)
        menu.title = "Main menu v2"
        menu.save()
    assert get(client, story.url)["X-Page-Cache"] == "miss"


def test_logged_in_users_and_the_admin_are_never_cached(client, home_page):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "a-long-password-1")
    client.force_login(user)
    for _ in range(2):
        response = client.get("/en/")
        assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/admin/")


def test_responses_with_cookies_csrf_or_errors_are_never_cached(client, home_page):
    client.cookies["csrftoken"] = "x" * 32
    assert "X-Page-Cache" not in client.get("/en/")
    del client.cookies["csrftoken"]
    for _ in range(2):
        assert "X-Page-Cache" not in client.get("/en/no-such-page/")
        assert "X-Page-Cache" not in client.get("/admin/login/")  # a form with a CSRF token


def test_search_with_a_message_is_never_cached(client, home_page):
    long_query = "word " * 60
    for _ in range(2):
        response = client.get("/en/search/", {"q": long_query})
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert_cached(client, "/en/search/?q=migration")


def test_previews_are_never_cached(client, home_page):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "a-long-password-1")
    client.force_login(user)
    response = client.get(f"/admin/pages/{home_page.pk}/view_draft/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
