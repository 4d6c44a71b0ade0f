"""StreamField blocks shared by every page type.

Generic blocks only: `stats.blocks.BodyStreamBlock` adds the figure blocks to
`BaseStreamBlock`, and each content app's body extends that, so a block added
here is available everywhere at once and is written only once.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

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
    """The generic blocks every page body offers; `stats.blocks.BodyStreamBlock` adds the figures."""

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
