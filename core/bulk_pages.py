"""Insert many pages fast, for query-budget tests and benchmarks (each app's volume.py uses it).

Pages are inserted in bulk (two INSERTs per batch: Wagtail's page table and
the page type's own table), live, without revisions, with tree paths computed
here, then added to the search index in bulk. The result is what readers see
after editors published that many pages; editing one in the admin works as
usual (the first edit makes its first revision).
"""

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
