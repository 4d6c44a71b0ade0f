"""Each figure has its own page to cite: /<lang>/data/<slug>/ with its chart or number, downloads, the
suggested citation and every correction (old value → new value, note, superseded files at permanent
addresses). Pages that show a figure link to it; the sitemap lists each one with its translations."""

import csv
import datetime
import io
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import html5lib
import pytest

from stats.models import Statistic
from tests.factories.home import StandardPageFactory
from tests.factories.stats import (
    AgesDatasetFactory,
    DatasetFactory,
    StatisticFactory,
    publish_correction,
    rows,
    series,
)

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def corrected_statistic(data_page):
    """645 → 646 → 647: two published corrections, and a draft (648) nobody approved."""
    statistic = StatisticFactory(slug="returns", value=Decimal("645"), label="Malaysians helped home")
    statistic.save_revision().publish()
    publish_correction(statistic, "Two late returns added.", datetime.date(2026, 10, 1), value=Decimal("646"))
    publish_correction(
        statistic, "One more return confirmed.", datetime.date(2026, 11, 2), value=Decimal("647")
    )
    draft = statistic.get_latest_revision_as_object()
    draft.value, draft.correction_note = Decimal("648"), "Unreviewed."
    draft.save_revision()
    return statistic


def corrections_log(html):
    document = html5lib.parse(html, namespaceHTMLElements=False)
    entries = document.findall(".//ol[@class='corrections-log']/li")
    return [" ".join(" ".join(entry.itertext()).split()) for entry in entries], document


def test_the_figure_page_keeps_every_correction_with_the_values_it_replaced(client, corrected_statistic):
    response = client.get("/en/data/returns/")
    assert response.status_code == 200
    html = response.content.decode()
    entries, document = corrections_log(html)
    assert len(entries) == 2  # newest first
    assert "1 October 2026" in entries[1] and "Two late returns added." in entries[1]
    assert "2 November 2026" in entries[0] and "One more return confirmed." in entries[0]
    struck = [element.text for element in document.iter("del")]
    added = [element.text for element in document.iter("ins")]
    assert struck == ["646", "645"] and added == ["647", "646"]
    assert "648" not in html and "Unreviewed." not in html  # a draft is no correction
    assert document.find(".//h1").text.startswith("647")


def test_each_superseded_version_downloads_from_a_permanent_address(client, corrected_statistic):
    html = client.get("/en/data/returns/").content.decode()
    version_urls = re.findall(r'href="(/en/data/returns/versions/\d+/json/)"', html)
    assert len(version_urls) == 2
    values = [json.loads(client.get(url).content)["value"] for url in version_urls]
    assert values == [646, 645]
    # The current file has the current value.
    assert json.loads(client.get("/en/data/returns/json/").content)["value"] == 647


def test_the_figure_page_is_the_address_in_the_suggested_citation(client, corrected_statistic):
    html = client.get("/en/data/returns/").content.decode()
    (citation,) = re.findall(r'<cite class="data-item__citation"[^>]*>(.*?)</cite>', html, re.S)
    assert "http://testserver/en/data/returns/" in citation
    assert '<link rel="canonical" href="http://testserver/en/data/returns/">' in html


def test_a_dataset_page_has_its_chart_table_and_dataset_search_markup(client, data_page):
    dataset = AgesDatasetFactory(title="Arrivals by age", display="bar")
    dataset.save_revision().publish()
    html = client.get("/en/data/ages/").content.decode()
    assert '<svg class="chart chart--bar"' in html and '<table class="data-table">' in html
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(script)
    assert data["@type"] == "Dataset" and data["url"] == "http://testserver/en/data/ages/"
    assert {item["encodingFormat"] for item in data["distribution"]} == {"text/csv", "application/json"}


def test_unknown_and_never_published_figures_are_not_found(client, data_page):
    draft = StatisticFactory(slug="draft-only", live=False)
    draft.save_revision()
    assert client.get("/en/data/draft-only/").status_code == 404
    assert client.get("/en/data/no-such-figure/").status_code == 404


