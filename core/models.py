"""What every page and every app stands on: the base page classes, and the
site-wide pieces every page shows.

Language-neutral values (logo, phone, e-mail, social links) live in a site
setting; words that translators must translate (organisation name, address,
footer text, navigation labels) live in translatable snippets, because
Wagtail's site settings cannot be translated.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import RICH_TEXT_FEATURES, LinkBlock
from .link_safety import LinkSafetyMixin
from .routing import route_in_one_query
from .view_restrictions import restrictions_along
from .workflow import FourEyesPageMixin


def sample_flag(verbose_name, help_text):
    """A tick box for stand-in values (a demonstration site): readers are told so where they see them."""
    return models.BooleanField(verbose_name, default=False, help_text=help_text)


def optional_image(verbose_name, help_text):
    """A link to an image that may stay empty; deleting the image empties the link."""
    return optional_link("wagtailimages.Image", verbose_name, help_text)


def optional_link(model, verbose_name, help_text):
    """A link to an object of `model` that may stay empty; deleting the object empties the link."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class BasePage(LinkSafetyMixin, FourEyesPageMixin, Page):
    """Fields every public page shares: an image and text for listings and sharing.

    Abstract, so each page type gets them once without copying. Every page
    follows the four-eyes publishing rule where a workflow governs it.
    """

    listing_image = optional_image(
        _("listing and sharing image"),
        _("Shown on cards and when the page is shared. Falls back to the hero image."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards, search results and shared links."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("Listings and sharing"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    class Meta:
        abstract = True

    # How the page looks as a card in listings: a template and the name it
    # expects the page under. Page types with their own card override these.
    card_template = "includes/card.html"
    card_context_name = "item"

    @property
    def preview_modes(self):
        return [("", _("Full page")), ("card", _("Listing card"))]

    def route(self, request, path_components):
        """The page for a path below this one, found in one query (core/routing.py)."""
        if not path_components:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components)

    def get_view_restrictions(self):
        """Wagtail's restrictions for this page in one query, not two (core/view_restrictions.py)."""
        return restrictions_along(self)

    def serve_preview(self, request, mode_name):
        if mode_name == "card":
            return self.serve_card_preview(request)
        return super().serve_preview(request, mode_name)

    def serve_card_preview(self, request):
        """The "Listing card" preview shows the page as readers meet it in listings and on the home page."""
        return TemplateResponse(
            request,
            "previews/card.html",
            {"page": self, "card_template": self.card_template, self.card_context_name: self},
        )

    @property
    def summary_text(self):
        """The best short description of the page, for cards and meta tags."""
        return self.listing_summary or self.search_description or ""

    @property
    def card_image(self):
        return self.listing_image

    @property
    def card_image_alt_text(self):
        """The card image's alt text, for shared links; pages with their own alt field override it."""
        return self.card_image.default_alt_text if self.card_image else ""


class RoutableBasePage(RoutablePageMixin, BasePage):
    """A BasePage with sub-routes (feeds, downloads, calendars) whose card preview still works."""

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        # RoutablePageMixin's preview ignores the mode; the card preview comes from BasePage.
        if mode_name == "card":
            return self.serve_card_preview(request)
        return super().serve_preview(request, mode_name)


def image_alt_text(image, own_alt_text):
    """A page's own alt text for one of its images, else the image's description (or "" without image)."""
    if own_alt_text:
        return own_alt_text
    return image.default_alt_text if image else ""


class HeroImageMixin(models.Model):
    """A hero photograph with alt text in the page's own language.

    Wagtail images are not translatable, so the image's description would stay
    in the source language on every translation; `hero_image_alt` is a page
    field, and so is translated with the page. Put it before BasePage in the
    bases, so its card image and card alt text win.
    """

    hero_image = optional_image(_("hero image"), _("A wide photograph."))
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the photo for people who cannot see it, in this page's language. "
            "Leave empty to use the image's description."
        ),
    )

    class Meta:
        abstract = True

    @property
    def hero_image_alt_text(self):
        """The hero image's alt text: this page's own, else the image's description."""
        return image_alt_text(self.hero_image, self.hero_image_alt)

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def card_image_alt_text(self):
        if self.listing_image_id is None and self.hero_image_id is not None:  # the card shows the hero
            return self.hero_image_alt_text
        return super().card_image_alt_text


