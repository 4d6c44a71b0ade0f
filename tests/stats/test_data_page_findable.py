"""The data page draws each chart dataset and describes every dataset for dataset search engines."""

import re

import html5lib
import pytest

from tests.factories.stats import DatasetFactory
from tests.page_html import json_ld

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def item(html, slug):
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return document.find(f".//li[@id='{slug}']")


def test_data_page_shows_a_chart_dataset_as_a_chart_and_a_table(client, data_page):
    DatasetFactory(slug="resettlement", title="Countries of resettlement", display="pie")
    DatasetFactory(slug="ages", title="Age groups", display="table")
    html = client.get("/en/data/").content.decode()
    chart_item = item(html, "resettlement")
    figure = chart_item.find(".//figure")
    assert figure is not None
    svg = figure.find(f".//{SVG}svg")
    assert svg is not None and "chart--pie" in svg.get("class")
    assert svg.find(f"{SVG}title").text == "Countries of resettlement"
    assert chart_item.find(".//table") is not None  # the numbers stay available
    table_item = item(html, "ages")
    assert table_item.find(f".//{SVG}svg") is None and table_item.find(".//table") is not None


def test_data_page_describes_each_dataset_for_dataset_search(client, data_page):
    DatasetFactory(
        slug="resettlement",
        title="Countries of resettlement </script><b>",
        description="Short.",
        source_url="https://www.iom.int/",
        licence="CC-BY-SA-4.0",
    )
    html = client.get("/en/data/").content.decode()
    assert "</script><b>" not in html.split("<body")[0]
    (dataset,) = [data for data in json_ld(html) if data["@type"] == "Dataset"]
    assert dataset["@context"] == "https://schema.org"
    assert dataset["name"] == "Countries of resettlement </script><b>"
    assert len(dataset["description"]) >= 50
    assert dataset["description"].startswith("Short.")
    assert "IOM Malaysia" in dataset["description"] and "USA" in dataset["description"]
    assert dataset["creator"] == {
        "@type": "Organization",
        "name": "IOM Malaysia",
        "url": "https://www.iom.int/",
    }
    assert dataset["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert dataset["temporalCoverage"] == "2023-06-30"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", dataset["dateModified"])
    assert dataset["url"] == "http://testserver/en/data/resettlement/"  # the dataset's own page
    assert sorted((d["@type"], d["encodingFormat"], d["contentUrl"]) for d in dataset["distribution"]) == [
        ("DataDownload", "application/json", "http://testserver/en/data/resettlement/json/"),
        ("DataDownload", "text/csv", "http://testserver/en/data/resettlement/csv/"),
    ]
    for download in dataset["distribution"]:
        assert client.get(download["contentUrl"]).status_code == 200


def test_dataset_description_is_kept_when_long_enough(client, data_page):
    text = "Where refugees departing Malaysia were resettled, by country, in the second quarter."
    DatasetFactory(slug="resettlement", description=text)
    (dataset,) = json_ld(client.get("/en/data/").content.decode())
    assert dataset["description"] == text
