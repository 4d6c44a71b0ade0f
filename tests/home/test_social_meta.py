"""Shared links show a title, description, raster image and the page's languages."""

import pytest

from tests.factories.home import ImageFactory, StandardPageFactory, translate_text_as_is

pytestmark = pytest.mark.django_db


def meta(html, prop):
    marker = f'property="{prop}" content="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def test_open_graph_tags_use_a_jpeg_rendition_with_alt_text(client, translated_home, translate_now, locales):
    image = ImageFactory(title="Workshop", description="Participants at a training workshop")
    page = StandardPageFactory(
        parent=translated_home["en"],
        title="Partnerships",
        listing_summary="Who we work with.",
        listing_image=image,
    )
    translate_now(page, [locales["ms"]])
    translate_text_as_is(page, ["ms"])
    html = client.get("/en/partnerships/").content.decode()
    assert meta(html, "og:title") == "Partnerships"
    assert meta(html, "og:description") == "Who we work with."
    assert meta(html, "og:url") == "http://testserver/en/partnerships/"
    assert meta(html, "og:image").startswith("http://testserver/")
    assert meta(html, "og:image").endswith(".jpg")
    assert meta(html, "og:image:alt") == "Participants at a training workshop"
    assert meta(html, "og:locale") == "en_US"
    assert meta(html, "og:locale:alternate") == "ms_MY"
    assert 'name="og:' not in html  # property=, never name=


def test_page_without_image_gets_a_summary_card(client, home_page):
    StandardPageFactory(parent=home_page, title="Work with us")
    html = client.get("/en/work-with-us/").content.decode()
    assert '<meta name="twitter:card" content="summary">' in html
    assert 'property="og:image"' not in html


def test_a_missing_image_file_does_not_break_the_page(client, home_page):
    image = ImageFactory(title="Lost", description="A picture whose file went missing")
    image.file.storage.delete(image.file.name)
    StandardPageFactory(parent=home_page, title="Get involved", listing_image=image)
    response = client.get("/en/get-involved/")
    assert response.status_code == 200
