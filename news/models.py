"""News stories, press releases, events and features, with topics and media contacts.

Translations of a story keep pointing at the source language's topics,
media contact and related stories (they are synchronised, not translated);
every template shows the active language's copy of each, resolved in one
query per kind of object, with the source copy as fallback.
"""

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import fragment
from core.localization import in_reader_language
from core.models import BasePage, HeroImageMixin, RoutableBasePage, sample_flag
from perf.expiry import expire_cached_page_at

from .alerts.models import AlertDelivery, AlertSubscription  # noqa: F401  the app's alert models
from .blocks import NewsStreamBlock, PressPhotoBlock
from .calendar import file_names as calendar_file_names
from .calendar import ics_response
from .feeds import feed_response, index_feed_links
from .listing import listing_context
from .publications import PublicationIndexPage, PublicationPage  # noqa: F401  the app's other page models
from .structured_data import story_structured_data
from .taxonomy import StoryKind, Topic, attach_localized_topics, source_locale_only

RELATED_STORIES = 3


phone_validator = RegexValidator(r"^\+?[0-9 ().-]{6,40}$", _("Enter a phone number, e.g. +60 3 1234 5678."))


class MediaContact(index.Indexed, TranslatableMixin, models.Model):
    """A person journalists can call or write to directly. Shown on press releases and the media page.

    In the site search (core/search.py) by name, role and organisation; a result leads to the
    press room of the reader's language.
    """

    # The page cache (perf/) also purges the pages that list every contact: the press room.
    page_cache_listed_by = ("news.NewsIndexPage",)

    name = models.CharField(_("name"), max_length=120, help_text=_("Full name."))
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. 'Communications Officer'.")
    )
    organisation = models.CharField(
        _("organisation"), max_length=120, blank=True, help_text=_("e.g. 'IOM Malaysia' or 'IOM Geneva'.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[phone_validator],
        help_text=_("A direct line in international form, e.g. +60 3 1234 5678."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("A direct address, not a form."))
    sample = sample_flag(
        _("sample contact"),
        _("Tick while this contact is a stand-in; readers then see that its phone and e-mail reach no one."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("sample"),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("sample"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("role"), index.SearchField("organisation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def phone_link(self):
        return "".join(char for char in self.phone if char.isdigit() or char == "+")

    @classmethod
    def search_results(cls, objects, request):
        """{title, url, summary} for contacts of one locale: the url is that locale's press room."""
        locale_ids = {obj.locale_id for obj in objects}
        index_page = NewsIndexPage.objects.live().filter(locale_id__in=locale_ids).order_by("path").first()
        url = ""
        if index_page is not None:
            url = index_page.get_url(request) + index_page.reverse_subpage("press_room") + "#contacts-heading"
        return [
            {
                "title": contact.name,
                "url": url,
                "summary": ", ".join(filter(None, [contact.role, contact.organisation])),
            }
            for contact in objects
        ]


class NewsIndexPage(RoutableBasePage):
    """The news listing of one language, with filters, feeds and the press room."""

    # Its stories, in every language, go live only by approval (core/moderation.py).
    moderated_section = True

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two shown above the list of stories.")
    )
    press_room_introduction = models.TextField(
        _("press room introduction"),
        blank=True,
        help_text=_("Shown at the top of the media page, e.g. how journalists can reach the office."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("press_room_introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def stories(self):
        """Live stories of this index (so of its language), newest first, ready for cards."""
        return (
            NewsStoryPage.objects.live()
            .public()
            .child_of(self)
            .order_by("-date", "-first_published_at", "-pk")
            .defer_streamfields()
            .select_related("hero_image", "listing_image", "locale")
            .prefetch_related(
                "topics",
                "hero_image__renditions",
                "listing_image__renditions",
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return feed_response(self, request, "rss")

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return feed_response(self, request, "atom")

    @path("topic/<slug:topic>/feed/rss/", name="topic_feed_rss")
    def topic_feed_rss(self, request, topic):
        return feed_response(self, request, "rss", topic_slug=topic)

    @path("topic/<slug:topic>/feed/atom/", name="topic_feed_atom")
    def topic_feed_atom(self, request, topic):
        return feed_response(self, request, "atom", topic_slug=topic)

    @path("media/", name="press_room")
    def press_room(self, request):
        """The media page: every media contact and the latest press releases."""
        contacts = in_reader_language(MediaContact.objects.filter(source_locale_only()))
        releases = attach_localized_topics(self.stories().filter(kind=NewsStoryPage.Kind.PRESS_RELEASE)[:10])
        return self.render(
            request,
            template="news/press_room.html",
            context_overrides={
                "contacts": contacts,
                "press_releases": releases,
                # Its own address, not the listing's (whose page and filters it does not show).
                "canonical_url": self.full_url and self.full_url + self.reverse_subpage("press_room"),
                "robots_noindex": False,
            },
        )

    def feed_links(self):
        return index_feed_links(self)


class NewsStoryPage(HeroImageMixin, RoutableBasePage):
    """A news story, press release, event announcement or feature."""

    # Pages of this type list their siblings (related items): the page cache (perf/)
    # purges the whole section below the parent when one changes.
    page_cache_purges_siblings = True

    card_template = "news/includes/story_card.html"
    card_context_name = "story"

    Kind = StoryKind

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("The publication date readers see; defaults to today."),
    )
    sample_date = sample_flag(
        _("sample date"),
        _("Tick when the date is a stand-in (the source gives none); readers see 'sample date' beside it."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.NEWS,
        db_index=True,
        help_text=_("Press releases show their media contact prominently."),
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="stories",
        verbose_name=_("topics"),
        limit_choices_to=source_locale_only,
        help_text=_("Readers can filter by these and follow each topic's feed."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_(
            "One or two sentences shown in listings, feeds and as the description in search engines."
        ),
    )
    hero_caption = models.CharField(
        _("hero caption"), max_length=250, blank=True, help_text=_("What the photograph shows.")
    )
    hero_credit = models.CharField(
        _("hero credit"),
        max_length=120,
        blank=True,
        help_text=_("Photographer or source, e.g. '© IOM 2023'."),
    )
    body = StreamField(
        NewsStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The story itself.")
    )
    press_photos = StreamField(
        [("photo", PressPhotoBlock())],
        blank=True,
        verbose_name=_("press photos"),
        help_text=_(
            "Photos journalists may download in full size, each with its caption, credit and licence. "
            "Shown under the story as 'Photos for the press'."
        ),
    )
    media_contact = models.ForeignKey(
        MediaContact,
        verbose_name=_("media contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_only,
        help_text=_("Who journalists should contact about this story. Shown prominently on press releases."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("sample_date"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        FieldPanel("press_photos"),
        InlinePanel(
            "related_links",
            label=_("Related stories"),
            help_text=_(
                "Chosen stories; when none are chosen, the latest stories sharing a topic are shown."
            ),
            max_num=RELATED_STORIES,
        ),
        FieldPanel("media_contact"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("sample_date"),
        SynchronizedField("kind"),
        SynchronizedField("topics"),
        SynchronizedField("hero_image"),
        SynchronizedField("media_contact"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")

    @property
    def summary_text(self):
        return self.listing_summary or self.summary or self.search_description

    @property
    def is_press_release(self):
        return self.kind == self.Kind.PRESS_RELEASE

    def available_press_photos(self):
        """The press photos whose image still exists (deleting an image empties its blocks)."""
        return [block.value for block in self.press_photos if block.value.get("image") is not None]

    @property
    def updated_on(self):
        """The day (Kuala Lumpur time) a change was published after the story first went out, else None.

        Changes published on the day it first went out are part of publishing it.
        """
        first, last = self.first_published_at, self.last_published_at
        if not first or not last:
            return None
        updated = timezone.localtime(last).date()
        return updated if updated > timezone.localtime(first).date() else None

    # Shown in the active language; see the module docstring.
    @cached_property
    def localized_topics(self):
        return in_reader_language(self.topics.all())

    @cached_property
    def localized_media_contact(self):
        contacts = in_reader_language([self.media_contact])
        return contacts[0] if contacts else None

    @cached_property
    def related_stories(self):
        """The chosen related stories in this story's language, else the latest sharing a topic."""
        base = (
            NewsStoryPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .defer_streamfields()
            .select_related("hero_image", "listing_image")
            .prefetch_related("topics", "hero_image__renditions", "listing_image__renditions")
        )
        chosen_keys = [
            link.page.translation_key for link in self.related_links.select_related("page") if link.page
        ]
        if chosen_keys:
            by_key = {story.translation_key: story for story in base.filter(translation_key__in=chosen_keys)}
            return attach_localized_topics(by_key[key] for key in chosen_keys if key in by_key)
        topic_keys = [topic.translation_key for topic in self.topics.all()]
        if not topic_keys:
            return []
        # EXISTS rather than a join and DISTINCT: PostgreSQL walks the date index
        # from the newest and stops at the third match, however many stories there are.
        in_topics = NewsStoryPage.topics.through.objects.filter(
            newsstorypage_id=OuterRef("pk"), topic__translation_key__in=topic_keys
        )
        newest_first = base.filter(Exists(in_topics)).order_by("-date", "-pk")
        ids = newest_first.values_list("pk", flat=True)[:RELATED_STORIES]
        return attach_localized_topics(base.filter(pk__in=list(ids)).order_by("-date", "-pk"))

    @cached_property
    def background_pages(self):
        """Live background pages of this story's topics (e.g. the history page), in one query.

        Translated topics point at the page's translation, so readers stay in their language.
        """
        page_ids = {topic.background_page_id for topic in self.localized_topics if topic.background_page_id}
        if not page_ids:
            return []
        return list(Page.objects.live().public().filter(pk__in=page_ids).order_by("title"))

    def schedules(self):
        """(block id, value) of each event schedule in the body."""
        return [(block.id, block.value) for block in self.body if block.block_type == "event_schedule"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A session ending changes the page (Past, Register, the offer) with nothing published.
        moments = [moment for _id, schedule in self.schedules() if (moment := schedule.changes_at())]
        context["changes_at"] = min(moments, default=None)
        expire_cached_page_at(request, context["changes_at"])
        language, address = translation.get_language(), request.build_absolute_uri("/")
        context["structured_data"] = fragment(
            f"story-structured-data:{self.pk}:{language}:{address}",
            lambda: story_structured_data(self, request),
            expires=lambda _data: context["changes_at"],  # its registration offer ends too
            request=request,
        )
        context["news_index"] = SimpleLazyObject(lambda: self.get_parent().specific)
        return context

    def _schedule(self, block_id):
        """The event schedule block `block_id` of the body; unknown blocks are a 404."""
        for schedule_id, schedule in self.schedules():
            if schedule_id == block_id:
                return schedule
        raise Http404

    @path("calendar/<str:block_id>/<int:row>/", name="ics")
    def calendar(self, request, block_id, row):
        """One schedule row as an iCalendar file; unknown rows are a 404."""
        schedule = self._schedule(block_id)
        rows = list(enumerate(schedule.sorted_rows()))
        if not 0 <= row < len(rows):
            raise Http404
        names, _whole = calendar_file_names(self, rows)
        return ics_response(self, request, schedule, [rows[row]], block_id, names[row])

    @path("calendar/<str:block_id>/all/", name="ics_all")
    def whole_calendar(self, request, block_id):
        """Every row of a schedule in one iCalendar file."""
        schedule = self._schedule(block_id)
        rows = list(enumerate(schedule.sorted_rows()))
        if not rows:
            raise Http404  # a calendar needs at least one event (RFC 5545)
        _names, whole = calendar_file_names(self, rows)
        return ics_response(self, request, schedule, rows, block_id, whole)


class RelatedStory(Orderable):
    """A story an editor chose to show under another one."""

    story = ParentalKey(NewsStoryPage, related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        NewsStoryPage,
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A story readers of this one will want next."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")
