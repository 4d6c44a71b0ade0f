"""Blocks of the history page's own fields: timeline entries and regional processes.

They are not offered in page bodies, only in the HistoryPage's fields.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from core.blocks import RICH_TEXT_FEATURES, LinkBlock
from stats.blocks import LocalizedSnippetChooserBlock, localized_snippet


class OptionalLinkBlock(LinkBlock):
    """A LinkBlock that may be left empty: for entries that need no link."""

    def clean(self, value):
        # Skip LinkBlock's "page or URL" rule; the child blocks still validate what is filled in.
        return blocks.StructBlock.clean(self, value)


class TimelineEntryValue(blocks.StructValue):
    @cached_property
    def localized_statistic(self):
        """The linked figure in the reader's language (not `statistic`: that is the raw value)."""
        return localized_snippet(self.get("statistic"))

    def is_period(self):
        return bool(self.get("end_year")) and self.get("end_year") != self.get("start_year")

    def sort_key(self):
        """Start year, then end year: a single event comes before a period that starts the same year."""
        start = self.get("start_year") or 0
        return (start, self.get("end_year") or start)


class TimelineEntryBlock(blocks.StructBlock):
    """One milestone (a single year) or period (a range of years) on the history timeline."""

    start_year = blocks.IntegerBlock(
        label=_("Year"),
        min_value=1800,
        max_value=2200,
        help_text=_(
            "The year it happened, or the first year of a period. The timeline is sorted by this year."
        ),
    )
    end_year = blocks.IntegerBlock(
        label=_("End year"),
        required=False,
        min_value=1800,
        max_value=2200,
        help_text=_("For a period only: its last year. Leave empty for a single event."),
    )
    date_label = blocks.CharBlock(
        label=_("Date as shown"),
        required=False,
        max_length=60,
        help_text=_("Replaces the years when they are approximate, e.g. 'Late 1970s'. Optional."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=160, help_text=_("What happened, in a few words."))
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("One or two short paragraphs."),
    )
    image = ImageBlock(
        label=_("Image"), required=False, help_text=_("Optional. Give alt text or mark it decorative.")
    )
    link = OptionalLinkBlock(
        label=_("Link"),
        required=False,
        help_text=_("Optional: a news story or other page of this site, or an external address."),
    )

    statistic = LocalizedSnippetChooserBlock(
        "stats.Statistic",
        label=_("Figure"),
        required=False,
        help_text=_("Optional: a statistic that belongs to this milestone, shown with its source and date."),
    )

    class Meta:
        icon = "date"
        template = "blocks/timeline_entry.html"
        value_class = TimelineEntryValue
        group = _("History")
        label = _("Timeline entry")
        description = _("A milestone or a period in the organisation's history.")
        preview_value = {
            "start_year": 2002,
            "title": "Bali Process launched",
            "text": "<p>A regional forum against people smuggling and trafficking in persons.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_year"), value.get("end_year")
        if start and end and end < start:
            raise blocks.StructBlockValidationError(
                block_errors={"end_year": [_("The end year cannot be before the year it started.")]}
            )
        return value


class RegionalProcessBlock(blocks.StructBlock):
    """A regional consultative process the country takes part in, shown as a card."""

    name = blocks.CharBlock(
        label=_("Name"), max_length=120, help_text=_("The process's usual name, e.g. 'Bali Process'.")
    )
    year_joined = blocks.IntegerBlock(
        label=_("Year joined"),
        required=False,
        min_value=1900,
        max_value=2200,
        help_text=_("The year the country became a member or participant. Leave empty if not known."),
    )
    purpose = blocks.TextBlock(
        label=_("Purpose"), help_text=_("What the process works on, in one or two sentences.")
    )
    role = blocks.RichTextBlock(
        label=_("The country's role"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How the country takes part: as a member, a receiving country, a signatory..."),
    )

    class Meta:
        icon = "globe"
        group = _("History")
        label = _("Regional process")
        description = _("A card about a regional process: name, year joined, purpose and role.")
        preview_value = {
            "name": "Bali Process",
            "year_joined": 2002,
            "purpose": "Regional cooperation against people smuggling and trafficking in persons.",
            "role": "<p>A member since the process was launched.</p>",
        }
