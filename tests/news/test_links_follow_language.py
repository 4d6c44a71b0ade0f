"""A link in a story's text to another page leads each language's reader to that page in their language."""

import pytest

from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_page_link_in_a_translated_story_leads_to_the_translated_page(
    client, translated_home, translate_now
):
    campaign = StandardPageFactory(parent=translated_home["en"], title="Dari Dapur", slug="dari-dapur")
    index = NewsIndexPageFactory(parent=translated_home["en"])
    story = NewsStoryPageFactory(
        parent=index,
        slug="workshop",
        body=[("paragraph", f'<p>Read about the <a linktype="page" id="{campaign.pk}">campaign</a>.</p>')],
    )
    for page in (campaign, index, story):
        translate_now(page)
    assert 'href="/en/dari-dapur/"' in client.get("/en/news/workshop/").content.decode()
    malay = client.get("/ms/news/workshop/").content.decode()
    assert 'href="/ms/dari-dapur/"' in malay
