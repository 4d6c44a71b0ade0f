"""Anonymous pages come from the cache and every change purges exactly what shows it.

Each invalidation test: a first anonymous request fills the cache, a second is
a hit, then an editor's change, then the next anonymous request shows it.
Purges wait for the change's transaction to commit: `on_commit()` commits it.
The setup is committed first, so its own purges are sent before anything is
cached and cannot make up for a purge the change itself failed to make.
Withdrawn pages (private, unpublished, expired, deleted, moved) are in
test_withdrawn_pages.py, how purges are batched in test_purge_batches.py.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from core.models import MainMenu, OrganisationProfile, SiteContactSettings
from tests.factories.home import ImageFactory, StandardPageFactory
from tests.factories.news import NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, StatisticFactory, publish_correction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


def assert_cached(client, url):
    get(client, url)
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def text(response):
    return response.content.decode()


def hit(client, url):
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit", url
    return response


@pytest.fixture
def section(home_page, on_commit):
    """A section page listing its children, with one child."""
    with on_commit():
        about = StandardPageFactory(parent=home_page, title="About us", slug="about")
        team = StandardPageFactory(parent=about, title="Our team", slug="team")
    return about, team


def test_anonymous_page_is_cached_with_cdn_headers(client, home_page):
    first = get(client, "/en/")
    assert first["X-Page-Cache"] == "miss"
    cache_control = first["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control and "s-maxage=3600" in cache_control
    assert get(client, "/en/")["X-Page-Cache"] == "hit"
    assert not first.cookies


def test_publishing_a_story_shows_on_story_index_and_home_language(client, news, on_commit):
    """The story, its index and its language's home page (latest news) all show the correction."""
    index, story = news
    for url in (story.url, "/en/news/", "/en/"):
        assert "Original headline" in text(assert_cached(client, url)), url
    story.title = "Corrected headline"
    with on_commit():
        story.save_revision().publish()
    for url in (story.url, "/en/news/", "/en/"):
        html = text(get(client, url))
        assert "Corrected headline" in html and "Original headline" not in html, url


def test_publishing_a_page_purges_its_cached_ancestors(client, section, on_commit):
    """A retitled page's card changes on its section's listing and the section's own parent."""
    about, team = section
    with on_commit():
        StandardPageFactory(parent=team, title="Regional staff", slug="regional")
    assert "Our team" in text(assert_cached(client, "/en/about/"))
    assert "Our team" in text(assert_cached(client, "/en/about/team/regional/"))  # its breadcrumbs
    regional = about.get_descendants().get(slug="regional").specific
    regional.title = "Staff across the region"
    with on_commit():
        regional.save_revision().publish()
    assert "Staff across the region" in text(get(client, "/en/about/team/"))
    team.title = "People"
    with on_commit():
        team.save_revision().publish()
    listing = text(get(client, "/en/about/"))
    assert "People" in listing and "Our team" not in listing
    # A page below it: its breadcrumbs name the section.
    assert "Our team" not in text(get(client, "/en/about/team/regional/"))


def test_publishing_a_story_purges_cached_search_results(client, news, on_commit):
    index, story = news
    assert "Original headline" in text(assert_cached(client, "/en/search/?q=headline"))
    assert "Original headline" in text(assert_cached(client, "/en/search/?q=headline&page=1"))
    story.title = "Corrected headline"
    with on_commit():
        story.save_revision().publish()
    for url in ("/en/search/?q=headline", "/en/search/?q=headline&page=1"):
        html = text(get(client, url))
        assert "Corrected headline" in html and "Original headline" not in html, url
    assert "Found today" not in text(assert_cached(client, "/en/search/?q=today"))
    with on_commit():
        NewsStoryPageFactory(parent=index, title="Found today", slug="found-today")
    assert "Found today" in text(get(client, "/en/search/?q=today"))


def test_the_home_page_shows_a_newly_published_story_on_the_next_request(client, news, on_commit):
    index, _story = news
    assert "Brand new story" not in text(assert_cached(client, "/en/"))
    with on_commit():
        draft = NewsStoryPageFactory(
            parent=index, title="Brand new story", slug="brand-new", date=timezone.localdate(), publish=False
        )
    assert "Brand new story" not in text(get(client, "/en/"))  # a draft is not news
    with on_commit():
        draft.save_revision().publish()
    home = get(client, "/en/")
    assert home["X-Page-Cache"] == "miss"
    assert "Brand new story" in text(home)
    assert "Brand new story" in text(hit(client, "/en/"))  # and the new copy is cached in turn


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
    assert "A training hall" in text(assert_cached(client, page.url))  # its sharing image's alt text
    with on_commit():
        image.description = "Employers in a training hall"
        image.save()
    assert "Employers in a training hall" in text(get(client, "/en/"))
    assert "Employers in a training hall" in text(get(client, page.url))


def test_retitling_a_topics_background_page_purges_the_stories_filed_under_the_topic(client, news, on_commit):
    """The story links to the topic's background page: a page used through a snippet."""
    index, _story = news
    with on_commit():
        background = StandardPageFactory(parent=index.get_parent(), title="Our history", slug="history")
        topic = TopicFactory(name="Resettlement", slug="resettlement", background_page=background)
        tagged = NewsStoryPageFactory(parent=index, title="Tagged", slug="tagged", topics=[topic])
    assert "Our history" in text(assert_cached(client, tagged.url))
    background.title = "Fifty years in Malaysia"
    with on_commit():
        background.save_revision().publish()
    assert "Fifty years in Malaysia" in text(get(client, tagged.url))


def card_images(html):
    return re.findall(r'<img\b[^>]*class="story-card__image"[^>]*>', html)


