"""History, news and statistics point at each other, in the reader's language."""

import pytest

from tests.factories.history import HistoryPageFactory, timeline_entry
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import StatisticFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(home_page):
    who_we_are = StandardPageFactory(parent=home_page, title="Who we are", slug="who-we-are")
    return HistoryPageFactory(parent=who_we_are)


def test_a_timeline_entry_shows_its_statistic_with_source(client, history):
    statistic = StatisticFactory(label="refugees resettled", value=113166, source_name="IOM Malaysia")
    history.timeline = [
        timeline_entry(2005, "Resettlement from Malaysia", end_year=2009, statistic=statistic)
    ]
    history.save_revision().publish()
    html = client.get("/en/who-we-are/history/").content.decode()
    entry = html[html.index("Resettlement from Malaysia") :]
    assert "113,166" in entry
    assert "refugees resettled" in entry
    assert "IOM Malaysia" in entry


def test_stories_on_a_topic_link_to_its_background_page(
    client, history, translated_home, translate_now, locales
):
    topic = TopicFactory(name="Resettlement", slug="resettlement", background_page=history)
    news = NewsIndexPageFactory(parent=translated_home["en"])
    story = NewsStoryPageFactory(parent=news, title="Refugees resettled this quarter", topics=[topic])
    other = NewsStoryPageFactory(parent=news, title="Domestic workers and social security")
    html = client.get(story.url).content.decode()
    assert 'id="background-heading"' in html
    assert 'href="/en/who-we-are/history/"' in html
    assert 'id="background-heading"' not in client.get(other.url).content.decode()

    for page in (history.get_parent(), history, news, story):
        translate_now(page, [locales["ms"]])
    translate_now(topic, [locales["ms"]])
    malay = client.get("/ms/news/refugees-resettled-this-quarter/").content.decode()
    assert 'href="/ms/who-we-are/history/"' in malay
