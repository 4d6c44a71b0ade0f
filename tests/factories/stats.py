"""Factories for statistics, datasets and the data page."""

import datetime
from decimal import Decimal

import factory

from stats.models import DataPage, Dataset, Statistic
from tests.factories.home import EnglishModelFactory, PageFactory


class StatisticFactory(EnglishModelFactory):
    label = factory.Sequence(lambda n: f"people helped {n}")
    slug = factory.Sequence(lambda n: f"statistic-{n}")
    value = Decimal("113166")
    unit = "count"
    as_of = datetime.date(2023, 6, 30)
    period_label = "since 2005"
    source_name = "IOM Malaysia"
    source_url = "https://www.iom.int/"

    class Meta:
        model = Statistic


def rows(*pairs):
    """Rows for a dataset's StreamField from (category, 'v1; v2') pairs."""
    return [("row", {"category": category, "values": values}) for category, values in pairs]


def series(*names):
    return [("series", name) for name in names]


class DatasetFactory(EnglishModelFactory):
    title = factory.Sequence(lambda n: f"Countries of resettlement {n}")
    slug = factory.Sequence(lambda n: f"dataset-{n}")
    description = "Where refugees departing Malaysia were resettled."
    category_label = "Country"
    series = factory.LazyFunction(lambda: series("Per cent"))
    rows = factory.LazyFunction(
        lambda: rows(("USA", "80.6"), ("Australia", "12.9"), ("Canada", "5.2"), ("UK", "1.3"))
    )
    unit = "percent"
    display = "bar"
    as_of = datetime.date(2023, 6, 30)
    period_label = "Q2 2023"
    source_name = "IOM Malaysia"

    class Meta:
        model = Dataset


class DataPageFactory(PageFactory):
    title = "Data"
    slug = "data"
    introduction = "Figures and datasets with downloads."
    organisation = "IOM Malaysia"

    class Meta:
        model = DataPage


class CountsDatasetFactory(DatasetFactory):
    """Counts of people in two series, with small counts that must be suppressed (threshold 50 here)."""

    title = factory.Sequence(lambda n: f"Arrivals by age group {n}")
    category_label = "Age group"
    series = factory.LazyFunction(lambda: series("Female", "Male"))
    rows = factory.LazyFunction(
        lambda: rows(("0–4", "43; 131"), ("5–17", "352; 371"), ("18–59", "1,208; 47"))
    )
    unit = "people"
    suppression_threshold = 50


class AgesDatasetFactory(DatasetFactory):
    """People in two age groups, too many to suppress: a small dataset for page and translation tests."""

    slug = "ages"
    unit = "people"
    suppression_threshold = 0
    series = factory.LazyFunction(lambda: series("People"))
    rows = factory.LazyFunction(lambda: rows(("Children", "120"), ("Adults", "300")))


def publish_correction(figure, note, on, **values):
    """Publish new values of a figure with a correction note and date, as an approved correction does."""
    for name, value in values.items():
        setattr(figure, name, value)
    figure.correction_note, figure.corrected_on = note, on
    figure.save_revision().publish()


def statistic_form(obj, **overrides):
    """The snippet edit form's POST data for `obj` as it stands, with `overrides`."""
    data = {
        "label": obj.label,
        "value": str(obj.value),
        "unit": obj.unit,
        "slug": obj.slug,
        "as_of": obj.as_of.isoformat(),
        "period_label": obj.period_label,
        "provisional": "",
        "source_name": obj.source_name,
        "source_url": obj.source_url,
        "licence": obj.licence,
        "note": "",
        "correction_note": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return data
