"""StreamField blocks shared by every page type.

Each app's body block extends `BaseStreamBlock`, so a block added here is
available everywhere at once and is written only once.
"""

from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from stats.blocks import (
    DatasetBlock,
    LocalizedSnippetChooserBlock,
    StatisticBlock,
    StatisticsPanelBlock,
    localized_snippet,
)

from .link_safety import WebURLBlock, public_url

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingValue(blocks.StructValue):
    def anchor(self):
        """A stable id for jump links, derived from the heading text."""
        return self.get("anchor_id") or slugify(self.get("text", ""), allow_unicode=True)


class HeadingBlock(blocks.StructBlock):
    """A section heading. Level 2 or 3 only: the page title is the one h1."""

    text = blocks.CharBlock(label=_("Text"), help_text=_("Keep headings short and descriptive."))
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Use h3 only under an h2, so screen readers can follow the outline."),
    )
    anchor_id = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        help_text=_("Optional id for links to this heading; defaults to the text in URL form."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        value_class = HeadingValue
        group = _("Text")
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Ethical recruitment", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with required alt text (or an explicit 'decorative' choice), caption and credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, help_text=_("Shown under the image."))
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        help_text=_("Photographer or source, e.g. '© IOM 2023 / name'."),
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image.html"
        group = _("Media")
        description = _("An image with alt text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, help_text=_("Who said it, and their role.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        group = _("Text")
        description = _("A highlighted quotation with its source.")
        preview_value = {
            "quote": "Migration is a driver of development when it is safe and dignified.",
            "attribution": "Workshop participant",
        }


class LinkValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return public_url(self.get("external_url"))

    def label(self):
        page = self.get("page")
        return self.get("text") or (page.localized.title if page else self.get("external_url"))


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another site; the page wins when both are set."""

    text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Say where the link goes; defaults to the page title."),
    )
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = WebURLBlock(
        label=_("External URL"), required=False, help_text=_("Used when no page is chosen.")
    )

    class Meta:
        icon = "link"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": [_("Choose a page or enter an external URL.")]}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), help_text=_("What the reader is invited to do."))
    text = blocks.TextBlock(label=_("Text"), required=False, help_text=_("One or two sentences."))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        group = _("Links")
        description = _("A short invitation with a button, e.g. 'Get involved'.")


class DocumentLinkBlock(blocks.StructBlock):
    """A downloadable document; the template shows its format and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        group = _("Links")
        description = _("A download link that names the file's format and size.")


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. Apps subclass it to add their own."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        group=_("Text"),
        template="blocks/paragraph.html",
        description=_("Formatted text with links and lists."),
        preview_value="<p>IOM works with the government, employers and communities.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        group=_("Media"),
        template="blocks/embed.html",
        help_text=_("A YouTube or Vimeo address, for example."),
        description=_("A video or other media from a supported provider."),
    )
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    statistic = StatisticBlock()
    statistics_panel = StatisticsPanelBlock()
    dataset = DatasetBlock()


# History page blocks. They sit after BaseStreamBlock on purpose: they are not
# offered in page bodies, only in the HistoryPage's own fields.


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
