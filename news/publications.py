"""Publications: reports, guides and newsletters, each with its files in the languages it exists in.

The library is one page per language (`PublicationIndexPage`, under the home
page) listing its publications newest first, with RSS and Atom feeds; each
`PublicationPage` has a date, kind, summary, cover and one file per language
version, shown with its language, format and size. Both are ordinary pages, so
they are in the sitemap, the site search and the page cache like any other.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, HeroImageMixin, RoutableBasePage, sample_flag
from core.pagination import listing_address, paginate

from .feeds import index_feed_links, story_datetime, write_feed

PUBLICATIONS_PER_PAGE = 12


class PublicationKind(models.TextChoices):
    REPORT = "report", _("Report")
    GUIDE = "guide", _("Guide")
    NEWSLETTER = "newsletter", _("Newsletter")


class PublicationFileValue(blocks.StructValue):
    def language_name(self):
        return dict(settings.LANGUAGES).get(self.get("language"), "")

    def file_format(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""


class PublicationFileBlock(blocks.StructBlock):
    """One language version of a publication: a file from the document library."""

    document = DocumentChooserBlock(label=_("File"), help_text=_("The PDF (or other file) readers download."))
    language = blocks.ChoiceBlock(
        label=_("Language"),
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the file is written in; shown to readers in that language's own name."),
    )

    class Meta:
        icon = "doc-full"
        value_class = PublicationFileValue
        label = _("File")


class PublicationIndexPage(RoutableBasePage):
    """The publications library of one language, newest first, with feeds."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two shown above the list of publications.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PublicationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("publications library")

    def publications(self):
        return (
            PublicationPage.objects.live()
            .public()
            .child_of(self)
            .order_by("-date", "-pk")
            .select_related("hero_image", "listing_image", "locale")
            .prefetch_related("hero_image__renditions", "listing_image__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = paginate(self.publications(), request.GET.get("page"), PUBLICATIONS_PER_PAGE)
        context.update(page)
        context.update(listing_address(self, page["page_obj"], filtered=False))
        context["publications"] = page["page_obj"].object_list
        return context

    def feed_links(self):
        return index_feed_links(self)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return self._feed(request, "rss")

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return self._feed(request, "atom")

    def _feed(self, request, kind):
        entries = [
            {
                "page": publication,
                "summary": publication.summary_text,
                "pubdate": story_datetime(publication),
                "categories": [publication.get_kind_display()],
            }
            for publication in self.publications()[:20]
        ]
        feed_url = request.build_absolute_uri(self.url + self.reverse_subpage(f"feed_{kind}"))
        return write_feed(
            request, kind, self.title, self.get_full_url(request), self.introduction, feed_url, entries
        )


class PublicationPage(HeroImageMixin, BasePage):
    """A report, guide or newsletter: what it is, its cover, and a file per language version."""

    date = models.DateField(
        _("date"), db_index=True, help_text=_("The date the publication came out, as printed on it.")
    )
    sample_date = sample_flag(
        _("sample date"),
        _("Tick when the date is a stand-in (the source gives none); readers see 'sample date' beside it."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.REPORT,
        help_text=_("Shown on the card and in the feed."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("What it covers, in one or two sentences, for listings and feeds."),
    )
    about = RichTextField(
        _("about this publication"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Optional: who wrote it, for whom, and what is in it."),
    )
    files = StreamField(
        [("file", PublicationFileBlock())],
        verbose_name=_("files"),
        min_num=1,
        help_text=_("One file per language version, in the order readers should see them."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("sample_date"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Cover")),
        FieldPanel("about"),
        FieldPanel("files"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("about"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("sample_date"),
        SynchronizedField("kind"),
        SynchronizedField("hero_image"),
        SynchronizedField("files"),
    ]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []
    # The page cache (perf/) also purges the library's feeds below it when one changes.
    page_cache_purges_siblings = True

    class Meta:
        verbose_name = _("publication")

    @property
    def summary_text(self):
        return self.listing_summary or self.summary or self.search_description
