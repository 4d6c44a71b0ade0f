"""Demo statistics from the office's mid-2023 newsletter: mission figures since 2005,
Q2 2023 resettlement, and the datasets behind its charts.

The newsletter names some charts without printing their numbers; those datasets
hold sample numbers that add up to the published totals, and say so in their note.
"""

import datetime
from decimal import Decimal

from wagtail.models import Site

from core.demo_utils import (
    add_menu_link,
    append_blocks_once,
    child_page,
    resync_translations,
    source_locale,
    translate,
)

from .models import DataPage, Dataset, Statistic

ORDER = 10  # after the home page (ORDER 0), before stories that show these figures

AS_OF = datetime.date(2023, 6, 30)
SOURCE = "IOM Malaysia, Migration Update Q2 2023"
SAMPLE_NOTE = (
    "Sample numbers for demonstration: the newsletter shows this chart without its figures. "
    "The rows add up to the published total of %s."
)

STATISTICS = [
    {
        "slug": "refugees-resettled-since-2005",
        "label": "refugees resettled from Malaysia to third countries",
        "value": Decimal("113166"),
        "unit": "people",
        "period_label": "since 2005",
    },
    {
        "slug": "voluntary-returns-since-2005",
        "label": "people assisted with voluntary return and repatriation",
        "value": Decimal("989"),
        "unit": "people",
        "period_label": "since 2005",
    },
    {
        "slug": "malaysians-assisted-to-return-since-2005",
        "label": "Malaysian citizens assisted to return home",
        "value": Decimal("645"),
        "unit": "people",
        "period_label": "since 2005",
    },
    {
        "slug": "health-assessments-since-2005",
        "label": "refugee health assessments at the Migration Health Assessment Centre",
        "value": Decimal("135037"),
        "unit": "count",
        "period_label": "since 2005",
    },
    {
        "slug": "refugees-resettled-q2-2023",
        "label": "refugees departed Malaysia for resettlement",
        "value": Decimal("2446"),
        "unit": "people",
        "period_label": "Q2 2023",
    },
]
PANEL_SLUGS = [spec["slug"] for spec in STATISTICS[:4]]

DATASETS = [
    {
        "slug": "countries-of-resettlement-q2-2023",
        "title": "Countries of resettlement of 2,446 refugees, Q2 2023",
        "description": "Share of the refugees who left Malaysia for resettlement, by receiving country.",
        "category_label": "Country",
        "unit": "percent",
        "display": "bar",
        "series": ["Per cent"],
        "rows": [
            ("USA", "80.6"),
            ("Australia", "12.9"),
            ("Canada", "5.2"),
            ("UK", "0.5"),
            ("New Zealand", "0.4"),
            ("Netherlands", "0.2"),
            ("Norway", "0.2"),
        ],
        "note": "Published percentages; they add up to 100.",
    },
    {
        "slug": "countries-of-origin-q2-2023",
        "title": "Countries of origin of 2,446 refugees departing Malaysia for resettlement, Q2 2023",
        "description": "Refugees who left Malaysia for resettlement, by country of origin.",
        "category_label": "Country of origin",
        "unit": "people",
        "display": "bar",
        "series": ["Refugees"],
        "rows": [
            ("Myanmar", "1984"),
            ("Afghanistan", "168"),
            ("Somalia", "112"),
            ("Pakistan", "74"),
            ("Yemen", "61"),
            ("Sri Lanka", "44"),
            ("Other countries", "3"),
        ],
        "sample": True,  # invented numbers: readers and every download see "sample data"
        "note": SAMPLE_NOTE % "2,446",
    },
    {
        "slug": "departing-refugees-gender-age-q2-2023",
        "title": "Gender and age of 2,446 refugees departing Malaysia for resettlement, Q2 2023",
        "description": "Refugees who left Malaysia for resettlement, by age group and gender.",
        "category_label": "Age group",
        "unit": "people",
        "display": "stacked",
        "series": ["Female", "Male"],
        "rows": [
            ("0–4", "131; 140"),
            ("5–17", "352; 371"),
            ("18–59", "652; 718"),
            ("60 and over", "44; 38"),
        ],
        "sample": True,  # invented numbers: readers and every download see "sample data"
        "note": SAMPLE_NOTE % "2,446",
    },
    {
        "slug": "health-assessment-beneficiaries-gender-age-q2-2023",
        "title": "Gender and age of 2,233 people supported with health assessments at MHAC, Q2 2023",
        "description": (
            "People assessed at the Migration Health Assessment Centre (MHAC), by age group and gender."
        ),
        "category_label": "Age group",
        "unit": "people",
        "display": "stacked",
        "series": ["Female", "Male"],
        "rows": [
            ("0–4", "118; 126"),
            ("5–17", "301; 329"),
            ("18–59", "610; 686"),
            ("60 and over", "33; 30"),
        ],
        "sample": True,  # invented numbers: readers and every download see "sample data"
        "note": SAMPLE_NOTE % "2,233",
    },
]


def load(stdout):
    locale = source_locale()
    statistics = {spec["slug"]: _statistic(locale, spec) for spec in STATISTICS}
    datasets = [_dataset(locale, spec) for spec in DATASETS]
    for obj in [*statistics.values(), *datasets]:
        translate(obj)

    home = Site.objects.get(is_default_site=True).root_page.specific  # the English home page
    data_page = child_page(
        home,
        DataPage,
        slug="data",
        title="Data",
        introduction=(
            "The figures IOM Malaysia publishes, with their sources and dates, as tables and downloads "
            "that anyone may reuse with attribution."
        ),
        search_description="Statistics and datasets from IOM Malaysia, with CSV and JSON downloads.",
    )
    translate(data_page)
    add_menu_link(data_page)
    _figures_on_home(home, [statistics[slug] for slug in PANEL_SLUGS])
    stdout.write(f"stats: {Statistic.objects.count()} statistics, {Dataset.objects.count()} datasets")


def _statistic(locale, spec):
    statistic = Statistic.objects.filter(locale=locale, slug=spec["slug"]).first()
    if statistic is None:
        statistic = Statistic.objects.create(
            locale=locale, as_of=AS_OF, source_name=SOURCE, source_url="", **spec
        )
        # The first version, published (trusted set-up), kept for later corrections.
        statistic.save_revision().publish()
    return statistic


def _dataset(locale, spec):
    dataset = Dataset.objects.filter(locale=locale, slug=spec["slug"]).first()
    if dataset is None:
        fields = dict(spec)
        fields["series"] = [("series", name) for name in spec["series"]]
        fields["rows"] = [
            ("row", {"category": category, "values": values}) for category, values in spec["rows"]
        ]
        dataset = Dataset.objects.create(locale=locale, as_of=AS_OF, source_name=SOURCE, **fields)
        dataset.save_revision().publish()
    else:
        _flag_sample(dataset, spec.get("sample", False))
    return dataset


def _flag_sample(figure, sample):
    """Demo databases loaded before the sample flag: set it as an editor would, through a published revision.

    The flag is synchronised to translations (wagtail-localize), so they are
    re-synced and published with it. Nothing happens when it is already right,
    so loading again makes no new revision.
    """
    if figure.sample == sample:
        return
    figure.sample = sample
    figure.save_revision().publish()
    resync_translations(figure)


def _figures_on_home(home, statistics):
    """A 'Figures at a glance' panel on the English home page, once; its translations follow."""
    append_blocks_once(
        home, "body", [("statistics_panel", {"heading": "Figures at a glance", "statistics": statistics})]
    )
