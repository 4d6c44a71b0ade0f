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
    english_alt: str
    malay_alt: str

    def url(self, language_code):
        return f"/{language_code}/{self.path}"


HERO_PAGES = {
    "home_page": HeroPage(
        make=home_with_hero,
        path="",
        image_title="Gathering",
        image_description="Photo of a community gathering",
        english_alt="Neighbours from many communities at a gathering",
        malay_alt="Jiran daripada pelbagai komuniti di sebuah perhimpunan",
    ),
    "news_story": HeroPage(
        make=story_with_hero,
        path="news/training-for-employers/",
        image_title="Workshop",
        image_description="Photo of a training workshop",
        english_alt="Employers listening to a trainer at a workshop",
        malay_alt="Majikan mendengar jurulatih di sebuah bengkel",
    ),
    "campaign_page": HeroPage(
        make=campaign_with_hero,
        path="dari-dapur/",
        image_title="Shared table",
        image_description="Photo of a shared meal",
        english_alt="Families sharing dishes around a long table",
        malay_alt="Keluarga berkongsi hidangan di sekeliling meja panjang",
    ),
}


@pytest.fixture(params=list(HERO_PAGES), ids=list(HERO_PAGES))
def hero_page(request):
    return HERO_PAGES[request.param]


def test_translated_page_describes_its_hero_in_its_own_language(
    client, home_page, locales, translate_now, translate_strings, hero_page
):
    image = ImageFactory(title=hero_page.image_title, description=hero_page.image_description)
    pages = hero_page.make(home_page, hero_image=image, hero_image_alt=hero_page.english_alt)
    for page in pages:
        translate_now(page, [locales["ms"]])
    translate_strings(pages[-1], "ms", {hero_page.english_alt: hero_page.malay_alt})

    html = client.get(hero_page.url("ms")).content.decode()
    assert hero_alt(html) == hero_page.malay_alt
    assert meta(html, "property", "og:image:alt") == hero_page.malay_alt
    assert meta(html, "name", "twitter:image:alt") == hero_page.malay_alt
    assert hero_alt(client.get(hero_page.url("en")).content.decode()) == hero_page.english_alt


def test_page_without_alt_text_uses_the_image_description(client, home_page, hero_page):
    image = ImageFactory(title=hero_page.image_title, description=hero_page.image_description)
    hero_page.make(home_page, hero_image=image)

    html = client.get(hero_page.url("en")).content.decode()
    assert hero_alt(html) == hero_page.image_description
    assert meta(html, "property", "og:image:alt") == hero_page.image_description


def test_a_listing_image_is_shared_with_its_own_description_not_the_hero_alt_text(home_page):
    hero = ImageFactory(title="Gathering", description="Photo of a community gathering")
    listing = ImageFactory(title="Logo wall", description="The office's sign")
    give_hero_image(
        home_page, hero_image=hero, hero_image_alt=HERO_PAGES["home_page"].english_alt, listing_image=listing
    )

    assert home_page.hero_image_alt_text == HERO_PAGES["home_page"].english_alt
    assert home_page.card_image_alt_text == "The office's sign"


def test_page_without_hero_image_has_empty_alt_text(home_page):
    assert home_page.hero_image_alt_text == ""
    assert home_page.card_image_alt_text == ""
