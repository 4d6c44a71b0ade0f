"""Whether a page's copy in a language is translated yet: the rule for offering it as that language's page.

A copy made with wagtail-localize starts as the source text; its translator
fills it in segment by segment, and it may be published half done. The rule
(docs/languages.md): a copy counts as translated once **at least half of its
source's text segments** have a translation in its language. A page written
directly in a language (no wagtail-localize translation behind it) and every
page of the source language count as translated.

Only what readers can see counts: a translation written after the copy's live
revision is not on the live page yet, so it counts from the copy's next
publication (which also purges the cached pages that show the copy's state).
A preview counts every translation written so far.

A copy that does not count is still served (an editor published it), but as
what it is: marked `lang="en"` with a note in the reader's language, left out
of `hreflang`, the sitemap and the language switcher, and not indexed. A copy
that counts may still have places in the source language: `untranslated_places`
names them, so each can be marked on its own.
"""

from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.fields import Field
from django.db.models.functions import Coalesce
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

TRANSLATED_SHARE = 0.5


def _translated(locale_id, published_at):
    """A translation of the outer segment's string, in its place (context), into the locale,
    written before `published_at` (an expression or a time; None: whenever)."""
    translations = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale_id,
        has_error=False,
    )
    return translations if published_at is None else translations.filter(created_at__lte=published_at)


def _published_at(copies):
    """When the live revision of `copies` (one page) was written: the text readers see is as of then.

    Not `last_published_at`, which an editor (or the demo) may set to the story's own date."""
    return Subquery(
        copies.annotate(live_since=Coalesce("live_revision__created_at", "last_published_at")).values(
            "live_since"
        )[:1]
    )


def _copy_published_at(locale_id):
    """When the outer segment's page was last published in the locale (inside `_translated`)."""
    return _published_at(
        Page.objects.filter(translation_key=OuterRef(OuterRef("source__object_id")), locale_id=locale_id)
    )


def untranslated_ids(pages, as_published=True, path=None):
    """The ids of the `pages` that are wagtail-localize copies with under half their text translated.

    `as_published`: count only translations the live copy holds (False for a preview).
    `path`: count only the segments at that place ("title"), to ask whether it is translated.
    Two queries whatever the pages (both run even when nothing was translated, so a
    page costs the same number of queries before and after its first translation).
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return set()
    keys = {page.translation_key for page in pages}
    locale_ids = sorted({page.locale_id for page in pages})
    # Copies made with wagtail-localize: (source's translation key, copy's locale).
    # Copies kept in step with their source (a translation whose syncing was stopped is the
    # translator's own text from then on, and counts as translated).
    copies = {
        (key, locale_id): source_id
        for source_id, key, locale_id in Translation.objects.filter(
            source__object_id__in=keys, target_locale_id__in=locale_ids, enabled=True
        ).values_list("source_id", "source__object_id", "target_locale_id")
    }
    translated_in = {
        f"done_{locale_id}": Count(
            "id",
            filter=Q(Exists(_translated(locale_id, _copy_published_at(locale_id) if as_published else None))),
        )
        for locale_id in locale_ids
    }
    segments = StringSegment.objects.filter(source__object_id__in=keys)
    if path is not None:
        segments = segments.filter(context__path=path)
    counts = {
        row["source_id"]: row
        for row in segments.values("source_id").annotate(total=Count("id"), **translated_in)
    }
    untranslated = set()
    for page in pages:
        source_id = copies.get((page.translation_key, page.locale_id))
        row = counts.get(source_id)
        if row and row["total"] and row[f"done_{page.locale_id}"] < TRANSLATED_SHARE * row["total"]:
            untranslated.add(page.pk)
    return untranslated


def untranslated_places(page, as_published=True):
    """The places on the copy `page` still in the source language: field names ("title",
    "introduction") and, in a StreamField, its top-level blocks ("body.<block id>"). One query."""
    if as_published and page.last_published_at is None:
        as_published = False  # a draft copy: its preview shows every translation so far
    published_at = _published_at(Page.objects.filter(pk=page.pk)) if as_published else None
    paths = (
        StringSegment.objects.filter(
            source__object_id=page.translation_key,
            source__translations__target_locale_id=page.locale_id,
            source__translations__enabled=True,
        )
        .exclude(Exists(_translated(page.locale_id, published_at)))
        .values_list("context__path", flat=True)
    )
    return {_place(page, path) for path in paths}


def _place(page, path):
    """A segment's place as templates mark it: its field, or its field and top-level block."""
    name, _dot, rest = path.partition(".")
    field = next((f for f in page._meta.get_fields() if isinstance(f, Field) and f.name == name), None)
    if isinstance(field, StreamField) and rest:
        return f"{name}.{rest.split('.')[0]}"
    return name
