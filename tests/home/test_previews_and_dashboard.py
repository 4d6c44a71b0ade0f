"""Preview modes for editors and the stale-figures dashboard panel."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.factories.stats import DatasetFactory, StatisticFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(
        get_user_model().objects.create_superuser("admin", "a@example.org", "long password 123")
    )
    return client


@pytest.mark.parametrize("mode", ["", "card"])
def test_story_recipe_and_campaign_offer_full_page_and_card_previews(admin_client, home_page, mode):
    news = NewsIndexPageFactory(parent=home_page)
    story = NewsStoryPageFactory(parent=news, title="Workshop in Penang")
    campaign = CampaignPageFactory(parent=home_page, title="Dari Dapur", slug="dari-dapur")
    recipe = RecipePageFactory(parent=campaign, title="Mohinga")
    for page, card_class in ((story, "story-card"), (recipe, "recipe-card"), (campaign, 'class="card"')):
        assert ("card", "Listing card") in [(name, str(label)) for name, label in page.preview_modes]
        response = page.make_preview_request(original_request=None, preview_mode=mode)
        html = response.content.decode()
        assert response.status_code == 200
        assert page.title in html
        if mode == "card":
            assert card_class in html
            assert "<article" in html


def test_statistic_and_dataset_preview_as_their_blocks(admin_client):
    statistic = StatisticFactory(label="refugees resettled", value=113166)
    dataset = DatasetFactory(title="Countries of resettlement")
    for snippet, text in ((statistic, "113,166"), (dataset, "Countries of resettlement")):
        response = snippet.make_preview_request(original_request=None, preview_mode="")
        assert response.status_code == 200
        assert text in response.content.decode()


def test_dashboard_lists_figures_older_than_a_year(admin_client):
    StatisticFactory(label="old figure", as_of=datetime.date.today() - datetime.timedelta(days=400))
    StatisticFactory(label="fresh figure", as_of=datetime.date.today() - datetime.timedelta(days=30))
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index('id="stale-statistics-section"') :]
    panel = panel[: panel.index("</section>")]
    assert "old figure" in panel
    assert "fresh figure" not in panel


def test_the_scheduled_panel_shows_go_live_dates_in_kuala_lumpur_time(admin_client, home_page):
    story = NewsStoryPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Embargoed release")
    # 00:30 on 30 November in Kuala Lumpur is still 29 November in UTC.
    go_live = datetime.datetime(2031, 11, 29, 16, 30, tzinfo=datetime.UTC)
    revision = story.save_revision()
    revision.approved_go_live_at = go_live
    revision.save()
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index('id="scheduled-section"') :]
    panel = panel[: panel.index("</section>")]
    assert "Embargoed release" in panel
    assert "30 Nov 2031" in panel and "29 Nov 2031" not in panel
