"""Whether a page's copy in a language is translated yet: the rule for offering it as that language's page.

A copy made with wagtail-localize starts as the source text; its translator
fills it in segment by segment, and it may be published half done. The rule
(docs/languages.md): a copy counts as translated once **at least half of its
source's text segments** have a translation in its language. A page written
directly in a language (no wagtail-localize translation behind it) and every
page of the source language count as translated.

A copy that does not count is still served (an editor published it), but as
what it is: marked `lang="en"` with a note in the reader's language, left out
of `hreflang`, the sitemap and the language switcher, and not indexed.
Two queries for any number of pages.
"""

from django.db.models import Count, Exists, OuterRef, Q
from wagtail_localize.models import StringSegment, StringTranslation, Translation

TRANSLATED_SHARE = 0.5


def _translated(locale_id):
    """A translation of the outer segment's string, in its place (context), into the locale."""
    return StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale_id=locale_id
    )


def untranslated_ids(pages):
    """The ids of the `pages` that are wagtail-localize copies with under half their text translated.

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
        f"done_{locale_id}": Count("id", filter=Q(Exists(_translated(locale_id)))) for locale_id in locale_ids
    }
    counts = {
        row["source_id"]: row
        for row in StringSegment.objects.filter(source__object_id__in=keys)
        .values("source_id")
        .annotate(total=Count("id"), **translated_in)
    }
    untranslated = set()
    for page in pages:
        source_id = copies.get((page.translation_key, page.locale_id))
        row = counts.get(source_id)
        if row and row["total"] and row[f"done_{page.locale_id}"] < TRANSLATED_SHARE * row["total"]:
            untranslated.add(page.pk)
    return untranslated
