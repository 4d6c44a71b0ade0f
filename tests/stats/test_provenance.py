"""Provenance survives every download: CSV, CSV with HXL, JSON and the CSV's csvw metadata.

Each carries the title, source and its link, the as-of date, the licence and its
link, the suggested citation, the note, the provisional flag and, once a
correction is published, the correction log. Sample (invented) numbers say
"sample" in every one of them, in the chart and in the citation, in every
language. The csvw metadata is checked against its CSV by the `csvw` library
(W3C "CSV on the Web"), fetching both from the site through the test client.
"""

import contextlib
import csv
import datetime
import email
import io
import json
import re
import warnings
from decimal import Decimal

import pytest
from django.utils import translation

from core.demo_utils import ensure_locales
from stats.charts import render_chart
from stats.models import DataPage, Dataset, Statistic
from tests.factories.home import make_home_page, translate_at_once
from tests.factories.stats import DataPageFactory, DatasetFactory, StatisticFactory, rows, series
from tests.factories.stats import publish_correction as publish_corrected_version

pytestmark = pytest.mark.django_db

FORMATS = ["csv", "hxl", "json", "csvw"]
SAMPLE_WORD = re.compile(r"sample|sampel", re.IGNORECASE)  # English, and Malay once translated


def get(client, prefix, slug, kind):
    path = {
        "csv": f"/{prefix}/data/{slug}/csv/",
        "hxl": f"/{prefix}/data/{slug}/csv/?hxl=1",
        "json": f"/{prefix}/data/{slug}/json/",
        "csvw": f"/{prefix}/data/{slug}/csv/metadata/",
    }[kind]
    response = client.get(path)
    assert response.status_code == 200, path
    return response


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def provenance_of(response, kind):
    """{field: text} of what a download says about its figure, whatever its format."""
    if kind in ("csv", "hxl"):
        header, *body = csv_rows(response)
        if kind == "hxl":
            assert body[0][0].startswith("#")
            body = body[1:]
        first = dict(zip(header, body[0], strict=True))
        return {
            "title": first["title"],
            "source": first["source"],
            "source_url": first["source_url"],
            "as_of": first["as_of"],
            "licence": first["licence"],
            "licence_url": first["licence_url"],
            "citation": first["suggested_citation"],
            "note": first["note"],
            "provisional": first["provisional"],
            "corrections": first["corrections"],
        }
    data = json.loads(response.content)
    if kind == "json":
        return {
            "title": data["title"],
            "source": data["source"]["name"],
            "source_url": data["source"]["url"],
            "as_of": data["as_of"],
            "licence": data["licence"]["name"],
            "licence_url": data["licence"]["url"],
            "citation": data["suggested_citation"],
            "note": data["note"],
            "provisional": "yes" if data["provisional"] else "no",
            "corrections": json.dumps(data["corrections"], ensure_ascii=False),
        }
    source, licence = data["dc:source"], data["dc:license"]
    return {
        "title": data["dc:title"],
        "source": source["schema:name"],
        "source_url": source.get("@id", ""),
        "as_of": data["dc:temporal"]["@value"],
        "licence": licence["schema:name"],
        "licence_url": licence["@id"],
        "citation": data["dc:bibliographicCitation"],
        "note": " ".join(
            note["body"]["value"] for note in data["notes"] if note["motivation"] == "describing"
        ),
        "provisional": "yes" if data["schema:creativeWorkStatus"] == "provisional" else "no",
        "corrections": json.dumps(
            [note for note in data["notes"] if note["motivation"] == "editing"], ensure_ascii=False
        ),
    }


