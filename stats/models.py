"""Statistics and datasets as translatable snippets, and the data page that lists them.

Numbers, dates and links are synchronised from the English source by
wagtail-localize; labels, notes and sources are translated. Every saved edit in
the admin is a revision, so a corrected figure's earlier values stay available
for download.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    ModelLogEntry,
    Page,
    PreviewableMixin,
    ReferenceIndex,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.localization import site_wide_copy
from core.models import BasePage, OrganisationProfile, RoutableBasePage
from core.request_cache import once_per_request

from . import blocks as figure_blocks
from .blocks import DataRowBlock
from .corrections import hidden_in_any_version
from .embed import chart_embed, chart_svg
from .figure_page import figure_page
from .formatting import format_date, format_number
from .forms import DatasetForm, StatisticForm
from .language_neutral import in_source_language
from .search import figure_results, language_of, number_forms
from .table import build_table, parse_number, percentage_total_error, percentage_totals_off, split_values
from .views import csv_metadata, data_page_context, download

UNIT_CHOICES = [
    ("count", _("count")),
    ("people", _("people")),
    ("percent", _("per cent")),
]

LICENCE_CHOICES = [
    ("CC-BY-4.0", "CC BY 4.0"),
    ("CC-BY-SA-4.0", "CC BY-SA 4.0"),
    ("CC-BY-NC-4.0", "CC BY-NC 4.0"),
    ("CC0-1.0", _("CC0 1.0 (public domain)")),
]
LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}

DISPLAY_CHOICES = [
    ("table", _("Table")),
    ("bar", _("Horizontal bar chart")),
    ("stacked", _("Stacked bar chart")),
    ("pie", _("Pie chart")),
    ("donut", _("Donut chart")),
]

# Fields common to statistics and datasets, as (translated, synchronised) lists.
_COMMON_TRANSLATED = ["period_label", "source_name", "note", "correction_note"]
_COMMON_SYNCED = ["slug", "unit", "as_of", "source_url", "licence", "provisional", "sample", "corrected_on"]


class PublishedFigure(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    models.Model,
):
    """What statistics and datasets share: where a number comes from and when it was true.

    Figures are governed like pages: an edit is a draft (a revision) until it is
    published, and the "Editorial approval" workflow publishes it only when
    someone other than its author approves it (home/roles.py, docs/stats.md).
    The database row is always the live version, so readers (pages, the data
    page, downloads) read rows with `live=True` and never see a draft.
    Editors preview each one as the block readers will see on a page, with the
    pages that show it.
    """

    is_dataset = False  # what readers get: a single number or a table of them (downloads, charts)
    # The StreamField block that shows this kind of snippet, and its chooser's name.
    preview_block_class = ""
    preview_block_field = ""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The download's address and file name, e.g. 'refugees-resettled'. Keep it stable."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=20,
        choices=UNIT_CHOICES,
        default="count",
        help_text=_("What the numbers count."),
    )
    as_of = models.DateField(
        _("as of"), help_text=_("The date the figures were true, e.g. the end of the period they cover.")
    )
    period_label = models.CharField(
        _("period"),
        max_length=120,
        blank=True,
        help_text=_("Optional words for the period, e.g. 'Q2 2023' or 'since 2005'."),
    )
    source_name = models.CharField(
        _("source"), max_length=200, help_text=_("Who produced the figures, e.g. 'IOM Malaysia'.")
    )
    source_url = models.URLField(_("source link"), blank=True, help_text=_("Optional link to the source."))
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=LICENCE_CHOICES,
        default="CC-BY-4.0",
        help_text=_("The terms under which others may reuse the figures."),
    )
    provisional = models.BooleanField(
        _("provisional"), default=False, help_text=_("Tick while the figures may still change.")
    )
    sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_(
            "Tick for invented or illustrative numbers (a demonstration, a layout test). Readers then see "
            "'sample' beside the title, in the chart's description, the citation and every download."
        ),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Optional: how to read the figures."))
    correction_note = models.CharField(
        _("correction note"),
        max_length=300,
        blank=True,
        help_text=_("Required when you change a published value: say what was corrected and why."),
    )
    corrected_on = models.DateField(
        _("corrected on"), null=True, blank=True, editable=False, help_text=_("Set when a value changes.")
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True
        # A figure's slug is its download address, so it is unique in each language.
        ordering = ["slug"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    @property
    def revisions(self):
        return self._revisions

    def published_revisions(self):
        """Revisions that were live at some time (published), newest first; drafts never are."""
        return self.revisions.filter(pk__in=published_revision_ids(type(self), [self.pk])).order_by(
            "-created_at", "-pk"
        )

    def get_preview_template(self, request, mode_name):
        return "stats/previews/block.html"

    def get_preview_context(self, request, mode_name):
        block = getattr(figure_blocks, self.preview_block_class)()
        value = block.to_python({})
        value[self.preview_block_field] = self  # the edited, possibly unsaved, snippet itself
        return {
            **super().get_preview_context(request, mode_name),
            "block": block,
            "value": value,
            "embedding_pages": pages_embedding(self),
        }

    @property
    def licence_label(self):
        return dict(LICENCE_CHOICES).get(self.licence, self.licence)

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def as_of_display(self):
        return format_date(self.as_of)

    @property
    def corrected_on_display(self):
        return format_date(self.corrected_on)

    def numbers(self):
        """Everything a correction note must accompany when it changes."""
        raise NotImplementedError

    def clean(self):
        super().clean()
        other = Dataset if isinstance(self, Statistic) else Statistic
        if other.objects.filter(slug=self.slug, locale_id=self.locale_id).exists():
            raise ValidationError({"slug": _("A statistic or dataset already uses this slug.")})


def published_revision_ids(model, object_ids):
    """Ids of the revisions of `model`'s objects that were published (Wagtail logs each publish)."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
        object_id__in=[str(pk) for pk in object_ids],
        action="wagtail.publish",
        revision__isnull=False,
    ).values("revision_id")


