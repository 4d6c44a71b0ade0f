"""A hostile reader against figure pages, versioned downloads, the chart SVG, the embed page and csvw.

Odd slugs and version ids are 404s, never 500s or another figure's numbers; editors' text cannot
become markup or a formula in any of them; only /embed/ may be framed; with the page cache on, an
English correction is on every language's figure page, SVG, embed page, metadata and the pages
showing the figure at the next request.
"""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
from decimal import Decimal

import html5lib
import pytest

from stats.models import Dataset, Statistic
from tests.factories.home import StandardPageFactory
from tests.factories.stats import (
    CountsDatasetFactory,
    DataPageFactory,
    DatasetFactory,
    StatisticFactory,
    publish_correction,
    rows,
    series,
)

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert(1)</script>"><svg onload=alert(2)><img src=x onerror=alert(3)>\u202eevil'
FORMULA = '=HYPERLINK("http://evil.example/","click")'
SVG = "{http://www.w3.org/2000/svg}"


def assert_no_markup_from_text(root, allowed=()):
    """No script, foreignObject, iframe, image or event handler attribute anywhere under `root`."""
    forbidden = {"script", "foreignObject", "iframe", "object", "embed", "img", "image"} - set(allowed)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        assert tag not in forbidden, tag
        assert element.get("src") != "x", tag
        for name in element.attrib:
            assert not name.rsplit("}", 1)[-1].lower().startswith("on"), (tag, name)


@pytest.fixture
def statistic(data_page):
    figure = StatisticFactory(slug="returns", value=Decimal("645"), label="Malaysians helped home")
    figure.save_revision().publish()
    return figure


# -- odd addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "returns/svg/",  # a statistic has no chart
        "returns/embed/",
        "nope/",
        "nope/svg/",
        "nope/csv/metadata/",
        "%E2%80%AE/",
        "returns/versions/999999999999999999/csv/",
        "returns/versions/0/csv/",  # no revision 0: not the current file at a "permanent" address
        "returns/versions/0/json/",
        "returns/versions/00/json/",
        "returns/versions/12345678901234567890/csv/",  # longer than the route allows
        "returns/versions/-1/csv/",
        "returns/versions/x/csv/",
    ],
)
def test_odd_addresses_are_404(client, statistic, path):
    assert client.get(f"/en/data/{path}").status_code == 404


@pytest.mark.parametrize("value", ["99999999999999999999", "0", "00", "-1", "x", "²", "1e3"])
def test_odd_legacy_versions_are_404(client, statistic, value):
    assert client.get("/en/data/returns/csv/", {"version": value}).status_code == 404


def test_a_version_of_another_figure_or_a_draft_is_404(client, statistic):
    other = StatisticFactory(slug="other", value=Decimal("7"))
    other_revision = other.save_revision()
    other_revision.publish()
    draft = statistic.get_latest_revision_as_object()
    draft.value, draft.correction_note = Decimal("999"), "Unreviewed."
    draft_revision = draft.save_revision()
    for revision in (other_revision, draft_revision):
        for file_format in ("csv", "json"):
            assert client.get(f"/en/data/returns/versions/{revision.pk}/{file_format}/").status_code == 404
        assert client.get("/en/data/returns/json/", {"version": revision.pk}).status_code == 404
    assert "999" not in client.get("/en/data/returns/").content.decode()


@pytest.mark.parametrize("hxl", ["garbage", "", "1" * 5000, "\x00"])
def test_hxl_garbage_is_the_plain_file(client, statistic, hxl):
    for path in ("returns/csv/", "returns/csv/metadata/"):
        response = client.get(f"/en/data/{path}", {"hxl": hxl})
        assert response.status_code == 200


def test_a_dataset_without_rows_has_a_page_chart_embed_and_files(client, data_page):
    empty = DatasetFactory(slug="empty", rows=[], series=series("Per cent"), total_note="Nothing yet.")
    empty.save_revision().publish()
    for path in ("empty/", "empty/svg/", "empty/embed/", "empty/csv/", "empty/json/", "empty/csv/metadata/"):
        assert client.get(f"/en/data/{path}").status_code == 200, path


