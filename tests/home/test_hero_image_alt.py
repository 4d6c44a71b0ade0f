"""The hero photo's alt text is a page field, so each language describes the photo in its own words."""

import pytest

from tests.factories.home import ImageFactory
from tests.page_html import hero_alt, meta

pytestmark = pytest.mark.django_db

ENGLISH_ALT = "Neighbours from many communities at a gathering"
MALAY_ALT = "Jiran daripada pelbagai komuniti di sebuah perhimpunan"


def give_hero_image(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_translated_home_page_describes_its_hero_in_its_own_language(
    client, home_page, locales, translate_now, translate_strings
):
    image = ImageFactory(title="Gathering", description="Photo of a community gathering")
    give_hero_image(home_page, hero_image=image, hero_image_alt=ENGLISH_ALT)
    translate_now(home_page, [locales["ms"]])
    translate_strings(home_page, "ms", {ENGLISH_ALT: MALAY_ALT})

    html = client.get("/ms/").content.decode()
    assert hero_alt(html) == MALAY_ALT
    assert meta(html, "property", "og:image:alt") == MALAY_ALT
    assert meta(html, "name", "twitter:image:alt") == MALAY_ALT
    assert hero_alt(client.get("/en/").content.decode()) == ENGLISH_ALT


def test_home_page_without_alt_text_uses_the_image_description(client, home_page):
    image = ImageFactory(title="Gathering", description="Photo of a community gathering")
    give_hero_image(home_page, hero_image=image)

    html = client.get("/en/").content.decode()
    assert hero_alt(html) == "Photo of a community gathering"
    assert meta(html, "property", "og:image:alt") == "Photo of a community gathering"


def test_a_listing_image_is_shared_with_its_own_description_not_the_hero_alt_text(home_page):
    hero = ImageFactory(title="Gathering", description="Photo of a community gathering")
    listing = ImageFactory(title="Logo wall", description="The office's sign")
    give_hero_image(home_page, hero_image=hero, hero_image_alt=ENGLISH_ALT, listing_image=listing)

    assert home_page.hero_image_alt_text == ENGLISH_ALT
    assert home_page.card_image_alt_text == "The office's sign"


def test_page_without_hero_image_has_empty_alt_text(home_page):
    assert home_page.hero_image_alt_text == ""
    assert home_page.card_image_alt_text == ""