def pages_embedding(obj):
    """Pages whose content uses `obj` or one of its translations (Wagtail's ReferenceIndex), by title."""
    if obj.pk is None:
        return []
    page_type = ContentType.objects.get_for_model(Page)
    copies = type(obj).objects.filter(translation_key=obj.translation_key) if obj.translation_key else [obj]
    page_ids = set()
    for copy in copies:
        references = ReferenceIndex.get_references_to(copy).filter(base_content_type=page_type)
        page_ids.update(int(pk) for pk in references.values_list("object_id", flat=True))
    return list(Page.objects.filter(pk__in=page_ids).select_related("locale").order_by("title", "pk"))


def provenance_panels():
    """The panels statistics and datasets share, after their own: when, source, notes, publishing."""
    return [
        MultiFieldPanel(
            [
                FieldPanel("as_of"),
                FieldPanel("period_label"),
                FieldPanel("provisional"),
                FieldPanel("sample"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url"), FieldPanel("licence")],
            heading=_("Source and licence"),
        ),
        FieldPanel("note"),
        FieldPanel("correction_note"),
        PublishingPanel(),
    ]


# Wagtail indexes these for the site search in each object's language (core/search.py, stats/search.py).
_COMMON_SEARCH_FIELDS = [
    index.SearchField("period_label"),
    index.SearchField("source_name"),
    index.SearchField("note"),
]


class Statistic(index.Indexed, PublishedFigure):
    """One figure, e.g. '113,166 refugees resettled since 2005'."""

    # The page cache (perf/) also purges the pages that list every figure: the data page.
    page_cache_listed_by = ("stats.DataPage",)

    preview_block_class = "StatisticBlock"
    preview_block_field = "statistic"

    label = models.CharField(
        _("label"),
        max_length=200,
        help_text=_("What the figure counts, written to follow the number: 'refugees resettled'."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=20,
        decimal_places=4,
        help_text=_("The exact number, without separators; for a percentage, 80.6 means 80.6%."),
    )

    translatable_fields = [
        TranslatableField("label"),
        *[TranslatableField(name) for name in _COMMON_TRANSLATED],
        SynchronizedField("value"),
        *[SynchronizedField(name) for name in _COMMON_SYNCED],
    ]

    base_form_class = StatisticForm

    search_fields = [
        index.SearchField("title"),
        index.SearchField("label"),
        index.SearchField("search_numbers"),
        *_COMMON_SEARCH_FIELDS,
    ]

    panels = [
        FieldPanel("label"),
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("slug"),
        *provenance_panels(),
    ]

    class Meta(PublishedFigure.Meta):
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")

    def __str__(self):
        return f"{format_number(self.value, self.unit, settings.LANGUAGE_CODE)} {self.label}"

    @property
    def title(self):
        return f"{self.value_display} {self.label}"

    @property
    def value_display(self):
        return format_number(self.value, self.unit)

    def numbers(self):
        return (self.value.normalize() if self.value is not None else None, self.unit)

    def search_numbers(self):
        """The value as readers type it in this statistic's language, for the search index."""
        source = getattr(self, "source_copy", None) or self._live_source()
        return number_forms(source.value, source.unit, language_of(self))

    def _live_source(self):
        """The live default-language copy whose number every translation shows (itself when none)."""
        if self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = (
            type(self)
            .objects.filter(
                translation_key=self.translation_key, live=True, locale__language_code=settings.LANGUAGE_CODE
            )
            .first()
        )
        return source or self

    @classmethod
    def search_results(cls, objects, request):
        return figure_results(objects, request, DataPage.for_request(request))

    def table(self):
        """The statistic as a one-row table, for downloads."""
        return build_table([str(self.label)], [(str(self.label), [self.value])])


class Dataset(index.Indexed, PublishedFigure):
    """Categories (rows) and one or more named series of values, e.g. gender by age group."""

    # The page cache (perf/) also purges the pages that list every figure: the data page.
    page_cache_listed_by = ("stats.DataPage",)

    is_dataset = True
    preview_block_class = "DatasetBlock"
    preview_block_field = "dataset"

    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'Countries of resettlement, Q2 2023'.")
    )
    description = models.TextField(_("description"), blank=True, help_text=_("One or two sentences."))
    category_label = models.CharField(
        _("category heading"),
        max_length=80,
        default="Category",
        help_text=_("The heading of the first column, e.g. 'Country' or 'Age group'."),
    )
    series = StreamField(
        [("series", wagtail_blocks.CharBlock(label=_("Series name"), max_length=80))],
        verbose_name=_("series"),
        blank=True,
        help_text=_("The name of each column of numbers, e.g. 'Female' and 'Male', or 'Per cent'."),
    )
    rows = StreamField(
        [("row", DataRowBlock())],
        verbose_name=_("rows"),
        blank=True,
        help_text=_("One row per category, values in the order of the series."),
    )
    display = models.CharField(
        _("show as"),
        max_length=20,
        choices=DISPLAY_CHOICES,
        default="bar",
        help_text=_("The default way pages show the dataset; a chart always comes with its table."),
    )
    total_note = models.CharField(
        _("why the total is not 100%"),
        max_length=300,
        blank=True,
        help_text=_(
            "Only for percentages that do not add up to 100 because of rounding or a category left out. "
            "Say why, e.g. 'Figures are rounded' or 'Other countries are not shown'; readers see this note."
        ),
    )
    suppression_threshold = models.PositiveSmallIntegerField(
        _("suppress counts below"),
        default=5,
        help_text=_(
            "Counts from 1 up to this number minus one are shown as * so nobody can be identified. "
            "Not applied to percentages. 0 turns suppression off."
        ),
    )

    base_form_class = DatasetForm

    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.SearchField("search_categories"),
        *_COMMON_SEARCH_FIELDS,
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("category_label"),
                FieldPanel("series"),
                FieldPanel("rows"),
                FieldPanel("csv_paste"),
                FieldPanel("csv_file"),
            ],
            heading=_("Data"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("unit"),
                FieldPanel("total_note"),
                FieldPanel("display"),
                FieldPanel("suppression_threshold"),
            ],
            heading=_("Units and display"),
        ),
        *provenance_panels(),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("category_label"),
        TranslatableField("series"),
        TranslatableField("rows"),  # category names are translated; the values block is synchronised
        TranslatableField("total_note"),
        *[TranslatableField(name) for name in _COMMON_TRANSLATED],
        SynchronizedField("display"),
        SynchronizedField("suppression_threshold"),
        *[SynchronizedField(name) for name in _COMMON_SYNCED],
    ]

    class Meta(PublishedFigure.Meta):
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")

    def __str__(self):
        return self.title

    @property
    def series_names(self):
        return [in_source_language(str(block.value), block.id, self) for block in self.series]

    def search_categories(self):
        """The category heading, categories and series names, for the search index."""
        categories = [str(row.value["category"]) for row in self.rows]
        return " ".join([self.category_label, *categories, *self.series_names])

    @classmethod
    def search_results(cls, objects, request):
        return figure_results(objects, request, DataPage.for_request(request))

    def raw_rows(self):
        """(category, [Decimal]) for every row; rows that do not parse are skipped."""
        return [(category, values) for _block_id, category, values in self.parsed_rows()]

    def parsed_rows(self):
        """(row block id, category, [Decimal]) for every row that parses, in order."""
        rows = []
        for block in self.rows:
            try:
                values = [parse_number(part) for part in split_values(block.value["values"])]
            except ValueError:
                continue
            rows.append((block.id, in_source_language(block.value["category"], block.id, self), values))
        return rows

    def numbers(self):
        return (
            self.unit,
            tuple(tuple(value.normalize() for value in values) for _category, values in self.raw_rows()),
        )

    @property
    def suppresses(self):
        return self.unit != "percent" and self.suppression_threshold > 0

    @cached_property
    def cached_table(self):
        return self.table()

    def table(self):
        """The table readers see: what any published version hides, this one hides too (docs/stats.md)."""
        return self.build_table(hidden_in_any_version(self))

    def build_table(self, also_hidden=frozenset()):
        """This version's table, hiding besides its own small counts the cells `also_hidden` names.

        `also_hidden` holds (row block id, series position) pairs; rows keep their
        block ids across versions and translations, so the pairs name the same cells.
        """
        parsed = self.parsed_rows()
        positions = {block_id: index for index, (block_id, _category, _values) in enumerate(parsed)}
        return build_table(
            self.series_names,
            [(category, values) for _block_id, category, values in parsed],
            threshold=self.suppression_threshold,
            suppress=self.suppresses,
            also_hidden={(positions[row], column) for row, column in also_hidden if row in positions},
        )

    def sum_warnings(self):
        """For percentages: (series, total) for series further than PERCENT_TOLERANCE from 100."""
        if self.unit != "percent":
            return []
        rows = self.raw_rows()
        if not rows:
            return []  # nothing entered yet (or the rows have their own errors)
        return percentage_totals_off(self.series_names, rows)

    def clean(self):
        """Percentages off 100 are an error unless `total_note` says why (every saved revision)."""
        super().clean()
        if (self.total_note or "").strip():
            return
        errors = [percentage_total_error(name, total) for name, total in self.sum_warnings()]
        if errors:
            raise ValidationError({"total_note": errors})


