"""Home and generic pages, and the site-wide pieces every page shows.

Language-neutral values (logo, phone, e-mail, social links) live in a site
setting; words that translators must translate (organisation name, address,
footer text, navigation labels) live in translatable snippets, because
Wagtail's site settings cannot be translated.
"""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock, LinkBlock, RegionalProcessBlock, TimelineEntryBlock
from .link_safety import LinkSafetyMixin
from .workflow import FourEyesApprovalTask, FourEyesPageMixin

__all__ = ["FourEyesApprovalTask"]


class BasePage(LinkSafetyMixin, FourEyesPageMixin, Page):
    """Fields every public page shares: an image and text for listings and sharing.

    Abstract, so each page type gets them once without copying. Every page
    follows the four-eyes publishing rule where a workflow governs it.
    """

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing and sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared. Falls back to the hero image."),
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


class HeroImageMixin(models.Model):
    """A hero photograph with alt text in the page's own language.

    Wagtail images are not translatable, so the image's description would stay
    in the source language on every translation; `hero_image_alt` is a page
    field, and so is translated with the page. Put it before BasePage in the
    bases, so its card image and card alt text win.
    """

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photograph."),
    )
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
        if self.hero_image_alt:
            return self.hero_image_alt
        return self.hero_image.default_alt_text if self.hero_image else ""

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def card_image_alt_text(self):
        if self.listing_image_id is None and self.hero_image_id is not None:  # the card shows the hero
            return self.hero_image_alt_text
        return super().card_image_alt_text


class HomePage(HeroImageMixin, BasePage):  # noqa: DJ008  Page gives __str__
    """The root of each language's tree: hero, body, and what later apps add."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=140,
        help_text=_("The main message at the top of the home page."),
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("A sentence or two under the heading.")
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Content shown below the hero."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "campaigns.CampaignPage",
        "stats.DataPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from . import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(
            latest_stories=home_sections.latest_stories(self.locale_id),
            upcoming_events=home_sections.upcoming_events(self.locale_id),
            campaign=home_sections.featured_campaign(self.locale_id),
            news_index=home_sections.news_index(self.locale_id),
        )
        return context


class StandardPage(BasePage):
    """A generic content page: Who we are, What we do, Partnerships, and so on."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short lead paragraph shown under the title."),
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The page's content.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.HistoryPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary_text(self):
        return super().summary_text or self.introduction


@register_setting(icon="site")
class SiteContactSettings(BaseSiteSetting):
    """Language-neutral contact details and links shown in the header and footer."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional; the built-in SVG logo is used when empty."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international form, e.g. +60 3 1234 5678.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The office's public address."))
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Full address of the page."))
    x_url = models.URLField(_("X (Twitter)"), blank=True, help_text=_("Full address of the profile."))
    youtube_url = models.URLField(_("YouTube"), blank=True, help_text=_("Full address of the channel."))
    linkedin_url = models.URLField(_("LinkedIn"), blank=True, help_text=_("Full address of the page."))

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
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


@register_snippet
class OrganisationProfile(LinkSafetyMixin, TranslatableMixin, models.Model):
    """The organisation's name, address and footer text, one copy per language."""

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

    panels = [FieldPanel("name"), FieldPanel("office_name"), FieldPanel("address"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation profile")
        verbose_name_plural = _("organisation profiles")

    def __str__(self):
        return f"{self.name} – {self.office_name}"


@register_snippet
class MainMenu(LinkSafetyMixin, TranslatableMixin, models.Model):
    """The main navigation, managed by editors and translated like a page."""

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


class TimelineItem:
    """A timeline entry ready to render: its block value plus its link and alt text resolved."""

    def __init__(self, block, link_url="", link_label="", image_alt=""):
        self.id = block.id
        self.value = block.value
        self.link_url = link_url
        self.link_label = link_label
        self.image_alt = image_alt


class HistoryPage(BasePage):
    """The office's history: introduction, timeline, regional processes and key figures.

    The timeline is shown in chronological order (by start year, then end year),
    whatever order the editor put the entries in: readers expect a timeline to
    run forwards, and an editor who adds a newly found milestone at the end
    should not have to move it by hand. Entries with the same years keep the
    editor's order, so ties are still under the editor's control.
    """

    introduction = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A few paragraphs that open the page: who the organisation is and how it came here."),
    )
    timeline = StreamField(
        [("entry", TimelineEntryBlock())],
        blank=True,
        verbose_name=_("timeline"),
        help_text=_("Milestones and periods. They are shown oldest first, whatever their order here."),
    )
    processes_introduction = models.TextField(
        _("regional processes introduction"),
        blank=True,
        help_text=_("Optional sentence above the regional process cards."),
    )
    processes = StreamField(
        [("process", RegionalProcessBlock())],
        blank=True,
        verbose_name=_("regional processes"),
        help_text=_("One card per regional process the country takes part in, in this order."),
    )
    key_figures = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("key figures"),
        help_text=_("Figures that sum up the work, e.g. people resettled since 2005, with their source."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("timeline"),
        MultiFieldPanel(
            [FieldPanel("processes_introduction"), FieldPanel("processes")], heading=_("Regional processes")
        ),
        FieldPanel("key_figures"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("timeline"),
        index.SearchField("processes"),
        index.SearchField("key_figures"),
    ]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("history page")

    @property
    def summary_text(self):
        return super().summary_text or Truncator(strip_tags(self.introduction)).words(40)

    def timeline_items(self, request=None):
        """The timeline in chronological order, with links and images resolved in bulk.

        Page links point at the chosen page's translation in the active language
        when it is live. The number of queries does not depend on the number of
        entries: pages and images come from StreamField's bulk loading, page
        translations from one query, and image renditions from one prefetch.
        """
        entries = sorted(self.timeline, key=lambda block: block.value.sort_key())
        links = [entry.value.get("link") or {} for entry in entries]
        chosen = [link.get("page") for link in links if link.get("page")]
        translations = {}
        if chosen:
            translations = {
                page.translation_key: page
                for page in Page.objects.live().filter(
                    translation_key__in={page.translation_key for page in chosen},
                    locale=Locale.get_active(),
                )
            }
        images = [entry.value.get("image") for entry in entries if entry.value.get("image")]
        if images:
            renditions = images[0].get_rendition_model().objects.all()
            prefetch_related_objects(
                images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
            )
        items = []
        for entry, link in zip(entries, links, strict=True):
            url, label = "", ""
            page = link.get("page")
            if page is not None:
                page = translations.get(page.translation_key, page)
                url, label = page.get_url(request), link.get("text") or page.title
            elif link.get("external_url"):
                url = link["external_url"]
                label = link.get("text") or url
            image = entry.value.get("image")
            alt = ""
            if image is not None and not getattr(image, "decorative", False):
                alt = getattr(image, "contextual_alt_text", "") or image.default_alt_text
            items.append(TimelineItem(entry, link_url=url or "", link_label=label, image_alt=alt))
        return items

    def sections(self):
        """(anchor id, label) for each section with content, in page order: the jump links."""
        candidates = [
            ("timeline", _("Timeline"), self.timeline),
            ("regional-processes", _("Regional processes"), self.processes),
            ("key-figures", _("Key figures"), self.key_figures),
        ]
        return [(anchor, label) for anchor, label, content in candidates if content]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["timeline_items"] = self.timeline_items(request)
        context["sections"] = self.sections()
        return context