class HeroMixin(HeroImageMixin):
    """A hero: heading, text and photograph at the top of the page (the home and campaign pages)."""

    hero_heading = models.CharField(
        _("hero heading"), max_length=140, help_text=_("The page's main message, in one line.")
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("A sentence or two under the heading.")
    )

    hero_panel = MultiFieldPanel(
        [
            FieldPanel("hero_heading"),
            FieldPanel("hero_text"),
            FieldPanel("hero_image"),
            FieldPanel("hero_image_alt"),
        ],
        heading=_("Hero"),
    )

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteContactSettings(BaseSiteSetting):
    """Language-neutral contact details and links shown in the header and footer."""

    # The page cache (perf/) purges every page when it changes: every page shows it.
    page_cache_scope = "site"

    logo = optional_image(_("logo"), _("Optional; the built-in SVG logo is used when empty."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international form, e.g. +60 3 1234 5678.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The office's public address."))
    sample = sample_flag(
        _("sample contact details"),
        _("Tick while the phone number and e-mail are stand-ins; the footer then says they reach no one."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Full address of the page."))
    x_url = models.URLField(_("X (Twitter)"), blank=True, help_text=_("Full address of the profile."))
    youtube_url = models.URLField(_("YouTube"), blank=True, help_text=_("Full address of the channel."))
    linkedin_url = models.URLField(_("LinkedIn"), blank=True, help_text=_("Full address of the page."))

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("sample")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    def social_links(self):
        """(label, url) pairs for the links that are filled in."""
        candidates = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in candidates if url]


@register_setting(icon="doc-full")
class LegalPages(BaseSiteSetting):
    """The pages every footer links to, each shown in the reader's language where translated."""

    # The page cache (perf/) purges every page when it changes: every page links to them.
    page_cache_scope = "site"

    accessibility_statement = optional_link(
        Page,
        _("accessibility statement"),
        _("How the site meets WCAG, what is not accessible yet, how to tell us."),
    )
    privacy_notice = optional_link(
        Page, _("privacy notice"), _("What the site records about readers and staff, and why.")
    )
    content_licence = optional_link(
        Page, _("content licence"), _("How readers may reuse the site's text, data and images.")
    )

    panels = [
        FieldPanel("accessibility_statement"),
        FieldPanel("privacy_notice"),
        FieldPanel("content_licence"),
    ]

    class Meta:
        verbose_name = _("legal pages")

    def page_ids(self):
        """The chosen pages' ids, in footer order."""
        ids = [self.accessibility_statement_id, self.privacy_notice_id, self.content_licence_id]
        return [pk for pk in ids if pk is not None]


@register_snippet
class OrganisationProfile(LinkSafetyMixin, TranslatableMixin, models.Model):
    """The organisation's name, address and footer text, one copy per language."""

    # The page cache (perf/) purges every page when it changes: every page shows it.
    page_cache_scope = "site"

    name = models.CharField(
        _("organisation name"),
        max_length=120,
        help_text=_("Full name as shown in the header, e.g. 'International Organization for Migration'."),
    )
    office_name = models.CharField(
        _("office name"), max_length=80, help_text=_("The country office, e.g. 'Malaysia'.")
    )
    address = models.TextField(_("address"), blank=True, help_text=_("Postal address, one line per row."))
    footer_text = RichTextField(
        _("footer text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A sentence about the organisation shown in the footer."),
    )

    notes_to_editors = RichTextField(
        _("notes to editors"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Who the organisation is, in a few sentences: shown under every press release as "
            "'Notes to editors'."
        ),
    )

    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_(
            "How the office signs its work, e.g. 'IOM Malaysia': in citations, calendar files and feeds. "
            "Leave empty to use the organisation and office names."
        ),
    )
    country_code = models.CharField(
        _("country code"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. MY."))],
        help_text=_("The office's country as a two-letter ISO 3166 code, e.g. 'MY', for search engines."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("office_name"),
        FieldPanel("short_name"),
        FieldPanel("country_code"),
        FieldPanel("address"),
        FieldPanel("footer_text"),
        FieldPanel("notes_to_editors"),
    ]
    # The country code is the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("office_name"),
        TranslatableField("short_name"),
        SynchronizedField("country_code"),
        TranslatableField("address"),
        TranslatableField("footer_text"),
        TranslatableField("notes_to_editors"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation profile")
        verbose_name_plural = _("organisation profiles")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.name} – {self.office_name}"

    @property
    def signature(self):
        """The name the office signs with: its short name, else its full name."""
        return self.short_name or self.full_name


@register_snippet
class MainMenu(LinkSafetyMixin, TranslatableMixin, models.Model):
    """The main navigation, managed by editors and translated like a page."""

    # The page cache (perf/) purges every page when it changes: every page shows it.
    page_cache_scope = "site"

    title = models.CharField(_("title"), max_length=60, help_text=_("For editors only, e.g. 'Main menu'."))
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Shown in this order in the header. Keep to six or fewer."),
    )

    panels = [FieldPanel("title"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")

    def __str__(self):
        return self.title