class DataPage(RoutableBasePage):
    """The data page at /<lang>/data/: every statistic and dataset with citations and downloads.

    Downloads are routes of this page, so they carry the language prefix and
    need nothing in the project's URL configuration:

    - ``<slug>/csv/`` (``?hxl=1`` adds an HXL hashtag row) and ``<slug>/json/``;
    - ``?version=<revision id>`` serves a superseded version kept in the snippet's revisions.

    Wagtail serves only addresses made of letters, digits, dashes and slashes,
    so the format is a path segment rather than a ``.csv`` suffix; the file name
    in the download is ``<slug>_<as-of date>.csv``.
    """

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph about the data and how to reuse it.")
    )
    organisation = models.CharField(
        _("organisation for citations"),
        max_length=120,
        blank=True,
        help_text=_(
            "Named first in each suggested citation, e.g. 'IOM Malaysia'. Leave empty to use the short "
            "name in the organisation profile."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("organisation")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("data page")

    @property
    def summary_text(self):
        return super().summary_text or self.introduction

    @cached_property
    def citation_name(self):
        """Who each suggested citation names first: this page's choice, else the organisation profile's."""
        if self.organisation:
            return self.organisation
        profile = site_wide_copy(OrganisationProfile)
        return profile.signature if profile else ""

    @property
    def figure_models(self):
        """The snippets this page lists, by the heading of their section."""
        return {"statistics": Statistic, "datasets": Dataset}

    @classmethod
    def for_request(cls, request):
        """The live data page in the reader's language (else the default language's), once per request."""
        language = translation.get_language() or settings.LANGUAGE_CODE

        def find():
            pages = {
                page.locale.language_code: page
                for page in cls.objects.live()
                .select_related("locale")
                .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
            }
            return pages.get(language) or pages.get(settings.LANGUAGE_CODE)

        return once_per_request(request, f"data_page:{language}", find)

    @path("")
    def index_route(self, request):
        # Read only when the page's cached sections are missing (templates/stats/data_page.html);
        # they say when each file was accessed, so they are kept for the day.
        entries = SimpleLazyObject(lambda: data_page_context(self, request))
        return self.render(
            request,
            context_overrides={
                "statistics": SimpleLazyObject(lambda: entries["statistics"]),
                "datasets": SimpleLazyObject(lambda: entries["datasets"]),
                "today": datetime.date.today(),  # as the citations date their access
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def figure_route(self, request, slug):
        return figure_page(self, request, slug)

    @re_path(r"^(?P<slug>[-\w]+)/(?P<file_format>csv|json)/$")
    def download_route(self, request, slug, file_format):
        return download(self, request, slug, file_format)

    @re_path(r"^(?P<slug>[-\w]+)/csv/metadata/$")
    def csv_metadata_route(self, request, slug):
        """W3C "CSV on the Web" metadata of the CSV (``?hxl=1``: of the HXL variant); stats/csvw.py."""
        return csv_metadata(self, request, slug)

    @re_path(r"^(?P<slug>[-\w]+)/versions/(?P<version>[0-9]{1,18})/(?P<file_format>csv|json)/$")
    def version_download_route(self, request, slug, version, file_format):
        return download(self, request, slug, file_format, version=int(version))

    @re_path(r"^(?P<slug>[-\w]+)/svg/$")
    def chart_svg_route(self, request, slug):
        """The dataset's chart as an SVG file, in this page's language (stats/embed.py)."""
        return chart_svg(self, request, slug)

    @re_path(r"^(?P<slug>[-\w]+)/embed/$")
    def chart_embed_route(self, request, slug):
        """The chart alone, for other sites' iframes: the only page that may be framed (stats/embed.py)."""
        return chart_embed(self, request, slug)

    def figure_url(self, obj):
        """The figure's own page: chart, table, downloads, corrections and citation."""
        return self.url + self.reverse_subpage("figure_route", kwargs={"slug": obj.slug})

    def figure_full_url(self, obj, request=None):
        """The figure page's absolute address, e.g. https://…/en/data/<slug>/: the one to cite."""
        return self.get_full_url(request) + self.reverse_subpage("figure_route", kwargs={"slug": obj.slug})

    def download_url(self, obj, file_format, version=None):
        """The current file, or with `version` (a published revision's id) that version's file, for good."""
        if version:
            return self.url + self.reverse_subpage(
                "version_download_route",
                kwargs={"slug": obj.slug, "version": str(version), "file_format": file_format},
            )
        return self.url + self.reverse_subpage(
            "download_route", kwargs={"slug": obj.slug, "file_format": file_format}
        )
