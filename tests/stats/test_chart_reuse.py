"""Charts readers can reuse: the SVG file, the embed page other sites frame, and the embed code."""

import html
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.test import TestCase
from django.utils import translation

from core.demo_utils import add_translations, ensure_locales
from stats.models import DataPage, Dataset
from tests.factories.home import make_home_page, translate_at_once
from tests.factories.stats import CountsDatasetFactory, DataPageFactory, DatasetFactory, StatisticFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Attributes that hold coordinates, sizes and colours, where any digits may appear.
GEOMETRY = {
    "x",
    "y",
    "width",
    "height",
    "viewBox",
    "d",
    "transform",
    "font-size",
    "stroke-width",
    "fill",
    "stroke",
}
ARABIC = {
    "Countries of resettlement": "بلدان إعادة التوطين",
    "USA": "الولايات المتحدة",
    "Australia": "أستراليا",
    "Canada": "كندا",
    "UK": "المملكة المتحدة",
}


def csp_directives(response):
    return {
        part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split("; ") if part
    }


def svg_root(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(response.content)  # noqa: S314  our own file; parses as XML, or raises
    assert root.tag == SVG + "svg"
    return root


def texts(root):
    """Every text a reader or a screen reader gets: <text>, <title>, <desc>."""
    return [
        "".join(element.itertext())
        for element in root.iter()
        if element.tag in {SVG + "text", SVG + "title", SVG + "desc"}
    ]


def frameable_by_others(response):
    return "X-Frame-Options" not in response and csp_directives(response)["frame-ancestors"] == ["*"]


def refuses_framing(response):
    return response["X-Frame-Options"] == "DENY" and csp_directives(response)["frame-ancestors"] == ["'self'"]


@pytest.fixture(scope="module")
def site_content(module_db):
    """The data page in every language, and a bar-chart dataset translated into Arabic by hand.

    Translating them is the slow part, and no test changes them in a way its rollback does
    not undo, so they are built once for the module; the ids by name.
    """
    ensure_locales()
    home = translate_at_once(make_home_page())
    data_page = translate_at_once(DataPageFactory(parent=home))
    dataset = DatasetFactory(slug="resettlement", title="Countries of resettlement")
    with TestCase.captureOnCommitCallbacks(execute=True):
        add_translations(dataset, {"ar": ARABIC})
    return {"data_page": data_page.pk, "resettlement": dataset.pk}


@pytest.fixture
def data_pages(site_content):
    """The data page in every language (/en/data/, /ar/data/, ...), by language code."""
    page = DataPage.objects.get(pk=site_content["data_page"])
    return {
        translated.locale.language_code: translated for translated in page.get_translations(inclusive=True)
    }


@pytest.fixture
def resettlement(data_pages, site_content):
    """A bar-chart dataset, translated into Arabic by hand."""
    return Dataset.objects.get(pk=site_content["resettlement"])


def test_the_svg_file_has_the_title_categories_source_and_citation(client, resettlement):
    response = client.get("/en/data/resettlement/svg/")
    root = svg_root(response)
    assert response["Content-Disposition"] == 'attachment; filename="resettlement_2023-06-30.svg"'
    assert root.get(XML_LANG) == "en" and root.get("direction") == "ltr"
    assert root.get("font-family")  # its own font: the site's CSS is not there
    words = texts(root)
    assert "Countries of resettlement" in words
    for category in ("USA", "Australia", "Canada", "UK"):
        assert category in words
    assert "80.6%" in words
    assert "Source: IOM Malaysia" in words
    citation = " ".join(words[words.index("Source: IOM Malaysia") + 1 :])
    assert citation.startswith("IOM Malaysia. “Countries of resettlement”. As of 30 June 2023.")
    assert re.search(r"http://testserver/en/data/#?resettlement", citation)


def test_the_arabic_svg_is_in_arabic_and_right_to_left(client, resettlement):
    root = svg_root(client.get("/ar/data/resettlement/svg/"))
    assert root.get(XML_LANG) == "ar" and root.get("direction") == "rtl"
    chart = root.find(f".//{SVG}svg")
    assert chart.get("direction") == "rtl"
    words = texts(root)
    assert "بلدان إعادة التوطين" in words
    for category in ("الولايات المتحدة", "أستراليا", "كندا", "المملكة المتحدة"):
        assert category in words
    assert "Countries of resettlement" not in words and "Australia" not in words
    assert any("http://testserver/ar/data/" in text for text in words)  # the citation, in Arabic's data page
    # Text starts at the right edge: anchored at "start" in a right-to-left drawing, on the right side.
    title = root.find(f"{SVG}text")
    assert title.get("text-anchor") == "start"
    assert float(title.get("x")) > float(root.get("width")) / 2


@pytest.mark.parametrize("display", ["bar", "stacked", "pie", "donut", "table"])
def test_suppressed_counts_never_appear_in_the_svg(client, data_pages, display):
    # A title without digits: a factory sequence number such as 43 must not look like a hidden count.
    CountsDatasetFactory(slug="arrivals", display=display, title="Arrivals by age group")
    root = svg_root(client.get("/en/data/arrivals/svg/"))
    words = texts(root)
    assert "352" in " ".join(words) and "*" in " ".join(words)
    for hidden in ("43", "47"):  # below the threshold of 50
        assert not any(re.search(rf"(?<!\d){hidden}(?!\d)", text) for text in words), (hidden, words)
        for element in root.iter():
            for name, value in element.attrib.items():
                # Ids and their references carry a random hex token ("chart-a43f…"): not a number.
                if name not in GEOMETRY and name not in ("id", "aria-labelledby"):
                    assert not re.search(rf"(?<!\d){hidden}(?!\d)", value), (name, value)
    assert any(text.startswith("* Fewer than 50") for text in words)
    kind = "bar" if display == "table" else display  # a table dataset is drawn as bars
    assert root.find(f".//{SVG}svg").get("class") == f"chart chart--{kind}"


def test_the_embed_page_is_the_chart_and_citation_in_the_readers_language(client, resettlement):
    response = client.get("/ar/data/resettlement/embed/")
    assert response.status_code == 200
    page = response.content.decode()
    assert re.search(r'<html lang="ar" dir="rtl">', page)
    assert '<svg class="chart chart--bar"' in page and 'direction="rtl"' in page
    assert "بلدان إعادة التوطين" in page and "أستراليا" in page
    cite = re.search(r"<cite[^>]*>(.*?)</cite>", html.unescape(page), re.S).group(1)
    assert cite.startswith("IOM Malaysia.") and "بلدان إعادة التوطين" in cite  # the citation, in Arabic
    assert "http://testserver/ar/data/" in cite
    assert 'href="http://testserver/ar/data/resettlement/"' in page  # the dataset's own page
    assert "site-header" not in page and "<script" not in page and "style=" not in page
    english = client.get("/en/data/resettlement/embed/").content.decode()
    assert '<html lang="en" dir="ltr">' in english and "Countries of resettlement" in english


def test_only_the_embed_page_may_be_framed_by_other_sites(client, resettlement):
    embed = client.get("/ar/data/resettlement/embed/")
    assert frameable_by_others(embed)
    directives = csp_directives(embed)
    assert directives["script-src"][0] == "'self'" and "'unsafe-inline'" not in directives["script-src"]
    assert directives["style-src"] == ["'self'"] and directives["object-src"] == ["'none'"]
    for path in (
        "/ar/data/",
        "/en/data/",
        "/ar/data/resettlement/svg/",
        "/en/data/resettlement/csv/",
        "/en/",
    ):
        assert refuses_framing(client.get(path)), path


def test_the_page_cache_keeps_the_embed_page_frameable_and_the_rest_refusing(client, resettlement, settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    try:
        for path, check in (
            ("/ar/data/resettlement/embed/", frameable_by_others),
            ("/ar/data/", refuses_framing),
        ):
            first, second = client.get(path), client.get(path)
            assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), path
            assert check(first) and check(second), path
    finally:
        cache.clear()


def test_the_data_page_offers_the_svg_and_the_embed_code_in_the_readers_language(client, resettlement):
    page = client.get("/ar/data/").content.decode()
    assert 'href="/ar/data/resettlement/svg/"' in page
    code = html.unescape(
        re.search(r'<textarea class="chart-reuse__code"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    )
    iframe = re.search(r"<iframe ([^>]*)></iframe>", code).group(1)
    assert 'src="http://testserver/ar/data/resettlement/embed/"' in iframe
    assert 'title="بلدان إعادة التوطين"' in iframe
    assert re.search(r'width="\d+"', iframe) and re.search(r'height="\d+"', iframe)
    # The citation under it, in Arabic and right to left.
    citation = r'</iframe>\n<p lang="ar" dir="rtl">IOM Malaysia\. [^<]*بلدان إعادة التوطين[^<]*</p>$'
    assert re.search(citation, code)
    # The embed code's address serves the embed page.
    assert client.get("/ar/data/resettlement/embed/").status_code == 200
    english = client.get("/en/data/").content.decode()
    assert "Download chart (SVG)" in english and "Embed this chart" in english
    assert "http://testserver/en/data/resettlement/embed/" in html.unescape(english)


def test_the_dataset_block_offers_the_svg_and_the_embed_code(resettlement, data_pages):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    home.body = [("dataset", {"dataset": resettlement, "display": "default", "caption": ""})]
    home.save_revision().publish()
    with translation.override("ar"):
        block = HomePage.objects.get(pk=home.pk).body[0].render()
    assert 'href="/ar/data/resettlement/svg/"' in block
    code = html.unescape(block)
    assert re.search(
        r'<iframe src="https?://[^/"]+/ar/data/resettlement/embed/" title="بلدان إعادة التوطين"', code
    )


def test_a_table_dataset_shows_no_chart_and_no_reuse_links_on_the_data_page(client, data_pages):
    DatasetFactory(slug="table-only", display="table")
    page = client.get("/en/data/").content.decode()
    assert "/en/data/table-only/svg/" not in page
    assert client.get("/en/data/table-only/svg/").status_code == 200  # drawn as bars on request


@pytest.mark.parametrize("route", ["svg", "embed"])
def test_unknown_draft_only_and_statistic_slugs_are_404(client, data_pages, route):
    draft = DatasetFactory(slug="draft-only")
    draft.live = False
    draft.save()
    StatisticFactory(slug="resettled")
    for slug in ("draft-only", "resettled", "no-such-slug"):
        assert client.get(f"/en/data/{slug}/{route}/").status_code == 404, slug
    assert client.get(f"/ar/data/draft-only/{route}/").status_code == 404


def test_sample_data_says_so_in_the_svg_the_embed_page_and_the_embed_code(client, data_pages):
    DatasetFactory(slug="invented", title="Invented arrivals", sample=True)
    words = texts(svg_root(client.get("/en/data/invented/svg/")))
    assert "Invented arrivals (sample data)" in words
    assert any(text.startswith("Sample data:") for text in words)
    embed = client.get("/en/data/invented/embed/").content.decode()
    assert "Invented arrivals (sample data)" in embed and "Sample data:" in embed
    data_page = html.unescape(client.get("/en/data/").content.decode())
    assert 'title="Invented arrivals (sample data)"' in data_page
