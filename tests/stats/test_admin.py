"""Editors enter rows without JSON; bad input is kept and explained; corrections are recorded;
snippets on live pages cannot be deleted."""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from stats.models import Dataset, Statistic
from tests.factories.home import StandardPageFactory
from tests.factories.stats import DatasetFactory, StatisticFactory, statistic_form

pytestmark = pytest.mark.django_db


def dataset_form(**overrides):
    data = {
        "title": "Gender and age",
        "slug": "gender-age",
        "description": "",
        "category_label": "Age group",
        "series": streamfield([("series", "Female"), ("series", "Male")]),
        "rows": streamfield([("row", {"category": "0–4", "values": "131; 140"})]),
        "csv_paste": "",
        "unit": "people",
        "display": "stacked",
        "suppression_threshold": "5",
        "as_of": "2023-06-30",
        "period_label": "Q2 2023",
        "source_name": "IOM Malaysia",
        "source_url": "",
        "licence": "CC-BY-4.0",
        "note": "",
        "correction_note": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(model):
    return reverse(f"wagtailsnippets_stats_{model._meta.model_name}:add")


def edit_url(obj):
    return reverse(f"wagtailsnippets_stats_{obj._meta.model_name}:edit", args=[obj.pk])


def test_editor_creates_a_dataset_from_rows(admin_client, locales):
    response = admin_client.post(add_url(Dataset), dataset_form())
    assert response.status_code == 302
    dataset = Dataset.objects.get(slug="gender-age")
    assert dataset.raw_rows() == [("0–4", [Decimal(131), Decimal(140)])]
    assert dataset.series_names == ["Female", "Male"]


def test_non_numeric_value_is_an_error_on_the_row_and_keeps_the_text(admin_client, locales):
    data = dataset_form(rows=streamfield([("row", {"category": "0–4", "values": "131; lots"})]))
    response = admin_client.post(add_url(Dataset), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Dataset.objects.exists()
    assert "is not a number" in html
    assert "131; lots" in html  # what the editor typed is still there


def test_row_with_wrong_number_of_values_is_an_error(admin_client, locales):
    data = dataset_form(rows=streamfield([("row", {"category": "0–4", "values": "131"})]))
    response = admin_client.post(add_url(Dataset), data)
    html = response.content.decode()
    assert not Dataset.objects.exists()
    assert "has 1 values but there are 2 series" in html


def test_pasted_csv_fills_the_rows(admin_client, locales):
    pasted = "Country,Per cent\nUSA,80.6\nAustralia,12.9\nCanada,6.5\n"
    data = dataset_form(series=streamfield([]), rows=streamfield([]), csv_paste=pasted, unit="percent")
    response = admin_client.post(add_url(Dataset), data)
    assert response.status_code == 302
    dataset = Dataset.objects.get(slug="gender-age")
    assert dataset.series_names == ["Per cent"]
    assert dataset.category_label == "Country"
    assert dataset.raw_rows()[0] == ("USA", [Decimal("80.6")])


def test_bad_csv_names_the_line_and_keeps_the_paste(admin_client, locales):
    pasted = "Country,Per cent\nUSA,80.6\nAustralia,twelve\n"
    response = admin_client.post(add_url(Dataset), dataset_form(csv_paste=pasted))
    html = response.content.decode()
    assert "Line 3" in html and "twelve" in html
    assert not Dataset.objects.exists()


def test_percentages_not_adding_up_are_an_error(admin_client, locales):
    """A form error now, not a warning (tests/stats/test_validation_blocks.py)."""
    pasted = "Country,Per cent\nUSA,80.6\nAustralia,12.9\n"
    response = admin_client.post(add_url(Dataset), dataset_form(csv_paste=pasted, unit="percent"))
    assert "add up to 93.5, not 100" in response.content.decode()
    assert not Dataset.objects.exists()


def test_changing_a_published_value_needs_a_correction_note(admin_client, client, data_page):
    statistic = StatisticFactory(slug="resettled", value=Decimal("113166"))
    statistic.save_revision().publish()
    response = admin_client.post(edit_url(statistic), statistic_form(statistic, value="113200"))
    assert response.status_code == 200
    assert "already published" in response.content.decode()
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113166")

    note = "Late departures added."
    response = admin_client.post(
        edit_url(statistic), statistic_form(statistic, value="113200", correction_note=note)
    )
    assert response.status_code == 302
    statistic.refresh_from_db()
    draft = statistic.get_latest_revision_as_object()
    assert draft.value == Decimal("113200") and draft.corrected_on is not None
    assert statistic.value == Decimal("113166")  # a draft until approved (test_figure_workflow.py)
    statistic.get_latest_revision().publish()
    statistic.refresh_from_db()
    assert statistic.value == Decimal("113200") and statistic.corrected_on is not None

    html = client.get("/en/data/").content.decode()
    assert "Corrected on" in html and note in html
    # The superseded value stays downloadable, at a permanent address listed on the figure's page.
    old_revision = statistic.revisions.order_by("created_at", "pk").first()
    version_url = f"/en/data/resettled/versions/{old_revision.pk}/json/"
    assert version_url in client.get("/en/data/resettled/").content.decode()
    old = client.get(version_url)
    assert old.status_code == 200 and b'"value": 113166' in old.content
    # Addresses of the earlier ?version= form lead there for good.
    legacy = client.get(f"/en/data/resettled/json/?version={old_revision.pk}")
    assert legacy.status_code == 301 and legacy["Location"] == version_url


def test_editing_text_only_needs_no_correction_note(admin_client, locales):
    statistic = StatisticFactory()
    response = admin_client.post(edit_url(statistic), statistic_form(statistic, label="new wording"))
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.corrected_on is None


def test_snippet_on_a_live_page_cannot_be_deleted(admin_client, home_page):
    statistic = StatisticFactory(label="refugees resettled")
    StandardPageFactory(parent=home_page, title="Our figures", body=[("statistic", {"statistic": statistic})])
    url = reverse("wagtailsnippets_stats_statistic:delete", args=[statistic.pk])
    response = admin_client.post(url, follow=True)
    assert Statistic.objects.filter(pk=statistic.pk).exists()
    html = response.content.decode()
    assert "cannot be deleted" in html and "Our figures" in html


def test_unused_snippet_can_be_deleted(admin_client, locales):
    dataset = DatasetFactory()
    admin_client.post(reverse("wagtailsnippets_stats_dataset:delete", args=[dataset.pk]))
    assert not Dataset.objects.filter(pk=dataset.pk).exists()


def test_usage_view_lists_pages(admin_client, home_page):
    dataset = DatasetFactory()
    StandardPageFactory(
        parent=home_page, title="Movement management", body=[("dataset", {"dataset": dataset})]
    )
    response = admin_client.get(reverse("wagtailsnippets_stats_dataset:usage", args=[dataset.pk]))
    assert "Movement management" in response.content.decode()
