"""RSS 2.0 and Atom feeds of a language's news, and of one topic, for journalists.

Built with Django's feed generator: each item has its title, link, summary,
publication date, topics as categories and the hero image (a JPEG
rendition) as an enclosure.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import feedgenerator, timezone, translation
from django.utils.translation import gettext

from .models import Topic, attach_localized_topics, localize_snippets

FEED_ITEMS = 20
ENCLOSURE_RENDITION = "fill-1200x675|format-jpeg|jpegquality-75"


def story_datetime(story):
    """The story's date as an aware datetime: its first publication time if on that day, else midnight."""
    published = story.first_published_at
    if published and timezone.localtime(published).date() == story.date:
        return timezone.localtime(published)
    return timezone.make_aware(datetime.datetime.combine(story.date, datetime.time.min))


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
        topic = localize_snippets([source_topic])[0]
        stories = stories.filter(topics__translation_key=topic.translation_key)
        title = f"{index.title}: {topic.name}"
        feed_path = "topic_" + feed_path
        kwargs = {"topic": topic_slug}
    stories = attach_localized_topics(stories[:FEED_ITEMS])

    generator_class = feedgenerator.Rss201rev2Feed if kind == "rss" else feedgenerator.Atom1Feed
    feed = generator_class(
        title=title,
        link=link,
        description=index.introduction or gettext("News from %(title)s") % {"title": index.title},
        language=translation.get_language(),
        feed_url=request.build_absolute_uri(index.url + index.reverse_subpage(feed_path, kwargs=kwargs)),
    )
    for story in stories:
        url = story.get_full_url(request)
        enclosures = []
        image = story.card_image
        if image is not None:
            rendition = image.get_rendition(ENCLOSURE_RENDITION)
            enclosures.append(
                feedgenerator.Enclosure(
                    request.build_absolute_uri(rendition.url), str(_file_size(rendition)), "image/jpeg"
                )
            )
        feed.add_item(
            title=story.title,
            link=url,
            description=story.summary_text,
            pubdate=story_datetime(story),
            updateddate=story.last_published_at,
            unique_id=url,
            categories=[topic.name for topic in story.localized_topics],
            enclosures=enclosures,
        )
    content_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    response = HttpResponse(content_type=f"{content_type}; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _file_size(rendition):
    try:
        return rendition.file.size
    except (OSError, ValueError):
        return 0
