"""A small site with one page of every public type, translated into every locale.

The security tests sweep it from its own sitemap, so a new page type only needs
a line here to be covered by the hostile-input sweep.
"""

import datetime

import pytest
from wagtail.models import Page

from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.history import HistoryPageFactory
from tests.factories.home import ImageFactory, StandardPageFactory, translate_text_as_is
from tests.factories.news import MediaContactFactory, NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, DatasetFactory, StatisticFactory
from tests.factories.users import make_user

SCHEDULE = {
    "title": "Ethical recruitment training",
    "introduction": "Workshops for employers.",
    "rows": [
        {
            "start_date": datetime.date(2023, 5, 22),
            "end_date": datetime.date(2023, 5, 23),
            "sessions": 2,
            "venue": "M Resort & Hotel",
            "city": "Kuala Lumpur",
            "region": "",
        }
    ],
    "registration_url": "https://example.org/register",
}


@pytest.fixture
def public_site(home_page, locales, translate_now):
    """Every public page type under the English home, then synced translations top-down."""
    who = StandardPageFactory(parent=home_page, title="Who we are", slug="who-we-are")
    history = HistoryPageFactory(parent=who)
    news = NewsIndexPageFactory(parent=home_page)
    topic = TopicFactory(name="Ethical recruitment", slug="ethical-recruitment")
    story = NewsStoryPageFactory(
        parent=news,
        title="Training on ethical recruitment",
        slug="training",
        kind="event",
        topics=[topic],
        media_contact=MediaContactFactory(),
        hero_image=ImageFactory(title="Training hall", description="Employers at a workshop"),
        body=[("paragraph", "<p>Trainings.</p>"), ("event_schedule", SCHEDULE)],
    )
    data = DataPageFactory(parent=home_page)
    dataset = DatasetFactory(slug="resettlement")
    statistic = StatisticFactory(slug="resettled")
    campaign = CampaignPageFactory(parent=home_page)
    recipe = RecipePageFactory(parent=campaign, title="Lentil soup", slug="lentil-soup", tags=[])
    for instance in (topic, dataset, statistic, home_page, who, history, news, story, data, campaign, recipe):
        translate_now(instance)
    # Each copy counts as translated (core/translation_state.py), so the sitemap lists every one.
    other_languages = [code for code in locales if code != "en"]
    for page in (home_page, who, history, news, story, data, campaign, recipe):
        translate_text_as_is(page, other_languages)
    schedule_id = next(block.id for block in story.body if block.block_type == "event_schedule")
    return {
        "pages": Page.objects.live().filter(depth__gte=2).specific(),
        "story": story,
        "schedule_id": schedule_id,
        "datasets": [dataset.slug, statistic.slug],
        "topic": topic.slug,
    }


@pytest.fixture
def malay_translator(client):
    """The test client, signed in as a member of "Translators (Malay)"."""
    client.force_login(make_user("penterjemah", "Translators (Malay)"))
    return client