def test_a_translation_whose_source_is_withdrawn_or_deleted_still_renders(
    client, translated_home, translate_now
):
    data_page = DataPageFactory(parent=translated_home["en"])
    translate_now(data_page)
    dataset = CountsDatasetFactory(slug="arrivals")
    dataset.save_revision().publish()
    translate_now(dataset)
    dataset.unpublish()
    paths = ["arrivals/", "arrivals/svg/", "arrivals/embed/", "arrivals/csv/", "arrivals/csv/metadata/"]
    for path in paths:
        assert client.get(f"/ms/data/{path}").status_code == 200, path
    Dataset.objects.get(pk=dataset.pk).delete()
    for path in paths:
        assert client.get(f"/ms/data/{path}").status_code == 200, path
        assert client.get(f"/en/data/{path}").status_code == 404, path


# -- editors' text is text ------------------------------------------------------------------------


@pytest.fixture
def hostile_dataset(data_page):
    dataset = CountsDatasetFactory(
        slug="hostile",
        title=HOSTILE,
        description=HOSTILE,
        category_label=FORMULA,
        series=series(HOSTILE, FORMULA),
        rows=rows((HOSTILE, "3; 131"), (FORMULA, "352; 371"), ("@SUM(A1)", "1,208; 47")),
        source_name=HOSTILE,
        period_label=HOSTILE,
        note=FORMULA,
    )
    dataset.save_revision().publish()
    return dataset


def test_the_chart_svg_is_an_image_not_a_document_that_runs_editors_text(client, hostile_dataset):
    response = client.get("/en/data/hostile/svg/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    # Opened directly, an SVG is a document: its own policy runs no script and loads nothing.
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy and "sandbox" in policy
    root = ET.fromstring(response.content)  # noqa: S314  our own response; well-formed XML
    assert_no_markup_from_text(root)
    assert "javascript:" not in response.content.decode()
    text = " ".join(root.itertext())
    assert "<script>" in text  # shown as the characters the editor typed


def test_the_embed_page_shows_editors_text_as_text(client, hostile_dataset):
    response = client.get("/en/data/hostile/embed/")
    assert response.status_code == 200
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    assert_no_markup_from_text(document.find("body"))
    assert not document.findall(".//script")


def test_the_figure_page_json_ld_and_metadata_keep_editors_text_inside(client, hostile_dataset):
    response = client.get("/en/data/hostile/")
    assert response.status_code == 200
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    assert_no_markup_from_text(document.find("body"), allowed={"img", "script"})
    scripts = document.findall(".//script")
    structured = [s for s in scripts if s.get("type") == "application/ld+json"]
    assert structured
    assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts)
    for script in structured:
        data = json.loads(script.text)
        assert data["name"].startswith(HOSTILE)
    metadata = json.loads(client.get("/en/data/hostile/csv/metadata/").content)
    assert metadata["dc:title"].startswith(HOSTILE) if isinstance(metadata["dc:title"], str) else True


