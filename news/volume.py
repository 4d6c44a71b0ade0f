"""Generated stories for load tests and benchmarks: `manage.py generate_volume --stories N`."""

import datetime

from django.core.management.base import CommandError
from django.db.models import Count

from core.bulk_pages import bulk_add_children, index_for_search

from .models import NewsIndexPage, NewsStoryPage
from .taxonomy import Topic

WORDS = (
    "migrants workers employers recruitment health training community families safety border "
    "resettlement return reintegration livelihoods awareness partnership data survey"
).split()


def story_pages(count, start=0, translation_keys=None, first_date=datetime.date(2015, 1, 1)):
    """Unsaved news stories with varied titles, dates and summaries."""
    pages = []
    for number in range(start, start + count):
        words = " ".join(WORDS[(number + step * 7) % len(WORDS)] for step in range(6))
        pages.append(
            NewsStoryPage(
                title=f"Generated story {number}: {words}",
                slug=f"generated-story-{number}",
                date=first_date + datetime.timedelta(days=number % 3650),
                kind=NewsStoryPage.Kind.NEWS,
                summary=f"A generated story about {words}.",
                body=[("paragraph", f"<p>Generated story number {number} about {words}.</p>")],
                translation_key=translation_keys[number - start] if translation_keys else None,
            )
        )
    return pages


def add_stories(index, count, start=0, topics=(), translation_keys=None, search=True):
    """Add `count` live stories under a news index; returns them."""
    pages = bulk_add_children(index, story_pages(count, start, translation_keys))
    if topics:
        through = NewsStoryPage.topics.through
        through.objects.bulk_create(
            [through(newsstorypage_id=page.pk, topic_id=topic.pk) for page in pages for topic in topics]
        )
    if search:
        index_for_search(NewsStoryPage, pages)
    return pages


def generate(stdout, stories=0, **options):
    """Bring every locale's news index up to `stories` generated stories, translations sharing keys."""
    indexes = list(NewsIndexPage.objects.select_related("locale").order_by("locale__language_code"))
    if not stories:
        return
    if not indexes:
        raise CommandError("No news index: run `manage.py load_demo_content` first.")
    made_so_far = (
        NewsStoryPage.objects.filter(slug__startswith="generated-story-")
        .values("locale_id")
        .annotate(count=Count("pk"))
        .order_by("-count")
        .first()
    )
    start = made_so_far["count"] if made_so_far else 0
    count = max(0, stories - start)
    keys = None
    for index in indexes:
        topics = list(Topic.objects.filter(locale_id=index.locale_id)[:2])
        made = add_stories(index, count, start=start, topics=topics, translation_keys=keys)
        keys = keys or [page.translation_key for page in made]
        stdout.write(f"{index.locale.language_code}: {len(made)} stories added under {index.url_path}")
