"""A page's hero photo alt text is a page field, so each language describes the photo in its own words.

The same holds for the home page, a news story and a campaign page: on the page and when shared.
"""

from dataclasses import dataclass

import pytest

from tests.factories.campaigns import CampaignPageFactory
from tests.factories.home import ImageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory
from tests.page_html import hero_alt, meta

pytestmark = pytest.mark.django_db


def give_hero_image(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def home_with_hero(home_page, **hero):
    return [give_hero_image(home_page, **hero)]


def story_with_hero(home_page, **hero):
    news_index = NewsIndexPageFactory(parent=home_page)
    story = NewsStoryPageFactory(parent=news_index, title="Training for employers", **hero)
    return [home_page, news_index, story]


def campaign_with_hero(home_page, **hero):
    return [home_page, CampaignPageFactory(parent=home_page, **hero)]


@dataclass(frozen=True)
class HeroPage:
    """A page type with a hero photo: how to make one (with its ancestors, root first) and its path."""

    make: object
    path: str
    image_title: str
    image_description: str

    def url(self, language_code):
        return f"/{language_code}/{self.path}"


HERO_PAGES = {
    "home_page": HeroPage(home_with_hero, "", "Gathering", "Photo of a community gathering"),
    "news_story": HeroPage(
        story_with_hero, "news/training-for-employers/", "Workshop", "Photo of a training workshop"
    ),
    "campaign_page": HeroPage(campaign_with_hero, "dari-dapur/", "Shared table", "Photo of a shared meal"),
}
ENGLISH_ALT = {
    "home_page": "Neighbours from many communities at a gathering",
    "news_story": "Employers listening to a trainer at a workshop",
    "campaign_page": "Families sharing dishes around a long table",
}
MALAY_ALT = {
    "home_page": "Jiran daripada pelbagai komuniti di sebuah perhimpunan",
    "news_story": "Majikan mendengar jurulatih di sebuah bengkel",
    "campaign_page": "Keluarga berkongsi hidangan di sekeliling meja panjang",
}


@pytest.fixture(params=list(HERO_PAGES))
def page_type(request):
    return request.param


def test_translated_page_describes_its_hero_in_its_own_language(
    client, home_page, locales, translate_now, translate_strings, page_type
):
    hero_page, english_alt, malay_alt = HERO_PAGES[page_type], ENGLISH_ALT[page_type], MALAY_ALT[page_type]
    image = ImageFactory(title=hero_page.image_title, description=hero_page.image_description)
    pages = hero_page.make(home_page, hero_image=image, hero_image_alt=english_alt)
    for page in pages:
        translate_now(page, [locales["ms"]])
    translate_strings(pages[-1], "ms", {english_alt: malay_alt})

    html = client.get(hero_page.url("ms")).content.decode()
    assert hero_alt(html) == malay_alt
    assert meta(html, "property", "og:image:alt") == malay_alt
    assert meta(html, "name", "twitter:image:alt") == malay_alt
    assert hero_alt(client.get(hero_page.url("en")).content.decode()) == english_alt


def test_page_without_alt_text_uses_the_image_description(client, home_page, page_type):
    hero_page = HERO_PAGES[page_type]
    image = ImageFactory(title=hero_page.image_title, description=hero_page.image_description)
    hero_page.make(home_page, hero_image=image)

    html = client.get(hero_page.url("en")).content.decode()
    assert hero_alt(html) == hero_page.image_description
    assert meta(html, "property", "og:image:alt") == hero_page.image_description


def test_a_listing_image_is_shared_with_its_own_description_not_the_hero_alt_text(home_page):
    hero = ImageFactory(title="Gathering", description="Photo of a community gathering")
    listing = ImageFactory(title="Logo wall", description="The office's sign")
    give_hero_image(
        home_page, hero_image=hero, hero_image_alt=ENGLISH_ALT["home_page"], listing_image=listing
    )

    assert home_page.hero_image_alt_text == ENGLISH_ALT["home_page"]
    assert home_page.card_image_alt_text == "The office's sign"


def test_page_without_hero_image_has_empty_alt_text(home_page):
    assert home_page.hero_image_alt_text == ""
    assert home_page.card_image_alt_text == ""
