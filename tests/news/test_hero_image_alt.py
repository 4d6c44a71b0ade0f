"""A story's hero photo is described in the story's language, on the page and when shared."""

import pytest

from tests.factories.home import ImageFactory
from tests.factories.news import NewsStoryPageFactory
from tests.page_html import hero_alt, meta

pytestmark = pytest.mark.django_db

ENGLISH_ALT = "Employers listening to a trainer at a workshop"
MALAY_ALT = "Majikan mendengar jurulatih di sebuah bengkel"


def test_translated_story_describes_its_hero_in_its_own_language(
    client, news_index, locales, translate_now, translate_strings
):
    image = ImageFactory(title="Workshop", description="Photo of a training workshop")
    story = NewsStoryPageFactory(
        parent=news_index, title="Training for employers", hero_image=image, hero_image_alt=ENGLISH_ALT
    )
    translate_now(news_index.get_parent().specific, [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    translate_now(story, [locales["ms"]])
    translate_strings(story, "ms", {ENGLISH_ALT: MALAY_ALT})

    html = client.get("/ms/news/training-for-employers/").content.decode()
    assert hero_alt(html) == MALAY_ALT
    assert meta(html, "property", "og:image:alt") == MALAY_ALT
    assert meta(html, "name", "twitter:image:alt") == MALAY_ALT


def test_story_without_alt_text_uses_the_image_description(client, news_index):
    image = ImageFactory(title="Workshop", description="Photo of a training workshop")
    NewsStoryPageFactory(parent=news_index, title="Training for employers", hero_image=image)

    html = client.get("/en/news/training-for-employers/").content.decode()
    assert hero_alt(html) == "Photo of a training workshop"
    assert meta(html, "property", "og:image:alt") == "Photo of a training workshop"
