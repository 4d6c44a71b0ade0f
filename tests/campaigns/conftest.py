import pytest

from tests.factories.campaigns import CampaignPageFactory


@pytest.fixture
def campaign(home_page):
    return CampaignPageFactory(parent=home_page)
