"""Generate many pages fast, for query-budget tests and benchmarks.

Pages are inserted in bulk (two INSERTs per batch: Wagtail's page table and
the page type's own table), live, without revisions, with tree paths computed
here, then added to the search index in bulk. The result is what readers see
after editors published that many pages; editing one in the admin works as
usual (the first edit makes its first revision).
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend


def bulk_add_children(parent, pages, batch_size=500):
    """Insert unsaved `pages` (all of one specific type) as live children of `parent`."""
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for offset, page in enumerate(pages):
        page.path = parent.path + Page._int2str(next_step + offset).rjust(Page.steplen, "0")
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
        page.latest_revision_created_at = None
        page.translation_key = page.translation_key or uuid.uuid4()
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    own_fields = list(model._meta.local_concrete_fields)
    with transaction.atomic():
        for start in range(0, len(pages), batch_size):
            batch = pages[start : start + batch_size]
            bases = [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in batch]
            Page.objects.bulk_create(bases)
            if bases[0].pk is None:  # a backend that cannot return ids from a bulk insert
                by_path = dict(
                    Page.objects.filter(path__in=[b.path for b in bases]).values_list("path", "pk")
                )
                for base in bases:
                    base.pk = by_path[base.path]
            for page, base in zip(batch, bases, strict=True):
                page.pk = page.id = page.page_ptr_id = base.pk
            model._base_manager._insert(batch, fields=own_fields, using="default")
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def index_for_search(model, pages):
    """Add freshly inserted pages to the search index in bulk."""
    backend = get_search_backend()
    fresh = list(model.objects.filter(pk__in=[page.pk for page in pages]))
    for start in range(0, len(fresh), 500):
        backend.add_bulk(model, fresh[start : start + 500])


WORDS = (
    "migrants workers employers recruitment health training community families safety border "
    "resettlement return reintegration livelihoods awareness partnership data survey"
).split()


def story_pages(count, start=0, translation_keys=None, first_date=datetime.date(2015, 1, 1)):
    """Unsaved news stories with varied titles, dates and summaries."""
    from news.models import NewsStoryPage

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
    from news.models import NewsStoryPage

    pages = bulk_add_children(index, story_pages(count, start, translation_keys))
    if topics:
        through = NewsStoryPage.topics.through
        through.objects.bulk_create(
            [through(newsstorypage_id=page.pk, topic_id=topic.pk) for page in pages for topic in topics]
        )
    if search:
        index_for_search(NewsStoryPage, pages)
    return pages


def add_recipes(campaign, count, start=0, search=True):
    """Add `count` live recipes under a campaign page; returns them."""
    from campaigns.models import RecipePage

    countries = ["MM", "AF", "SO", "YE", "SY", "PK"]
    pages = [
        RecipePage(
            title=f"Generated dish {number}",
            slug=f"generated-dish-{number}",
            cook_name="Amina",
            community="Rohingya",
            country_of_origin=countries[number % len(countries)],
            servings=4,
            prep_time=15,
            cook_time=45,
            ingredients=[("ingredient", {"quantity": "1", "unit": "cup", "item": "rice", "note": ""})],
            method=[("step", "Cook the rice.")],
        )
        for number in range(start, start + count)
    ]
    bulk_add_children(campaign, pages)
    if search:
        index_for_search(RecipePage, pages)
    return pages