def test_moving_an_images_focal_point_recrops_its_cards_on_cached_listings(client, news, on_commit):
    """The story uses the image; the listing shows it on the story's card."""
    index, _story = news
    with on_commit():
        image = ImageFactory(title="Harbour")
        NewsStoryPageFactory(parent=index, title="Pictured story", slug="pictured", hero_image=image)
    before = card_images(text(assert_cached(client, "/en/news/")))
    assert len(before) == 1
    image.focal_point_x, image.focal_point_y = 40, 30
    image.focal_point_width = image.focal_point_height = 20
    with on_commit():
        image.save()
    after = card_images(text(get(client, "/en/news/")))
    assert len(after) == 1 and after != before  # the card's renditions follow the new crop


def test_retitling_a_page_updates_the_buttons_that_link_to_it_elsewhere(client, section, on_commit):
    about, _team = section
    with on_commit():
        button = {"title": "Find out more", "text": "", "link": {"page": about}}
        StandardPageFactory(parent=about.get_parent(), slug="campaign", body=[("call_to_action", button)])
    assert ">About us</a>" in text(assert_cached(client, "/en/campaign/"))  # the button's label
    about.title = "Who we are"
    with on_commit():
        about.save_revision().publish()
    assert ">Who we are</a>" in text(get(client, "/en/campaign/"))


def test_deleting_a_topic_takes_it_off_cached_stories_and_listings(client, news, on_commit):
    index, _story = news
    with on_commit():
        topic = TopicFactory(name="Labour rights", slug="labour")
        tagged = NewsStoryPageFactory(parent=index, title="Tagged", slug="tagged", topics=[topic])
    for url in (tagged.url, "/en/news/"):
        assert "Labour rights" in text(assert_cached(client, url)), url
    with on_commit():
        topic.delete()
    for url in (tagged.url, "/en/news/"):
        assert "Labour rights" not in text(get(client, url)), url


@pytest.fixture
def menu(home_page, on_commit):
    with on_commit():
        return MainMenu.objects.create(
            title="Main menu",
            locale=home_page.locale,
            links=[("link", {"text": "Contact us", "external_url": "https://example.org/contact"})],
        )


def test_changing_the_main_menu_purges_every_page(client, news, menu, on_commit):
    _index, story = news
    urls = ["/en/", "/en/news/", story.url, "/en/search/?q=headline"]
    for url in urls:
        assert "Contact us" in text(assert_cached(client, url)), url
    menu.links = [("link", {"text": "Get in touch", "external_url": "https://example.org/contact"})]
    with on_commit():
        menu.save()
    for url in urls:
        html = text(get(client, url))
        assert "Get in touch" in html and "Contact us" not in html, url


def test_retitling_a_page_the_main_menu_links_to_purges_every_page(client, news, section, on_commit):
    """A menu link without its own text shows the linked page's title, on every page."""
    _index, story = news
    about, _team = section
    with on_commit():
        MainMenu.objects.create(title="Main menu", locale=about.locale, links=[("link", {"page": about})])
    for url in ("/en/", story.url):
        assert "About us" in text(assert_cached(client, url)), url
    about.title = "Who we are"
    with on_commit():
        about.save_revision().publish()
    for url in ("/en/", story.url):
        assert "Who we are" in text(get(client, url)), url


def test_changing_the_organisation_profile_purges_every_page(client, news, on_commit):
    _index, story = news
    with on_commit():
        profile = OrganisationProfile.objects.create(
            name="International Organization for Migration",
            office_name="Penang office",
            locale=news[0].locale,
        )
    urls = ["/en/", "/en/news/", story.url]
    for url in urls:
        assert "Penang office" in text(assert_cached(client, url)), url
    profile.office_name = "Kuala Lumpur office"
    with on_commit():
        profile.save()
    for url in urls:
        html = text(get(client, url))
        assert "Kuala Lumpur office" in html and "Penang office" not in html, url


def test_changing_the_sites_contact_settings_purges_every_page(client, news, on_commit):
    _index, story = news
    urls = ["/en/", story.url]
    for url in urls:
        assert_cached(client, url)  # the first view made the settings with their defaults
    contact = SiteContactSettings.objects.get()
    contact.email = "office@example.org"
    with on_commit():
        contact.save()
    for url in urls:
        assert "office@example.org" in text(get(client, url)), url


def test_a_sites_first_view_leaves_the_cached_pages_in_place(client, news, on_commit):
    """A site's first view saves its settings with their defaults: nothing a reader sees changed."""
    index, _story = news
    with on_commit():
        Site.objects.create(hostname="localhost", port=80, root_page=index.get_parent(), site_name="Other")
    assert_cached(client, "/en/")
    with on_commit():
        assert get(client, "/en/", HTTP_HOST="localhost")["X-Page-Cache"] == "miss"  # its first view
    assert hit(client, "/en/")


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


def test_correcting_a_statistic_purges_the_translated_pages_that_show_its_translation(
    client, translated_home, translate_now, on_commit
):
    with on_commit():
        statistic = StatisticFactory(slug="returns", label="people returned", value=Decimal("645"))
        statistic.save_revision().publish()
        translate_now(statistic)
        page = StandardPageFactory(
            parent=translated_home["en"], slug="figures", body=[("statistic", {"statistic": statistic})]
        )
        translate_now(page)
    ms_page = page.get_translation(translated_home["ms"].locale)
    ms_page.slug = "angka"  # a slug of its own: not reached by purging /en/figures/ in every language
    with on_commit():
        ms_page.save_revision().publish()
    assert "645" in text(assert_cached(client, "/ms/angka/"))
    with on_commit():
        publish_correction(statistic, "One late return.", datetime.date(2026, 11, 29), value=Decimal("646"))
    assert "646" in text(get(client, "/ms/angka/"))