@pytest.fixture(scope="module")
def site_content(module_db):
    """The home and data pages in every language, and a sample dataset and statistic translated.

    Translating them into every locale is the slow part, and no test changes them in a way
    its rollback does not undo, so they are built once for the module; the ids by name.
    """
    ensure_locales()
    home = translate_at_once(make_home_page())
    data_page = translate_at_once(DataPageFactory(parent=home))
    dataset = DatasetFactory(
        slug="origins",
        title="Countries of origin",
        unit="people",
        series=series("Refugees"),
        rows=rows(("Myanmar", "1984"), ("Afghanistan", "168")),
        note="The rows add up to the published total.",
        sample=True,
    )
    statistic = StatisticFactory(slug="invented", label="people invented", sample=True)
    translate_at_once(dataset)
    translate_at_once(statistic)
    return {"data_page": data_page.pk, "dataset": dataset.pk, "statistic": statistic.pk}


@pytest.fixture
def data_page(site_content):
    """The English data page at /en/data/ (translated, with the module's sample figures)."""
    return DataPage.objects.get(pk=site_content["data_page"])


def publish_correction(obj, note, date, **changes):
    """Publish the figure as it is, then a corrected version, as the workflow would."""
    obj.save_revision().publish()
    publish_corrected_version(obj, note, date, **changes)
    return obj


