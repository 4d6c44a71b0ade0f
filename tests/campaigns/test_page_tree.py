"""The campaign sits under a home page; recipes sit only under a campaign."""

import pytest
from wagtail.models import Page

from campaigns.models import CampaignPage, RecipePage
from home.models import HomePage, StandardPage
from tests.factories.campaigns import RecipePageFactory
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_campaign_page_can_be_created_under_home_only(home_page):
    assert CampaignPage.can_create_at(home_page)
    assert CampaignPage in HomePage.allowed_subpage_models()
    assert not CampaignPage.can_create_at(Page.get_first_root_node())
    assert not CampaignPage.can_create_at(StandardPageFactory(parent=home_page))


def test_recipes_live_only_under_a_campaign_and_have_no_children(home_page, campaign):
    recipe = RecipePageFactory(parent=campaign)
    assert RecipePage.can_create_at(campaign)
    assert not RecipePage.can_create_at(home_page)
    assert not RecipePage.can_create_at(StandardPageFactory(parent=home_page))
    assert CampaignPage.allowed_subpage_models() == [RecipePage]
    assert recipe.allowed_subpage_models() == []
    assert StandardPage not in CampaignPage.allowed_subpage_models()


def test_campaign_is_served_at_dari_dapur(client, campaign):
    recipe = RecipePageFactory(parent=campaign, title="Rohingya lentil curry")
    assert client.get("/en/dari-dapur/").status_code == 200
    assert recipe.url == "/en/dari-dapur/rohingya-lentil-curry/"
    assert client.get(recipe.url).status_code == 200
