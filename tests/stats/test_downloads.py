"""CSV and JSON downloads carry exactly the snippet's values, with source, date and licence."""

import csv
import io
import json
from decimal import Decimal

import pytest

from tests.factories.stats import DatasetFactory, StatisticFactory, rows, series

pytestmark = pytest.mark.django_db


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # BOM: spreadsheets read it as UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def test_dataset_csv_equals_the_snippets_values(client, data_page):
    dataset = DatasetFactory(
        slug="gender-age",
        unit="people",
        category_label="Age group",
        series=series("Female", "Male"),
        rows=rows(("0–4", "131; 140"), ("5–17", "1,352; 371.5")),
    )
    response = client.get("/en/data/gender-age/csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="gender-age_2023-06-30.csv"'
    header, *body = read_csv(response)
    assert header[:3] == ["Age group", "Female", "Male"]
    assert header[3:] == [
        "title",
        "unit",
        "as_of",
        "period",
        "source",
        "source_url",
        "licence",
        "licence_url",
        "provisional",
        "sample",
        "note",
        "suggested_citation",
        "corrections",
    ]
    values = [(row[0], [Decimal(cell) for cell in row[1:3]]) for row in body]
    assert values == dataset.raw_rows()
    first = dict(zip(header, body[0], strict=True))
    assert [first[name] for name in ("unit", "as_of", "source", "source_url")] == [
        "people",
        "2023-06-30",
        "IOM Malaysia",
        "",
    ]
    assert first["licence"] == "CC BY 4.0"


def test_dataset_json_equals_the_snippets_values(client, data_page):
    dataset = DatasetFactory(slug="resettlement")
    response = client.get("/en/data/resettlement/json/")
    assert response["Content-Disposition"] == 'attachment; filename="resettlement_2023-06-30.json"'
    data = json.loads(response.content)
    assert data["series"] == ["Per cent"]
    assert [(row["category"], [Decimal(str(v)) for v in row["values"]]) for row in data["rows"]] == (
        dataset.raw_rows()
    )
    assert data["as_of"] == "2023-06-30"
    assert data["source"]["name"] == "IOM Malaysia"
    assert data["licence"] == {
        "id": "CC-BY-4.0",
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert "IOM Malaysia. “" in data["suggested_citation"]


def test_statistic_csv_and_json_equal_the_value(client, data_page):
    StatisticFactory(slug="resettled", value=Decimal("113166"), label="refugees resettled")
    header, row = read_csv(client.get("/en/data/resettled/csv/"))
    assert dict(zip(header, row, strict=True))["value"] == "113166"
    assert dict(zip(header, row, strict=True))["as_of"] == "2023-06-30"
    data = json.loads(client.get("/en/data/resettled/json/").content)
    assert data["value"] == 113166 and data["label"] == "refugees resettled"


def test_small_counts_are_suppressed_in_downloads(client, data_page):
    DatasetFactory(
        slug="small", unit="people", series=series("People"), rows=rows(("A", "3"), ("B", "0"), ("C", "5"))
    )
    _header, *body = read_csv(client.get("/en/data/small/csv/"))
    # 3 < 5 is hidden, and 5 with it so that 3 cannot be worked out from the total (secondary suppression)
    assert [row[1] for row in body] == ["*", "0", "*"]
    assert body[0][_header.index("note")].startswith("* Fewer than 5")
    data = json.loads(client.get("/en/data/small/json/").content)
    assert [row["values"] for row in data["rows"]] == [[None], [0], [None]]
    assert data["rows"][0]["suppressed"] == [True]


def test_csv_neutralises_cells_a_spreadsheet_would_run(client, data_page):
    DatasetFactory(
        slug="formulas", series=series("=SUM(A1)"), rows=rows(("@cmd", "1"), ("+1", "2"), ("-x", "97"))
    )
    header, *body = read_csv(client.get("/en/data/formulas/csv/"))
    assert header[1] == "'=SUM(A1)"
    assert [row[0] for row in body] == ["'@cmd", "'+1", "'-x"]


def test_csv_with_hxl_has_a_hashtag_row(client, data_page):
    DatasetFactory(slug="resettlement")
    header, hashtags, *_body = read_csv(client.get("/en/data/resettlement/csv/", {"hxl": "1"}))
    assert hashtags[0] == "#category"
    assert hashtags[1] == "#indicator+num+per_cent"
    assert "#date+reported" in hashtags and "#meta+licence" in hashtags
    assert not read_csv(client.get("/en/data/resettlement/csv/"))[1][0].startswith("#")


@pytest.mark.parametrize(
    "path",
    [
        "/en/data/no-such-slug/csv/",
        "/en/data/no-such-slug/json/",
        "/en/data/resettlement/xml/",
        "/en/data/resettlement/csv/?version=abc",
        "/en/data/resettlement/csv/?version=99999999999999999999999",
        "/en/data/resettlement/csv/?version=123456",
    ],
)
def test_unknown_downloads_are_404(client, data_page, path):
    DatasetFactory(slug="resettlement")
    assert client.get(path).status_code == 404


def test_download_in_another_language_uses_its_translation(client, translated_home, translate_now):
    from tests.factories.stats import DataPageFactory

    data_page = DataPageFactory(parent=translated_home["en"])
    translate_now(data_page)
    dataset = DatasetFactory(slug="resettlement")
    translate_now(dataset)
    header, *body = read_csv(client.get("/ms/data/resettlement/csv/"))
    assert [Decimal(row[1]) for row in body] == [values[0] for _c, values in dataset.raw_rows()]
    assert json.loads(client.get("/ms/data/resettlement/json/").content)["language"] == "ms"
