"""Page weight: responsive WebP images with fixed dimensions, no blocking scripts, compressed pages."""

import gzip
import re

import pytest
from django.contrib.auth import get_user_model

from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.home import ImageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img\b[^>]*>")
WEBP_SOURCE = re.compile(r'<source\b[^>]*type="image/webp"[^>]*>')


def attributes(tag):
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def widths(srcset):
    return sorted(int(candidate.split()[-1].rstrip("w")) for candidate in srcset.split(","))


@pytest.fixture
def illustrated_site(home_page):
    image = ImageFactory()
    home_page.hero_image = image
    home_page.save_revision().publish()
    index = NewsIndexPageFactory(parent=home_page)
    for number in range(3):
        NewsStoryPageFactory(parent=index, title=f"Illustrated story {number}", hero_image=image)
    campaign = CampaignPageFactory(parent=home_page, hero_image=image)
    RecipePageFactory(parent=campaign, photo=image)
    return {"/en/": "home", "/en/news/": "news index", campaign.url: "campaign"}


def test_every_image_has_dimensions_and_a_webp_srcset(client, illustrated_site):
    for url in illustrated_site:
        html = client.get(url).content.decode()
        images = IMG.findall(html)
        assert images, url
        for tag in images:
            attrs = attributes(tag)
            assert attrs.get("width") and attrs.get("height"), (url, tag)
        sources = WEBP_SOURCE.findall(html)
        assert sources, f"{url}: no WebP <source>"
        for source in sources:
            assert len(widths(attributes(source)["srcset"])) >= 2, source
            assert attributes(source).get("sizes"), source


def test_cards_load_lazily_and_the_hero_eagerly(client, illustrated_site):
    html = client.get("/en/news/").content.decode()
    cards = [tag for tag in IMG.findall(html) if "story-card__image" in tag]
    assert len(cards) == 3
    assert all(attributes(tag).get("loading") == "lazy" for tag in cards)
    home = client.get("/en/").content.decode()
    hero = next(tag for tag in IMG.findall(home) if "hero__image" in tag)
    assert "loading" not in attributes(hero) and attributes(hero)["fetchpriority"] == "high"


def test_no_script_blocks_rendering(client, illustrated_site):
    for url in illustrated_site:
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            if "src" in attributes(tag):  # inline JSON-LD blocks nothing; external scripts must not
                assert re.search(r"\b(defer|async)\b|type=\"module\"", tag), (url, tag)


@pytest.mark.usefixtures("page_cache")
def test_pages_are_gzipped_and_the_cache_keeps_compressed_and_plain_copies_apart(client, illustrated_site):
    plain = client.get("/en/news/")
    assert "Content-Encoding" not in plain
    first = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert first["Content-Encoding"] == "gzip" and first["X-Page-Cache"] == "miss"
    assert "Accept-Encoding" in first["Vary"]
    hit = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip")
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    assert len(hit.content) * 3 < len(plain.content)
    again = client.get("/en/news/")
    assert again["X-Page-Cache"] == "hit" and "Content-Encoding" not in again


def test_admin_pages_are_not_compressed(client, home_page):
    admin = get_user_model().objects.create_superuser("weight-admin", "w@example.org", "a-long-password-1")
    client.force_login(admin)
    response = client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response
