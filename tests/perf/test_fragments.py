"""Fragments many pages share are cached across requests, and never staler than the page cache:
each test renders a page (filling its fragments), changes what a fragment shows the way an
editor would, and the next render shows the change (core/fragments.py)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Site
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation

from core.fragments import RequestGenerationMiddleware, _full_key, fragment, new_generation, release
from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.history import HistoryPageFactory
from tests.factories.home import (
    HomePageFactory,
    MainMenuFactory,
    OrganisationProfileFactory,
    StandardPageFactory,
    translate_text_as_is,
)
from tests.factories.news import MediaContactFactory, NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, DatasetFactory, StatisticFactory, rows
from tests.news.conftest import one_row

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_on(settings, empty_cache):
    settings.FRAGMENT_CACHE_ENABLED = True


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def publish(page):
    page.save_revision().publish()


def test_a_second_render_reuses_the_fragments(client, home_page):
    OrganisationProfileFactory()
    first = queries(client, "/en/")
    assert queries(client, "/en/") < first


def test_the_footer_and_title_follow_the_organisation_profile(client, home_page):
    profile = OrganisationProfileFactory(office_name="Malaysia")
    assert "International Organization for Migration – Malaysia" in html(client, "/en/")
    profile.office_name = "Kuala Lumpur"
    profile.save()
    page = html(client, "/en/")
    assert "International Organization for Migration – Kuala Lumpur" in page
    assert "– Malaysia" not in page


def test_the_menu_follows_its_snippet(client, home_page):
    menu = MainMenuFactory(links=[("link", {"text": "Partners", "external_url": "https://example.org/"})])
    assert ">Partners</a>" in html(client, "/en/")
    menu.links = [("link", {"text": "Our partners", "external_url": "https://example.org/"})]
    menu.save()
    assert ">Our partners</a>" in html(client, "/en/")


def test_the_home_pages_latest_stories_follow_publication(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    NewsStoryPageFactory(parent=news, title="Clinic opens in Penang", date=datetime.date(2026, 1, 5))
    assert "Clinic opens in Penang" in html(client, "/en/")
    NewsStoryPageFactory(parent=news, title="Workshop in Sabah", date=datetime.date(2026, 2, 5))
    assert "Workshop in Sabah" in html(client, "/en/")


def test_a_storys_topics_contact_and_related_stories_follow_their_sources(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    topic = TopicFactory(name="Migration health", slug="migration-health")
    contact = MediaContactFactory(name="Aisha Rahman")
    story = NewsStoryPageFactory(parent=news, slug="clinic", topics=[topic], media_contact=contact)
    related = NewsStoryPageFactory(parent=news, title="Vaccination drive", topics=[topic])
    page = html(client, "/en/news/clinic/")
    assert "Migration health" in page and "Aisha Rahman" in page and "Vaccination drive" in page

    topic.name = "Health of migrants"
    topic.save()
    contact.name = "Nur Aisyah"
    contact.save()
    related.title = "Vaccination drive in Johor"
    publish(related)
    page = html(client, f"/en/news/{story.slug}/")
    assert "Health of migrants" in page and "Migration health" not in page
    assert "Nur Aisyah" in page and "Aisha Rahman" not in page
    assert "Vaccination drive in Johor" in page


def test_the_news_filters_show_each_readers_choice_and_follow_new_topics(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    for year in (2024, 2025):
        NewsStoryPageFactory(parent=news, date=datetime.date(year, 3, 1))
    assert '<option value="2025" selected>' in html(client, "/en/news/?year=2025")
    assert '<option value="2025" selected>' not in html(client, "/en/news/")
    # A form with an unknown value is rendered afresh: each keeps the year it was sent.
    assert '<option value="2025" selected>' in html(client, "/en/news/?topic=nope&year=2025")
    assert '<option value="2024" selected>' in html(client, "/en/news/?topic=nope&year=2024")

    TopicFactory(name="Labour migration", slug="labour-migration")
    page = html(client, "/en/news/")
    assert '<option value="labour-migration">Labour migration</option>' in page
    assert '?topic=labour-migration" dir="auto">Labour migration</a>' in page


def test_the_site_and_its_home_page_follow_their_changes(client, home_page):
    assert "Safe and dignified migration" in html(client, "/en/")
    home_page.hero_heading = "Migration that works for all"
    publish(home_page)
    assert "Migration that works for all" in html(client, "/en/")
    office = HomePageFactory(slug="office", hero_heading="A new home page")  # made the site's root
    site = Site.objects.get(is_default_site=True)
    site.root_page = home_page
    site.save()
    assert "Migration that works for all" in html(client, "/en/")
    site.root_page = office  # a change to the site alone: no page is published
    site.save()
    assert "A new home page" in html(client, "/en/")


def test_the_news_index_cards_follow_their_stories_and_topics(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    topic = TopicFactory(name="Migration health", slug="migration-health")
    january = datetime.date(2026, 1, 5)
    story = NewsStoryPageFactory(parent=news, title="Clinic opens", topics=[topic], date=january)
    page = html(client, "/en/news/")
    assert "Clinic opens" in page and "Migration health" in page

    story.title = "Clinic opens in Penang"
    publish(story)
    topic.name = "Health of migrants"
    topic.save()
    NewsStoryPageFactory(parent=news, title="Workshop in Sabah", date=datetime.date(2026, 2, 5))
    page = html(client, "/en/news/")
    assert page.index("Workshop in Sabah") < page.index("Clinic opens in Penang")
    assert "Health of migrants</li>" in page and "Migration health</li>" not in page
    story.unpublish()
    assert "Clinic opens in Penang" not in html(client, "/en/news/")


def test_search_results_follow_their_pages_and_figures(client, home_page):
    DataPageFactory(parent=home_page)
    page = StandardPageFactory(
        parent=home_page, title="Resettlement clinics", introduction="Resettled families."
    )
    statistic = StatisticFactory(slug="resettled", label="refugees resettled", value=Decimal("113166"))
    results = html(client, "/en/search/?q=resettled")
    assert "Resettlement clinics" in results and "113,166 refugees resettled" in results

    page.title = "Resettlement clinics in Penang"
    publish(page)
    statistic.value = Decimal("120000")
    publish(statistic)
    results = html(client, "/en/search/?q=resettled")
    assert "Resettlement clinics in Penang" in results
    assert "120,000 refugees resettled" in results and "113,166" not in results


def test_a_storys_text_follows_publication(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    body = [("paragraph", RichText("<p>The clinic opens on Monday.</p>"))]
    story = NewsStoryPageFactory(parent=news, slug="clinic", summary="A new clinic.", body=body)
    assert "The clinic opens on Monday." in html(client, "/en/news/clinic/")
    story.summary = "A new clinic in Penang."
    story.body = [("paragraph", RichText("<p>The clinic opens on Tuesday.</p>"))]
    publish(story)
    page = html(client, "/en/news/clinic/")
    assert "A new clinic in Penang." in page and "The clinic opens on Tuesday." in page
    assert "Monday" not in page


def lentils(page):
    """The quantity shown for the red lentils."""
    return re.search(
        r'ingredient__quantity">([^<]+)</span> <span class="ingredient__unit">[^<]*</span> '
        r'<span class="ingredient__item">(?:red|yellow) lentils',
        page,
    ).group(1)


def test_a_recipe_follows_its_page_at_every_serving_size(client, home_page):
    campaign = CampaignPageFactory(parent=home_page, slug="dari-dapur")
    recipe = RecipePageFactory(parent=campaign, slug="dal")
    for_four, for_eight = html(client, "/en/dari-dapur/dal/"), html(client, "/en/dari-dapur/dal/?servings=8")
    assert lentils(for_four) != lentils(for_eight)  # each serving size is kept apart
    recipe.title = "Yellow lentil dal"
    recipe.method = [("step", "Rinse the lentils.")]
    publish(recipe)
    for url in ("/en/dari-dapur/dal/", "/en/dari-dapur/dal/?servings=8"):
        page = html(client, url)
        assert "Yellow lentil dal</h1>" in page and "Rinse the lentils." in page and "Soak" not in page
    assert lentils(html(client, "/en/dari-dapur/dal/?servings=8")) == lentils(for_eight)


def test_the_history_pages_timeline_follows_publication(client, home_page):
    who = StandardPageFactory(parent=home_page, slug="who-we-are")
    history = HistoryPageFactory(parent=who, introduction="<p>Since the late 1970s.</p>")
    assert "Since the late 1970s." in html(client, "/en/who-we-are/history/")
    history.introduction = "<p>Since 1975.</p>"
    publish(history)
    page = html(client, "/en/who-we-are/history/")
    assert "Since 1975." in page and "late 1970s" not in page


def test_a_chart_and_its_download_sizes_follow_the_dataset(client, home_page):
    dataset = DatasetFactory(slug="arrivals", unit="count", rows=rows(("Sabah", "1200")))
    dataset.save_revision().publish()
    data_page = DataPageFactory(parent=home_page)
    StandardPageFactory(
        parent=home_page, slug="figures", body=[("dataset", {"dataset": dataset, "display": "both"})]
    )
    before = html(client, "/en/figures/")
    assert "Sabah" in before
    dataset.rows = rows(("Sarawak", "1200000"))
    dataset.save_revision().publish()
    after = html(client, "/en/figures/")
    assert "Sarawak" in after and "Sabah" not in after
    sizes = lambda page: [part.split(")")[0] for part in page.split('class="stat-downloads__size">(')[1:]]  # noqa: E731
    assert sizes(before) != sizes(after)
    assert data_page.live


def test_a_figure_block_follows_its_statistic(client, home_page):
    statistic = StatisticFactory(slug="returns", value=1200)
    statistic.save_revision().publish()
    DataPageFactory(parent=home_page)
    StandardPageFactory(parent=home_page, slug="returns", body=[("statistic", {"statistic": statistic})])
    assert "1,200" in html(client, "/en/returns/")
    statistic.value = 3400
    statistic.save_revision().publish()
    assert "3,400" in html(client, "/en/returns/")


def test_the_language_links_follow_a_new_translation(client, translated_home, locales, translate_now):
    page = StandardPageFactory(parent=translated_home["en"], slug="partners", title="Partners")
    assert 'hreflang="ms"' not in html(client, "/en/partners/").split("<body")[0]
    translate_now(page, [locales["ms"]])
    translate_text_as_is(page, ["ms"])
    assert 'hreflang="ms"' in html(client, "/en/partners/").split("<body")[0]


def test_a_preview_shows_the_draft_not_the_cached_fragment(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    old, new = TopicFactory(name="Labour migration"), TopicFactory(name="Counter-trafficking")
    story = NewsStoryPageFactory(parent=news, slug="draft-topics", topics=[old])
    assert "Labour migration" in html(client, "/en/news/draft-topics/")
    draft = story.specific
    draft.topics.set([new])
    draft.save_revision()
    preview = draft.get_latest_revision_as_object().make_preview_request().content.decode()
    assert "Counter-trafficking" in preview and "Labour migration" not in preview
    assert "Labour migration" in html(client, "/en/news/draft-topics/")  # readers still see what is live


def test_the_home_pages_campaign_follows_its_page(client, home_page):
    campaign = CampaignPageFactory(parent=home_page, hero_heading="From the kitchen")
    assert "From the kitchen" in html(client, "/en/")
    campaign.hero_heading = "Recipes of welcome"
    publish(campaign)
    page = html(client, "/en/")
    assert "Recipes of welcome" in page and "From the kitchen" not in page


def test_the_history_pages_key_figures_follow_their_statistic(client, home_page):
    statistic = StatisticFactory(slug="resettled", label="refugees resettled", value=1200)
    statistic.save_revision().publish()
    who = StandardPageFactory(parent=home_page, slug="who-we-are")
    HistoryPageFactory(parent=who, key_figures=[("statistic", {"statistic": statistic})])
    assert "1,200" in html(client, "/en/who-we-are/history/")
    statistic.value = 5600
    statistic.save_revision().publish()
    page = html(client, "/en/who-we-are/history/")
    assert "5,600" in page and "1,200" not in page


def test_a_render_that_began_before_a_change_leaves_nothing_stale(rf):
    """A reader's request loads a page, an editor publishes, then the reader's render stores what
    it loaded: it goes under the generation its request began in, which the publish ended."""

    def reader(request):
        new_generation()  # an editor's publication, while this request renders
        return fragment("story-topics", lambda: "loaded before the publication", request=request)

    RequestGenerationMiddleware(reader)(rf.get("/en/news/clinic/"))
    assert fragment("story-topics", lambda: "as published") == "as published"


def test_a_new_release_reads_none_of_the_old_releases_fragments(settings):
    settings.RELEASE = "2026-11-30"
    release.cache_clear()
    assert fragment("footer", lambda: "old template") == "old template"
    settings.RELEASE = "2026-12-01"
    release.cache_clear()
    assert fragment("footer", lambda: "new template") == "new template"
    release.cache_clear()


def test_a_chart_shown_twice_keeps_its_ids_unique(client, home_page):
    dataset = DatasetFactory(slug="origins")
    dataset.save_revision().publish()
    DataPageFactory(parent=home_page)
    block = ("dataset", {"dataset": dataset, "display": "chart"})
    StandardPageFactory(parent=home_page, slug="twice", body=[block, block])
    for _render in range(2):  # the second from the cached chart
        ids = re.findall(r'id="(chart-[0-9a-f]+-t)"', html(client, "/en/twice/"))
        assert len(ids) == 2 and len(set(ids)) == 2


def test_a_storys_registration_offer_and_json_ld_end_with_the_session(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    now = timezone.now().replace(second=0, microsecond=0)
    ends = now + datetime.timedelta(minutes=10)
    schedule = one_row(now - datetime.timedelta(hours=2), ends)
    NewsStoryPageFactory(parent=news, slug="clinic", kind="event", body=[("event_schedule", schedule)])
    with freeze_time(now) as clock:
        page = html(client, "/en/news/clinic/")
        assert "schema.org/InStock" in page and ">Register</a>" in page
        clock.move_to(ends + datetime.timedelta(seconds=1))
        page = html(client, "/en/news/clinic/")
        assert "schema.org/InStock" not in page and ">Register</a>" not in page
        assert "Registration closed: every session is over." in page


def test_stopping_a_translation_shows_at_once_in_the_language_links(
    client, translated_home, locales, translate_now
):
    """A stopped translation is its translator's own text: the copy counts as that language's page.
    Stopping purges no page, so the fragments start over on the translation itself."""
    page = StandardPageFactory(parent=translated_home["en"], slug="partners", title="Partners")
    translate_now(page, [locales["ar"]])  # a copy with the English text: not offered as Arabic
    assert 'hreflang="ar"' not in html(client, "/en/partners/").split("<body")[0]
    stopped = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["ar"])
    stopped.enabled = False
    stopped.save()
    assert 'hreflang="ar"' in html(client, "/en/partners/").split("<body")[0]


def test_a_host_name_no_site_has_adds_nothing_to_the_cache(client, home_page):
    """Host headers are the client's to choose: only a site's own host name is kept (core/site_cache.py)."""
    assert client.get("/en/", HTTP_HOST="localhost").status_code == 200  # allowed, served by the default site
    assert client.get("/en/").status_code == 200  # testserver: the site's own host name
    assert cache.get(_full_key("site:testserver:80", None)) is not None
    assert cache.get(_full_key("site:localhost:80", None)) is None
