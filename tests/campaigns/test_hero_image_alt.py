"""The campaign's hero photo is described in the page's language, on the page and when shared."""

import pytest

from tests.factories.campaigns import CampaignPageFactory
from tests.factories.home import ImageFactory
from tests.page_html import hero_alt, meta

pytestmark = pytest.mark.django_db

ENGLISH_ALT = "Families sharing dishes around a long table"
MALAY_ALT = "Keluarga berkongsi hidangan di sekeliling meja panjang"


def test_translated_campaign_page_describes_its_hero_in_its_own_language(
    client, home_page, locales, translate_now, translate_strings
):
    image = ImageFactory(title="Shared table", description="Photo of a shared meal")
    campaign = CampaignPageFactory(parent=home_page, hero_image=image, hero_image_alt=ENGLISH_ALT)
    translate_now(home_page, [locales["ms"]])
    translate_now(campaign, [locales["ms"]])
    translate_strings(campaign, "ms", {ENGLISH_ALT: MALAY_ALT})

    html = client.get("/ms/dari-dapur/").content.decode()
    assert hero_alt(html) == MALAY_ALT
    assert meta(html, "property", "og:image:alt") == MALAY_ALT
    assert hero_alt(client.get("/en/dari-dapur/").content.decode()) == ENGLISH_ALT


def test_campaign_page_without_alt_text_uses_the_image_description(client, home_page):
    image = ImageFactory(title="Shared table", description="Photo of a shared meal")
    CampaignPageFactory(parent=home_page, hero_image=image)

    html = client.get("/en/dari-dapur/").content.decode()
    assert hero_alt(html) == "Photo of a shared meal"
    assert meta(html, "property", "og:image:alt") == "Photo of a shared meal"