def test_pages_that_show_a_figure_link_to_its_page(client, home_page, data_page):
    statistic = StatisticFactory(slug="resettled")
    dataset = DatasetFactory(slug="origins")
    page = StandardPageFactory(
        parent=home_page,
        body=[
            ("statistic", {"statistic": statistic}),
            ("dataset", {"dataset": dataset, "display": "default", "caption": ""}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert 'href="/en/data/resettled/"' in html and 'href="/en/data/origins/"' in html


@pytest.fixture
def figure_in_malay(translated_home, translate_now, data_pages):
    statistic = StatisticFactory(slug="resettled")
    statistic.save_revision().publish()
    translate_now(statistic, [translated_home["ms"].locale])
    return statistic


def test_the_sitemap_lists_each_figure_page_with_its_translations(client, figure_in_malay):
    tree = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314  our own sitemap
    entries = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in tree.iter(f"{SITEMAP}url")
    }
    english, malay = "http://testserver/en/data/resettled/", "http://testserver/ms/data/resettled/"
    assert entries[english] == entries[malay] == {"en": english, "ms": malay, "x-default": english}


def test_other_languages_of_a_figure_page_lead_to_the_same_figure(client, figure_in_malay):
    html = client.get("/en/data/resettled/").content.decode()
    assert '<link rel="alternate" hreflang="ms" href="http://testserver/ms/data/resettled/">' in html
    assert 'href="/ms/data/resettled/" lang="ms"' in html  # the language switcher
    # No Arabic copy: hreflang does not offer one; the switcher goes to the Arabic home page.
    assert 'hreflang="ar"' not in html.split("</head>")[0]


def test_search_finds_a_corrected_number_in_every_translation(client, figure_in_malay):
    malay = Statistic.objects.get(translation_key=figure_in_malay.translation_key, locale__language_code="ms")
    publish_correction(figure_in_malay, "Recount.", datetime.date(2026, 11, 2), value=Decimal("113170"))
    html = client.get("/ms/search/", {"q": "113170"}).content.decode()
    assert 'href="/ms/data/resettled/"' in html
    assert malay.label in html


def test_the_corrections_log_never_gives_away_a_suppressed_count(client, data_page):
    """A small count corrected from 3 to 4 stays '*' in the log, on the page and in every file."""
    dataset = DatasetFactory(
        slug="origins",
        unit="people",
        display="table",
        suppression_threshold=5,
        series=series("Female", "Male"),
        rows=rows(("Myanmar", "1,208; 1,310"), ("Sri Lanka", "3; 41"), ("Other", "52; 60")),
    )
    dataset.save_revision().publish()
    corrected = [dict(row) for row in dataset.rows.raw_data]
    corrected[1]["value"] = {"category": "Sri Lanka", "values": "4; 41"}
    corrected[0]["value"] = {"category": "Myanmar", "values": "1,209; 1,310"}
    publish_correction(dataset, "Recount.", datetime.date(2026, 11, 2), rows=corrected)

    html = client.get("/en/data/origins/").content.decode()
    entries, document = corrections_log(html)
    (entry,) = entries
    assert "Myanmar, Female 1,208 1,209" in entry and "Sri Lanka, Female * *" in entry
    downloads = {
        name: client.get(f"/en/data/origins/{name}/").content.decode("utf-8-sig") for name in ("csv", "json")
    }
    log = json.loads(downloads["json"])["corrections"][0]["changes"]
    assert {"what": "Sri Lanka, Female", "before": None, "after": None} in log
    csv_log = {row["corrections"] for row in csv.DictReader(io.StringIO(downloads["csv"]))}
    assert csv_log == {"2026-11-02: Recount. (Myanmar, Female: 1208 → 1209, Sri Lanka, Female: * → *)"}
    assert not re.search(r"\b[34]\b", entry.replace("2026", "")), entry


def test_the_figure_page_costs_the_same_queries_however_many_corrections(client, data_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        client.get(url)  # warm the site and content-type caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    once = StatisticFactory(slug="once", value=Decimal("10"))
    once.save_revision().publish()
    publish_correction(once, "Fixed.", datetime.date(2026, 1, 1), value=Decimal("11"))
    often = StatisticFactory(slug="often", value=Decimal("10"))
    often.save_revision().publish()
    for step in range(1, 7):
        publish_correction(often, f"Fix {step}.", datetime.date(2026, 1, step), value=Decimal(10 + step))
    assert queries("/en/data/often/") == queries("/en/data/once/")
