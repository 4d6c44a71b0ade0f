"""StreamField blocks for statistics: the rows editors type into a dataset, and the
blocks any page can use to show a statistic, a panel of them, or a dataset.

Snippet choosers here fetch every chosen snippet of a page in one query, with
all its translations, so a page shows each figure in the reader's language
without one query per figure.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import BaseStreamBlock

from .language_neutral import adopt_source
from .table import TableError, parse_number, split_values


class ValuesBlock(blocks.FieldBlock):
    """One row's numbers, one per series, separated by semicolons: '12; 15'.

    A plain field block rather than a CharBlock, so wagtail-localize treats the
    numbers as synchronised content and never offers them for translation.
    """

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(required=required, help_text=help_text, max_length=2000)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        errors = []
        for part in split_values(value):
            try:
                parse_number(part)
            except TableError as error:
                errors.append(str(error))
        if errors:
            raise forms.ValidationError(errors[0])
        return value

    class Meta:
        icon = "order"


class DataRowBlock(blocks.StructBlock):
    """A category (a country, an age group) and its value in each series."""

    category = blocks.CharBlock(
        label=_("Category"), max_length=120, help_text=_("e.g. 'Myanmar' or 'Female, 18–59'.")
    )
    values = ValuesBlock(
        label=_("Values"),
        help_text=_("One number per series, in the series' order, separated by semicolons: 12; 15."),
    )

    class Meta:
        icon = "list-ul"
        label_format = "{category}: {values}"


class LocalizedSnippetChooserBlock(SnippetChooserBlock):
    """A snippet chooser whose values know their translations.

    `bulk_to_python` loads every chosen snippet of the page with all its
    translations in one query; `localized_snippet()` then picks the reader's
    language (falling back to the default language) without touching the database.
    The stored id is untouched, so editing the page is unaffected.
    """

    def bulk_to_python(self, values):
        objects = super().bulk_to_python(values)
        attach_translations([obj for obj in objects if obj is not None])
        return objects


def attach_translations(objects):
    """Give each object a `_translations` dict {language code: live copy} (one query).

    Translations show their live source's numbers (stats/language_neutral.py).
    Only live copies: a figure that was never published, or a translation not
    yet published, is not shown to readers (its database row is the live
    version; drafts live in revisions only).
    """
    if not objects:
        return objects
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects}
    copies = {}
    live = model.objects.filter(translation_key__in=keys, live=True).select_related("locale")
    for copy in live:
        copies.setdefault(copy.translation_key, {})[copy.locale.language_code] = copy
    for by_language in copies.values():
        source = by_language.get(settings.LANGUAGE_CODE)
        for copy in by_language.values():
            adopt_source(copy, source)  # numbers are the source's in every language
    for obj in objects:
        obj._translations = copies.get(obj.translation_key, {})
    return objects


def localized_snippet(obj):
    """The reader's-language copy of a snippet, else the default language's, else itself."""
    if obj is None:
        return None
    copies = getattr(obj, "_translations", None)
    if copies is None:
        return obj.localized
    language = translation.get_language() or settings.LANGUAGE_CODE
    return copies.get(language) or copies.get(settings.LANGUAGE_CODE) or (obj if obj.live else None)


class StatisticValue(blocks.StructValue):
    @cached_property
    def localized_statistic(self):
        """Not `statistic`: templates look up dict keys before attributes, and that is the raw value."""
        return localized_snippet(self.get("statistic"))


class StatisticBlock(blocks.StructBlock):
    """One figure with its label, as-of date and source, and a link to its data."""

    statistic = LocalizedSnippetChooserBlock("stats.Statistic", label=_("Statistic"))

    class Meta:
        icon = "pick"
        template = "stats/blocks/statistic.html"
        value_class = StatisticValue
        group = _("Statistics")
        label = _("Statistic")
        description = _("A single figure with its source and date, e.g. '113,166 refugees resettled'.")


class StatisticsPanelValue(blocks.StructValue):
    @cached_property
    def localized_statistics(self):
        localized = (localized_snippet(item) for item in self.get("statistics") or [] if item is not None)
        return [statistic for statistic in localized if statistic is not None]


class StatisticsPanelBlock(blocks.StructBlock):
    """A heading and several figures side by side: 'Figures at a glance'."""

    heading = blocks.CharBlock(
        label=_("Heading"), default="Figures at a glance", help_text=_("e.g. 'Figures at a glance'.")
    )
    statistics = blocks.ListBlock(
        LocalizedSnippetChooserBlock("stats.Statistic", label=_("Statistic")),
        label=_("Statistics"),
        min_num=1,
        max_num=8,
        help_text=_("Two to six figures read best."),
    )

    class Meta:
        icon = "table"
        template = "stats/blocks/statistics_panel.html"
        value_class = StatisticsPanelValue
        group = _("Statistics")
        label = _("Statistics panel")
        description = _("A heading and a row of figures, e.g. 'Figures at a glance'.")


DISPLAY_CHOICES = [
    ("default", _("As the dataset says")),
    ("table", _("Table only")),
    ("chart", _("Chart, with its table in a details box")),
    ("both", _("Chart and table")),
]


class DatasetValue(blocks.StructValue):
    @cached_property
    def localized_dataset(self):
        return localized_snippet(self.get("dataset"))

    def show_chart(self):
        dataset = self.localized_dataset
        if dataset is None:
            return False
        display = self.get("display")
        if display == "default":
            return dataset.display != "table"
        return display in ("chart", "both")

    def show_table_openly(self):
        return self.get("display") in ("table", "both") or (
            self.get("display") == "default"
            and self.localized_dataset
            and self.localized_dataset.display == "table"
        )

    def chart_kind(self):
        dataset = self.localized_dataset
        return "bar" if dataset is None or dataset.display == "table" else dataset.display

    def caption_text(self):
        dataset = self.localized_dataset
        return self.get("caption") or (dataset.title if dataset else "")


class DatasetBlock(blocks.StructBlock):
    """A dataset as a table, a chart, or both; a chart always comes with its table."""

    dataset = LocalizedSnippetChooserBlock("stats.Dataset", label=_("Dataset"))
    display = blocks.ChoiceBlock(
        label=_("Show as"),
        choices=DISPLAY_CHOICES,
        default="default",
        help_text=_(
            "The chart type is the dataset's own; a chart's numbers are always available as a table."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, help_text=_("Defaults to the dataset's title.")
    )

    class Meta:
        icon = "table"
        template = "stats/blocks/dataset.html"
        value_class = DatasetValue
        group = _("Statistics")
        label = _("Dataset")
        description = _("A table or chart of a dataset, with its source and downloads.")


class BodyStreamBlock(BaseStreamBlock):
    """Page bodies: the generic blocks and the figure blocks. Each content app's body extends it."""

    statistic = StatisticBlock()
    statistics_panel = StatisticsPanelBlock()
    dataset = DatasetBlock()
