"""How stories are classified: their kind, and topics (a translatable snippet),
with the helpers that show topics and other snippets in the reader's language."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.localization import in_reader_language


class StoryKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press_release", _("Press release")
    EVENT = "event", _("Event")
    FEATURE = "feature", _("Feature")


def source_locale_only():
    """Choosers offer the source language's copies; translations follow them."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def attach_localized_topics(stories):
    """Give each story its topics in the active language, with one query for all of them.

    The stories must have their topics prefetched.
    """
    stories = list(stories)
    all_topics = {topic.pk: topic for story in stories for topic in story.topics.all()}
    localized = dict(zip(all_topics, in_reader_language(list(all_topics.values())), strict=True))
    for story in stories:
        story.__dict__["localized_topics"] = [localized[topic.pk] for topic in story.topics.all()]
    return stories


class Topic(TranslatableMixin, models.Model):
    """A subject stories are filed under, e.g. 'Ethical recruitment'. Managed by editors."""

    # The page cache (perf/) also purges the pages that list every topic: the news filters.
    page_cache_listed_by = ("news.NewsIndexPage",)

    name = models.CharField(
        _("name"), max_length=80, help_text=_("As readers see it, e.g. 'Domestic workers'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in filter links and feed addresses; the same in every language."),
    )

    background_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("background page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: a page that explains the subject, linked from every story on this topic, "
            "e.g. the history page for 'Resettlement'."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("background_page")]
    # The background page is translated: each language links to its own copy where there is one.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("background_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="news_topic_unique_slug")]

    def __str__(self):
        return self.name
