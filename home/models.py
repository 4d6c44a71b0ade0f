"""The home page that gathers the other apps' content, generic pages and the history page."""

import datetime

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.fragments import fragment
from core.models import BasePage, HeroMixin
from perf.expiry import expire_cached_page_at
from stats.blocks import BodyStreamBlock

from . import home_sections
from .approval_task import FourEyesApprovalTask
from .blocks import RegionalProcessBlock, TimelineEntryBlock

__all__ = ["FourEyesApprovalTask"]


class HomePage(HeroMixin, BasePage):  # noqa: DJ008  Page gives __str__
    """The root of each language's tree: hero, body, and what later apps add."""

    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Content shown below the hero."),
    )

    content_panels = [
        *Page.content_panels,
        HeroMixin.hero_panel,
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "news.PublicationIndexPage",
        "campaigns.CampaignPage",
        "stats.DataPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        upcoming = fragment(
            f"upcoming-events:{self.pk}",
            lambda: home_sections.upcoming_events(self.locale_id, request),
            expires=home_sections.next_change,
            request=request,
        )
        # The list moves on when a session ends, with nothing published.
        expire_cached_page_at(request, home_sections.next_change(upcoming))
        # The other sections are read only when their cached HTML is missing (home_page.html).
        context.update(
            latest_stories=SimpleLazyObject(lambda: home_sections.latest_stories(self.locale_id)),
            upcoming_events=upcoming,
            campaign=SimpleLazyObject(lambda: home_sections.featured_campaign(self.locale_id)),
            news_index=SimpleLazyObject(lambda: home_sections.news_index(self.locale_id)),
            today=datetime.date.today(),
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
        BodyStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The page's content.")
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
        BodyStreamBlock(),
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
        # Read only when the page's cached HTML is missing (history_page.html).
        context["timeline_items"] = SimpleLazyObject(lambda: self.timeline_items(request))
        context["sections"] = SimpleLazyObject(self.sections)
        # The key figures' citations say when they were accessed: their cached HTML is per day.
        context["today"] = datetime.date.today()
        return context
