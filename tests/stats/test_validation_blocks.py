"""Percentages that do not add up to 100 (±0.5 points) are refused, not warned about, on every route
that saves a dataset; a total note lets them through and readers see it beside the table."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import streamfield

from stats.models import Dataset
from stats.table import PERCENT_TOLERANCE, percentage_totals_off
from tests.factories.home import StandardPageFactory
from tests.factories.stats import DatasetFactory, rows, series
from tests.factories.users import signed_in
from tests.stats.test_admin import add_url, dataset_form, edit_url

pytestmark = pytest.mark.django_db

OFF_BY_30 = streamfield(
    [("row", {"category": "USA", "values": "97.3"}), ("row", {"category": "UK", "values": "32.7"})]
)
ROUNDED = streamfield(
    [
        ("row", {"category": "USA", "values": "80.6"}),
        ("row", {"category": "Australia", "values": "12.9"}),
        ("row", {"category": "Canada", "values": "6.4"}),
    ]
)
PARTIAL = streamfield(
    [("row", {"category": "USA", "values": "80.6"}), ("row", {"category": "UK", "values": "9.4"})]
)
NOTE = "Other countries, 10 per cent together, are not shown."


def percent_form(**overrides):
    fields = {"series": streamfield([("series", "Per cent")]), "unit": "percent", "display": "bar"}
    fields.update(overrides)
    return dataset_form(**fields)


def error_for(html, series_name, total):
    return f"The percentages in “{series_name}” add up to {total}, not 100" in html


@pytest.fixture
def admin(locales):
    return signed_in("ada", "Administrators")


def test_the_rule_and_its_tolerance():
    assert PERCENT_TOLERANCE == 0.5
    d = Decimal
    assert percentage_totals_off(["A", "B"], [("x", [d(60), d(99)]), ("y", [d("40.5"), d("0.6")])]) == []
    assert percentage_totals_off(["A"], [("x", [d(60)]), ("y", [d("40.6")])]) == [("A", d("100.6"))]
    assert percentage_totals_off(["A"], [("x", [d(60)]), ("y", [d("39.4")])]) == [("A", d("99.4"))]


def test_creating_percentages_adding_up_to_130_is_a_form_error_that_keeps_the_input(admin):
    response = admin.post(add_url(Dataset), percent_form(rows=OFF_BY_30))
    html = response.content.decode()
    assert response.status_code == 200
    assert error_for(html, "Per cent", "130.0")
    assert "±0.5 percentage points" in html  # the tolerance is stated
    assert not Dataset.objects.exists()
    assert "97.3" in html and "32.7" in html  # what the editor typed is still there


def test_pasted_csv_adding_up_to_130_is_refused_and_the_paste_kept(admin):
    pasted = "Country,Share\nUSA,97.3\nUK,32.7\n"
    data = percent_form(series=streamfield([]), rows=streamfield([]), csv_paste=pasted)
    response = admin.post(add_url(Dataset), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert error_for(html, "Share", "130.0")
    assert not Dataset.objects.exists()
    assert "USA,97.3" in html


def test_editing_to_130_is_refused_and_nothing_is_saved(admin):
    dataset = DatasetFactory(slug="resettlement")  # 80.6 + 12.9 + 5.2 + 1.3 = 100
    dataset.save_revision().publish()
    revisions = dataset.revisions.count()
    data = percent_form(slug="resettlement", rows=OFF_BY_30, correction_note="Updated figures.")
    response = admin.post(edit_url(dataset), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert error_for(html, "Per cent", "130.0")
    assert "97.3" in html and "32.7" in html
    dataset.refresh_from_db()
    assert dataset.revisions.count() == revisions
    assert [values for _c, values in dataset.get_latest_revision_as_object().raw_rows()][0] == [
        Decimal("80.6")
    ]


def test_rounding_within_half_a_point_passes(admin):
    response = admin.post(add_url(Dataset), percent_form(rows=ROUNDED))  # 99.9
    assert response.status_code == 302
    assert Dataset.objects.filter(slug="gender-age").exists()


def test_other_units_are_not_held_to_100(admin):
    response = admin.post(add_url(Dataset), percent_form(rows=OFF_BY_30, unit="count"))
    assert response.status_code == 302


def test_a_missing_value_is_an_error_on_the_row(admin):
    data = dataset_form(rows=streamfield([("row", {"category": "0–4", "values": "131; "})]))
    html = admin.post(add_url(Dataset), data).content.decode()
    assert "A value is missing." in html
    assert not Dataset.objects.exists()


def test_a_pasted_row_of_the_wrong_length_is_an_error(admin):
    pasted = "Age group,Female,Male\n0–4,131\n"
    html = admin.post(add_url(Dataset), dataset_form(csv_paste=pasted)).content.decode()
    assert "Line 2 has 2 values; the header has 3 columns." in html
    assert not Dataset.objects.exists()


def test_every_saved_revision_is_held_to_the_rule():
    """The demo loader and any other code save revisions; Wagtail cleans the object first."""
    dataset = DatasetFactory(rows=rows(("USA", "97.3"), ("UK", "32.7")))
    with pytest.raises(ValidationError) as raised:
        dataset.save_revision()
    assert "add up to 130.0" in str(raised.value.message_dict["total_note"])
    assert not dataset.revisions.exists()
    dataset.total_note = NOTE
    dataset.save_revision()


def test_the_demo_datasets_pass_the_rule(locales):
    from stats.demo import DATASETS

    for spec in DATASETS:
        names = spec["series"]
        parsed = [(category, [Decimal(v) for v in values.split(";")]) for category, values in spec["rows"]]
        if spec["unit"] == "percent" and not spec.get("total_note"):
            assert percentage_totals_off(names, parsed) == [], spec["slug"]


def test_with_a_total_note_90_passes_and_readers_see_the_note(admin, client, home_page, data_page):
    response = admin.post(add_url(Dataset), percent_form(rows=PARTIAL, total_note=NOTE))
    assert response.status_code == 302
    dataset = Dataset.objects.get(slug="gender-age")
    dataset.get_latest_revision().publish()  # approval is tested in test_figure_workflow.py
    page = StandardPageFactory(
        parent=home_page, body=[("dataset", {"dataset": dataset, "display": "default", "caption": ""})]
    )
    for url in ("/en/data/", page.url):
        html = client.get(url).content.decode()
        assert "Why the total is not 100%:" in html, url
        assert NOTE in html, url


def test_a_dataset_without_a_total_note_shows_none(client, data_page):
    DatasetFactory(slug="resettlement", series=series("Per cent"))
    assert "Why the total is not 100%" not in client.get("/en/data/").content.decode()
