"""A new campaign or news section is under approval from the moment it is created, in any language.

The existing sections are moderated when the site is set up, but a Moderator,
or a translator under their language's home, may create a new campaign: it
must not go live by its creator's Publish, and it is governed by the workflow.
"""

import pytest

from campaigns.models import CampaignPage
from core.moderation import moderate_tree
from core.workflow import is_moderated
from tests.factories.campaigns import CampaignPageFactory
from tests.factories.users import signed_in
from tests.security.test_reliability_and_logging import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def homes(home_page, locales, translate_now):
    translate_now(home_page)
    campaign = CampaignPageFactory(parent=home_page)
    translate_now(campaign)
    moderate_tree(campaign)  # the existing campaign tree, in every language, is moderated
    return {code: home_page.get_translation(locale) for code, locale in locales.items()}


@pytest.mark.parametrize(
    ("role", "group", "language"),
    [
        ("moderator", "Moderators", "en"),
        ("translator", "Translators (Malay)", "ms"),
    ],
)
def test_a_new_campaign_goes_live_only_by_approval(homes, role, group, language):
    browser = signed_in(role, group)
    parent = homes[language]
    url = f"/admin/pages/add/campaigns/campaignpage/{parent.pk}/"
    form = browser.get(url)
    assert form.status_code == 200
    html = form.content.decode()
    data = form_data(html)
    data.update(
        {
            "title": ["Unreviewed campaign"],
            "slug": ["unreviewed-campaign"],
            "hero_heading": ["Never reviewed"],
            "action-publish": ["1"],
        }
    )
    for stream in ("body", "partners", "call_to_action"):
        data[f"{stream}-count"] = ["0"]
    assert 'name="action-publish"' not in html
    browser.post(url, data)  # a forged Publish: refused
    assert not CampaignPage.objects.filter(slug="unreviewed-campaign").exists()
    del data["action-publish"]
    assert browser.post(url, data).status_code == 302  # saved as a draft
    page = CampaignPage.objects.get(slug="unreviewed-campaign", locale=parent.locale)
    assert is_moderated(page) and not page.live
