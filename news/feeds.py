"""RSS 2.0 and Atom feeds of a language's news, and of one topic, for journalists.

Built with Django's feed generator: the feed is titled and (in Atom)
authored with the organisation's name from its profile; each item has its
title, link, summary, publication date, topics as categories and the hero
image (a JPEG rendition) as an enclosure.

Summaries and the index's introduction are plain text typed by editors. RSS
readers take `<description>` as HTML, so there it is escaped as HTML (once
more than the XML needs); Atom says `<summary type="text">`. Either way a
reader shows `<img onerror=...>` typed in a summary as those characters,
never as markup.
"""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import feedgenerator, timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.localization import in_reader_language, site_wide_copy
from core.models import OrganisationProfile

from .taxonomy import Topic, attach_localized_topics

FEED_ITEMS = 20
ENCLOSURE_RENDITION = "fill-1200x675|format-jpeg|jpegquality-75"


def story_datetime(story):
    """The story's date as an aware datetime: its first publication time if on that day, else midnight."""
    published = story.first_published_at
    if published and timezone.localtime(published).date() == story.date:
        return timezone.localtime(published)
    return timezone.make_aware(datetime.datetime.combine(story.date, datetime.time.min))


class PlainTextAtomFeed(feedgenerator.Atom1Feed):
    """Atom whose entry summaries are text, not HTML (Django's generator says type="html")."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


# Per kind: the generator and how a plain-text summary becomes its description.
FEED_KINDS = {
    "rss": (feedgenerator.Rss201rev2Feed, escape),
    "atom": (PlainTextAtomFeed, str),
}


def feed_response(index, request, kind, topic_slug=None):
    stories = index.stories()
    title = index.title
    link = index.get_full_url(request)
    feed_path = "feed_rss" if kind == "rss" else "feed_atom"
    kwargs = {}
    if topic_slug is not None:
        source_topic = Topic.objects.filter(slug=topic_slug).first()
        if source_topic is None:
            raise Http404
        topic = in_reader_language([source_topic])[0]
        stories = stories.filter(topics__translation_key=topic.translation_key)
        title = f"{index.title}: {topic.name}"
        feed_path = "topic_" + feed_path
        kwargs = {"topic": topic_slug}
    stories = attach_localized_topics(stories[:FEED_ITEMS])
    entries = [
        {
            "page": story,
            "summary": story.summary_text,
            "pubdate": story_datetime(story),
            "categories": [topic.name for topic in story.localized_topics],
        }
        for story in stories
    ]
    feed_url = request.build_absolute_uri(index.url + index.reverse_subpage(feed_path, kwargs=kwargs))
    introduction = index.introduction or gettext("News from %(title)s") % {"title": index.title}
    return write_feed(request, kind, title, link, introduction, feed_url, entries)


def write_feed(request, kind, title, link, introduction, feed_url, entries):
    """An RSS or Atom response of `entries`: dicts of a live page, its summary, publication
    datetime and category names; the page's card image becomes the enclosure."""
    organisation = site_wide_copy(OrganisationProfile)
    generator_class, as_description = FEED_KINDS[kind]
    feed = generator_class(
        # A reader's feed list shows this alone: say whose feed it is, as each page's <title> does.
        title=f"{title} | {organisation_name(organisation)}",
        link=link,
        # Atom requires an author for a feed whose entries name none (RFC 4287, 4.1.1).
        author_name=organisation_name(organisation),
        description=as_description(introduction),
        language=translation.get_language(),
        feed_url=feed_url,
    )
    for entry in entries:
        page = entry["page"]
        url = page.get_full_url(request)
        enclosures = []
        image = page.card_image
        if image is not None:
            rendition = image.get_rendition(ENCLOSURE_RENDITION)
            enclosures.append(
                feedgenerator.Enclosure(
                    request.build_absolute_uri(rendition.url), str(_file_size(rendition)), "image/jpeg"
                )
            )
        feed.add_item(
            title=page.title,
            link=url,
            description=as_description(entry["summary"] or ""),
            pubdate=entry["pubdate"],
            updateddate=page.last_published_at,
            unique_id=url,
            categories=entry["categories"],
            enclosures=enclosures,
        )
    content_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    response = HttpResponse(content_type=f"{content_type}; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def index_feed_links(index):
    """(title, type, URL) of a listing page's RSS and Atom feeds, for <link rel="alternate">."""
    return [
        (gettext("RSS feed"), "application/rss+xml", index.url + index.reverse_subpage("feed_rss")),
        (gettext("Atom feed"), "application/atom+xml", index.url + index.reverse_subpage("feed_atom")),
    ]


def organisation_name(profile):
    """The organisation's name in the reader's language: its profile's, else the site's name."""
    return profile.full_name if profile else str(settings.WAGTAIL_SITE_NAME)


def _file_size(rendition):
    try:
        return rendition.file.size
    except (OSError, ValueError):
        return 0
