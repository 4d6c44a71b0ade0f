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


class Pages(dict):
    """{url: name} of the illustrated pages; `structured` lists more with JSON-LD."""

    structured = ()


@pytest.fixture
def illustrated_site(home_page):
    image = ImageFactory()
    home_page.hero_image = image
    home_page.save_revision().publish()
    index = NewsIndexPageFactory(parent=home_page)
    for number in range(3):
        NewsStoryPageFactory(parent=index, title=f"Illustrated story {number}", hero_image=image)
    campaign = CampaignPageFactory(parent=home_page, hero_image=image)
    recipe = RecipePageFactory(parent=campaign, photo=image)
    pages = Pages({"/en/": "home", "/en/news/": "news index", campaign.url: "campaign"})
    # Pages with structured data (JSON-LD <script> elements).
    pages.structured = [index.get_children().first().url, recipe.url]
    return pages


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


# Script types a browser runs; any other type (JSON-LD) is a data block it neither fetches nor runs.
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def blocks_rendering(tag):
    """Whether a browser stops parsing the page for this <script> tag until it has run."""
    attrs = attributes(tag)
    script_type = attrs.get("type", "").strip().lower()
    if script_type not in JAVASCRIPT_TYPES:
        return False  # a data block
    if script_type == "module":
        return False  # modules are deferred
    if "src" not in attrs:
        return True  # inline script: runs where it stands
    return not re.search(r"\s(defer|async)(\s|=|>|/)", tag)


def test_the_blocking_check_tells_blocking_scripts_apart():
    assert blocks_rendering("<script>alert(1)</script>")
    assert blocks_rendering('<script src="/static/app.js">')
    assert blocks_rendering('<script type="text/javascript" src="/static/app.js">')
    assert not blocks_rendering('<script src="/static/app.js" defer>')
    assert not blocks_rendering('<script async src="/static/app.js">')
    assert not blocks_rendering('<script type="module" src="/static/app.js">')
    assert not blocks_rendering('<script type="application/ld+json">')


def test_no_script_blocks_rendering(client, illustrated_site):
    scripts = []
    for url in [*illustrated_site, *illustrated_site.structured]:
        response = client.get(url)
        assert response.status_code == 200, url
        tags = re.findall(r"<script\b[^>]*>", response.content.decode())
        scripts += tags
        assert not [tag for tag in tags if blocks_rendering(tag)], url
    # The pages carry scripts (their JSON-LD), so the check above looked at real tags.
    assert any('type="application/ld+json"' in tag for tag in scripts)


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