def test_no_csv_cell_is_a_formula(client, hostile_dataset):
    for query in ({}, {"hxl": "1"}):
        content = client.get("/en/data/hostile/csv/", query).content.decode("utf-8-sig")
        for row in csv.reader(io.StringIO(content)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                if cell.startswith("-"):
                    Decimal(cell)  # a negative number, not a formula


# -- framing ---------------------------------------------------------------------------------------


def test_only_the_embed_page_may_be_framed(client, hostile_dataset):
    embed = client.get("/en/data/hostile/embed/")
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    for path in ("hostile/", "", "hostile/svg/", "hostile/csv/metadata/"):
        response = client.get(f"/en/data/{path}")
        assert response["X-Frame-Options"] == "DENY", path
        assert "frame-ancestors *" not in response.get("Content-Security-Policy", ""), path


# -- the page cache after an English correction ----------------------------------------------------

LANGUAGES = ["en", "ms", "zh-hans", "ta", "my", "ar"]


@pytest.fixture
def figures_everywhere(translated_home, translate_now, django_capture_on_commit_callbacks):
    """A statistic and a dataset, translated, on a page in every language and on every data page."""
    with django_capture_on_commit_callbacks(execute=True):
        home = translated_home["en"]
        data_page = DataPageFactory(parent=home)
        translate_now(data_page)
        statistic = StatisticFactory(slug="returns", value=Decimal("645"), unit="people")
        statistic.save_revision().publish()
        dataset = DatasetFactory(
            slug="shares", series=series("Per cent"), rows=rows(("Alpha", "61.5"), ("Beta", "38.5"))
        )
        dataset.save_revision().publish()
        translate_now(statistic)
        translate_now(dataset)
        page = StandardPageFactory(
            parent=home,
            slug="figures-page",
            body=[
                ("statistic", {"statistic": statistic}),
                ("dataset", {"dataset": dataset, "display": "default", "caption": ""}),
            ],
        )
        page.save_revision().publish()
        translate_now(page)
    return statistic, dataset


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_an_english_correction_is_served_everywhere_at_once_with_the_page_cache_on(
    client, page_cache, figures_everywhere, django_capture_on_commit_callbacks
):
    statistic, dataset = figures_everywhere
    urls = []
    for language in LANGUAGES:
        urls += [
            f"/{language}/data/",
            f"/{language}/data/returns/",
            f"/{language}/data/returns/json/",
            f"/{language}/data/returns/csv/metadata/",
            f"/{language}/data/shares/",
            f"/{language}/data/shares/svg/",
            f"/{language}/data/shares/embed/",
            f"/{language}/data/shares/json/",
            f"/{language}/figures-page/",
        ]
    for url in urls:
        _get(client, url)
        assert _get(client, url)["X-Page-Cache"] == "hit", url
    with django_capture_on_commit_callbacks(execute=True):
        publish_correction(statistic, "One late return.", datetime.date(2026, 11, 29), value=Decimal("646"))
        publish_correction(
            dataset,
            "Shares recomputed.",
            datetime.date(2026, 11, 29),
            rows=rows(("Alpha", "61.7"), ("Beta", "38.3")),
        )
    for url in urls:
        content = _get(client, url).content.decode()
        if "returns" in url or url.endswith("/data/") or "figures-page" in url:
            assert "646" in content or "٦٤٦" in content or "၆၄၆" in content, url
        if "shares" in url or url.endswith("/data/") or "figures-page" in url:
            assert "61.7" in content or "61,7" in content or "٦١٫٧" in content or "၆၁.၇" in content, url


# -- unpublishing a translation ---------------------------------------------------------------------


@pytest.fixture
def translated_statistic(translated_home, translate_now):
    data_page = DataPageFactory(parent=translated_home["en"])
    translate_now(data_page)
    statistic = StatisticFactory(slug="returns", value=Decimal("645"), label="Malaysians helped home")
    statistic.save_revision().publish()
    translate_now(statistic)
    malay = Statistic.objects.get(translation_key=statistic.translation_key, locale__language_code="ms")
    malay.label = "rakyat Malaysia dibantu pulang"
    malay.save_revision().publish()
    return statistic, malay


def test_unpublishing_a_translation_takes_it_offline(client, translated_statistic):
    """Keeping live translations live through a sync must not make them impossible to unpublish."""
    _statistic, malay = translated_statistic
    assert "rakyat Malaysia" in client.get("/ms/data/returns/").content.decode()
    malay.unpublish()
    malay.refresh_from_db()
    assert not malay.live
    assert "rakyat Malaysia" not in client.get("/ms/data/returns/").content.decode()  # English fallback


def test_the_admin_unpublish_of_a_translation_takes_it_offline(client, translated_statistic, admin_user):
    _statistic, malay = translated_statistic
    client.force_login(admin_user)
    response = client.post(f"/admin/snippets/stats/statistic/unpublish/{malay.pk}/")
    assert response.status_code == 302
    malay.refresh_from_db()
    assert not malay.live


def test_cached_copies_keep_the_framing_and_svg_policies(client, page_cache, hostile_dataset):
    for _ in range(2):
        embed = _get(client, "/en/data/hostile/embed/")
        svg = _get(client, "/en/data/hostile/svg/")
        page = _get(client, "/en/data/hostile/")
    assert embed["X-Page-Cache"] == svg["X-Page-Cache"] == page["X-Page-Cache"] == "hit"
    assert "X-Frame-Options" not in embed and "frame-ancestors *" in embed["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY" and "frame-ancestors *" not in page["Content-Security-Policy"]
    assert svg["Content-Security-Policy"].startswith("default-src 'none'")
    assert svg["Content-Disposition"].startswith("attachment;") and svg["X-Content-Type-Options"] == "nosniff"


# -- a large table with many small counts -----------------------------------------------------------


def test_secondary_suppression_of_a_large_table_takes_moments_not_minutes():
    """Every page, chart and file builds the table; 200 rows of 10 series with many small counts took 18 s."""
    import random
    import time

    from stats.table import build_table

    generator = random.Random(1)
    choices = [1, 2, 3, 4, 50, 60, 70, 800, 900, 1000, 2000]
    table_rows = [(f"r{i}", [Decimal(generator.choice(choices)) for _ in range(10)]) for i in range(200)]
    started = time.monotonic()
    table = build_table([f"s{j}" for j in range(10)], table_rows, threshold=5, suppress=True)
    assert time.monotonic() - started < 2
    lines = [row.cells for row in table.rows] + [[row.cells[j] for row in table.rows] for j in range(10)]
    assert all(sum(cell.suppressed for cell in line) != 1 for line in lines)
    assert all(cell.suppressed for row in table.rows for cell in row.cells if 0 < cell.value < 5)


# -- drafts stay drafts -----------------------------------------------------------------------------


def test_a_draft_correction_and_a_never_published_figure_are_nowhere(client, statistic):
    draft = statistic.get_latest_revision_as_object()
    draft.value, draft.correction_note = Decimal("987654"), "Unreviewed zebra note."
    draft.corrected_on = datetime.date(2026, 11, 29)
    draft.save_revision()
    secret = StatisticFactory(slug="embargoed", label="embargoed quokkas", value=Decimal("4242"), live=False)
    secret.save_revision()
    assert "/data/returns/" in client.get("/en/search/", {"q": "645"}).content.decode()  # search works
    for query in ("987654", "987,654", "zebra", "quokkas", "4242"):
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert "/data/returns/" not in html and "/data/embargoed/" not in html, query
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/data/returns/" in sitemap and "embargoed" not in sitemap
    for path in ("returns/", "returns/csv/", "returns/json/", "returns/csv/metadata/", ""):
        html = client.get(f"/en/data/{path}").content.decode()
        assert "987" not in html and "zebra" not in html and "embargoed" not in html, path
    for path in ("embargoed/", "embargoed/csv/", "embargoed/csv/metadata/"):
        assert client.get(f"/en/data/{path}").status_code == 404


def test_a_right_to_left_override_in_a_title_stops_before_the_citations_address(client, hostile_dataset):
    """U+202E in a title would show the rest of the citation, its address and date, reversed."""
    content = client.get("/en/data/hostile/csv/").content.decode("utf-8-sig")
    header, first, *_rest = list(csv.reader(io.StringIO(content)))
    cited = first[header.index("suggested_citation")]
    assert "\u2068" + HOSTILE in cited and cited.index("\u2069") > cited.index("\u202e")
    assert "http://testserver/en/data/hostile/" in cited.split("\u2069", 1)[1]
    html = client.get("/en/data/hostile/").content.decode()
    assert "\u2068" + HOSTILE.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in html


def test_an_unpublished_translation_is_gone_from_the_cached_pages_at_once(
    client, page_cache, translated_statistic, django_capture_on_commit_callbacks
):
    _statistic, malay = translated_statistic
    for url in ("/ms/data/returns/", "/ms/data/"):
        _get(client, url)
        assert "rakyat Malaysia" in _get(client, url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        malay.unpublish()
    for url in ("/ms/data/returns/", "/ms/data/"):
        assert "rakyat Malaysia" not in _get(client, url).content.decode(), url


# -- differencing published versions ----------------------------------------------------------------


def test_a_correction_does_not_reveal_a_suppressed_count_through_the_superseded_version(client, data_page):
    """v1 hides a cycle of four cells around the 3; correcting b's 10 to 100 moves the hiding, so v1 shows b's
    80 and v2 b's 100, and the log says nothing else changed: row b's total gives 70, then column y's 40
    and row a's the 3. A cell unchanged between published versions must be hidden in both or in neither."""
    dataset = CountsDatasetFactory(
        slug="moved",
        series=series("x", "y", "z"),
        rows=rows(("a", "3; 40; 60"), ("b", "10; 70; 80"), ("c", "20; 90; 95"), ("d", "30; 85; 99")),
        suppression_threshold=5,
    )
    dataset.save_revision().publish()
    corrected = [dict(item, value=dict(item["value"])) for item in dataset.rows.raw_data]  # same block ids
    corrected[1]["value"]["values"] = "100; 70; 80"
    publish_correction(dataset, "b corrected.", datetime.date(2026, 11, 29), rows=corrected)
    current = json.loads(client.get("/en/data/moved/json/").content)
    (correction,) = current["corrections"]
    old = json.loads(client.get(f"/en/data/moved/versions/{correction['superseded_version']}/json/").content)
    changed = {change["what"] for change in correction["changes"]}
    assert changed == {"b, x"}  # the log says only b's x changed
    for new_row, old_row in zip(current["rows"], old["rows"], strict=True):
        for series_name, new_hidden, old_hidden in zip(
            current["series"], new_row["suppressed"], old_row["suppressed"], strict=True
        ):
            if f"{new_row['category']}, {series_name}" not in changed:
                assert new_hidden == old_hidden, (new_row["category"], series_name)