@pytest.mark.parametrize("kind", FORMATS)
def test_every_download_of_a_statistic_carries_its_provenance(client, data_page, kind):
    statistic = StatisticFactory(
        slug="resettled",
        label="refugees resettled",
        value=Decimal("113166"),
        note="Counted at departure.",
        provisional=True,
        source_url="https://www.iom.int/malaysia",
    )
    publish_correction(
        statistic, "Departures from Sabah were missing.", datetime.date(2024, 1, 5), value=Decimal("113266")
    )
    found = provenance_of(get(client, "en", "resettled", kind), kind)
    assert "113,266 refugees resettled" in found["title"]
    assert found["source"] == "IOM Malaysia"
    assert found["source_url"] == "https://www.iom.int/malaysia"
    assert found["as_of"] == "2023-06-30"
    assert found["licence"] == "CC BY 4.0"
    assert found["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert found["citation"].startswith("IOM Malaysia. “113,266 refugees resettled”. As of ")
    assert "/en/data/resettled/" in found["citation"]
    assert "Counted at departure." in found["note"]
    assert found["provisional"] == "yes"
    assert "2024-01-05" in found["corrections"]
    assert "Departures from Sabah were missing." in found["corrections"]
    assert "113166" in found["corrections"] and "113266" in found["corrections"]
    assert not SAMPLE_WORD.search(found["title"] + found["note"] + found["citation"])


@pytest.mark.parametrize("kind", FORMATS)
def test_every_download_of_a_dataset_carries_its_provenance(client, data_page, kind):
    dataset = DatasetFactory(
        slug="resettlement", title="Countries of resettlement", note="Shares of departures."
    )
    publish_correction(
        dataset,
        "Canada and the UK were swapped.",
        datetime.date(2024, 2, 1),
        rows=rows(("USA", "80.6"), ("Australia", "12.9"), ("Canada", "1.3"), ("UK", "5.2")),
    )
    found = provenance_of(get(client, "en", "resettlement", kind), kind)
    assert found["title"] == "Countries of resettlement"
    assert found["source"] == "IOM Malaysia"
    assert found["as_of"] == "2023-06-30"
    assert found["licence"] == "CC BY 4.0" and found["licence_url"].startswith("https://creativecommons.org/")
    assert "“Countries of resettlement”" in found["citation"]
    assert "Shares of departures." in found["note"]
    assert found["provisional"] == "no"
    assert "2024-02-01" in found["corrections"] and "Canada and the UK were swapped." in found["corrections"]
    assert "5.2" in found["corrections"] and "1.3" in found["corrections"]


def test_before_any_correction_the_log_is_empty(client, data_page):
    StatisticFactory(slug="resettled")
    assert json.loads(get(client, "en", "resettled", "json").content)["corrections"] == []
    header, row = csv_rows(get(client, "en", "resettled", "csv"))
    assert dict(zip(header, row, strict=True))["corrections"] == ""


@pytest.fixture
def malay_sample(site_content):
    """The module's sample dataset and statistic, translated into Malay and every other language."""
    dataset = Dataset.objects.get(pk=site_content["dataset"])
    return dataset, Statistic.objects.get(pk=site_content["statistic"])


def sample_words(language):
    with translation.override(language):
        return translation.gettext("%(title)s (sample data)") % {"title": ""}


@pytest.mark.parametrize("language", ["en", "ms"])
@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("slug", ["origins", "invented"])
def test_every_download_of_sample_data_says_sample(client, malay_sample, language, kind, slug):
    found = provenance_of(get(client, language, slug, kind), kind)
    for field in ("title", "note", "citation"):
        assert SAMPLE_WORD.search(found[field]), (field, found[field])
    assert found["title"].endswith(sample_words(language))


@pytest.mark.parametrize("language", ["en", "ms"])
def test_sample_data_pages_charts_and_flags_say_sample(client, malay_sample, language):
    dataset, _statistic = malay_sample
    html = client.get(f"/{language}/data/").content.decode()
    with translation.override(language):
        label = translation.gettext("Sample data")
        svg = render_chart("bar", dataset.table(), dataset.unit, dataset.title, sample=dataset.sample)
    assert html.count(f'stat-meta__flag--sample">{label}</span>') == 2  # both headings
    title = re.search(r"<title id=[^>]*>([^<]*)</title>", svg).group(1)
    desc = re.search(r"<desc id=[^>]*>([^<]*)</desc>", svg).group(1)
    assert SAMPLE_WORD.search(title) and SAMPLE_WORD.search(desc)
    page_svg = re.search(r'<svg class="chart[^>]*>.*?</svg>', html, re.DOTALL).group(0)
    assert SAMPLE_WORD.search(re.search(r"<desc id=[^>]*>([^<]*)</desc>", page_svg).group(1))
    json_data = json.loads(get(client, language, "origins", "json").content)
    assert json_data["sample"] is True


def test_real_data_charts_do_not_say_sample(data_page):
    dataset = DatasetFactory(slug="resettlement")
    svg = render_chart("bar", dataset.table(), dataset.unit, dataset.title, sample=dataset.sample)
    assert not SAMPLE_WORD.search(svg)


# -- csvw --------------------------------------------------------------------------------------------


def test_the_csv_response_links_its_csvw_metadata(client, data_page):
    DatasetFactory(slug="resettlement")
    for query in ("", "?hxl=1"):
        response = client.get(f"/en/data/resettlement/csv/{query}")
        assert response["Link"] == (
            f'<http://testserver/en/data/resettlement/csv/metadata/{query}>; rel="describedby"; '
            'type="application/csvm+json"'
        )
    assert "Link" not in client.get("/en/data/resettlement/json/")
    metadata = client.get("/en/data/resettlement/csv/metadata/")
    assert metadata["Content-Type"] == "application/csvm+json; charset=utf-8"
    document = json.loads(metadata.content)
    assert document["@context"][0] == "http://www.w3.org/ns/csvw"
    assert document["url"] == "http://testserver/en/data/resettlement/csv/"
    html = client.get("/en/data/").content.decode()
    assert 'href="/en/data/resettlement/csv/metadata/"' in html


@pytest.fixture
def csvw_over_test_client(client, monkeypatch):
    """The csvw library's HTTP requests answered by the site through Django's test client, offline."""
    import csvw.utils

    @contextlib.contextmanager
    def urlopen(url, method="GET", timeout=None):
        assert url.startswith("http://testserver/"), url
        response = client.get(url.removeprefix("http://testserver"))
        head = "".join(f"{name}: {value}\r\n" for name, value in response.items())
        message = email.message_from_string(head, _class=email.message.Message)

        class Answer:
            status = response.status_code
            headers = message

            def info(self):
                return message

            def read(self):
                return response.content

        yield Answer()

    monkeypatch.setattr(csvw.utils, "urlopen", urlopen)
    return client


def validate_with_csvw(url):
    """The csvw library's reading of the CSV at `url`, its metadata found through the Link header."""
    from csvw import CSVW

    reader = CSVW(url, validate=True)
    assert not reader.no_metadata  # found through the Link header
    valid = reader.is_valid
    return reader, valid


@pytest.mark.parametrize("hxl", [False, True])
@pytest.mark.parametrize("slug", ["counts", "resettled"])
def test_csvw_metadata_validates_against_its_csv(csvw_over_test_client, data_page, slug, hxl):
    client = csvw_over_test_client
    DatasetFactory(
        slug="counts",
        unit="people",
        category_label="Age group",
        series=series("Female", "Male"),
        rows=rows(("0–4", "3; 140"), ("5–17", "1,352; 371.5"), ("=cmd", "1; 2")),
        note="A note, with a comma.",
    )
    StatisticFactory(slug="resettled", provisional=True)
    url = f"http://testserver/en/data/{slug}/csv/" + ("?hxl=1" if hxl else "")
    reader, valid = validate_with_csvw(url)
    assert valid, [str(warning.message) for warning in reader.warnings]
    (table,) = reader.tables
    header, *body = csv_rows(client.get(url.removeprefix("http://testserver")))
    # Every column of the CSV is described, in order, under its exact header text.
    assert [column.titles.getfirst() for column in table.tableSchema.columns] == header
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any value the metadata's datatypes cannot read fails
        rows_read = list(table.iterdicts(strict=False))
    assert len(rows_read) == len(body) - (1 if hxl else 0)
    first = rows_read[0]
    assert first["as_of"].isoformat()[:10] == "2023-06-30"  # read as a date
    if slug == "counts":
        written = body[1 if hxl else 0]
        assert written[1] == "*" and first["female"] is None  # a suppressed count is read as null
        assert [first["female"], first["male"]] == [
            None if cell == "*" else Decimal(cell) for cell in written[1:3]
        ]
    else:
        assert first["value"] == 113166
        assert first["provisional"] is True
    metadata = client.get(f"/en/data/{slug}/csv/metadata/").json()
    for name in ("dc:title", "dc:source", "dc:license", "dc:temporal", "dc:bibliographicCitation"):
        assert metadata[name], name


def test_csvw_validation_fails_when_the_metadata_does_not_match_its_csv(
    csvw_over_test_client, data_page, monkeypatch
):
    """The check above would see a column missing from (or added to) the metadata."""
    import stats.csvw

    StatisticFactory(slug="resettled")
    described = stats.csvw.columns
    monkeypatch.setattr(stats.csvw, "columns", lambda obj: described(obj)[:-1])
    reader, valid = validate_with_csvw("http://testserver/en/data/resettled/csv/")
    assert not valid
    assert "Column number mismatch" in [str(warning.message) for warning in reader.warnings]


# -- the demo --------------------------------------------------------------------------------------------


def test_the_demo_flags_its_invented_datasets_on_databases_loaded_before(locales, translate_now):
    from stats import demo
    from stats.models import Dataset

    spec = next(spec for spec in demo.DATASETS if spec.get("sample"))
    assert spec["note"].startswith("Sample numbers")
    assert not any(spec.get("sample") for spec in demo.DATASETS if "Sample" not in spec["note"])
    old = {key: value for key, value in spec.items() if key != "sample"}
    dataset = demo._dataset(locales["en"], old)  # a database loaded before the flag
    translate_now(dataset)
    assert not dataset.sample

    dataset = demo._dataset(locales["en"], spec)
    revisions = dataset.revisions.count()
    dataset.refresh_from_db()
    assert dataset.sample and dataset.live
    assert dataset.published_revisions().first().as_object().sample
    assert set(
        Dataset.objects.filter(translation_key=dataset.translation_key).values_list("sample", flat=True)
    ) == {True}
    demo._dataset(locales["en"], spec)  # once is enough
    assert dataset.revisions.count() == revisions
