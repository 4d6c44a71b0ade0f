"""Objects in the reader's language: the one place that swaps a chosen page or
snippet for its translation in the active language.

Choosers and listings hold the source language's copies (translations follow
them); readers should see their own language's copy where there is one.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page

from .fragments import fragment


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def in_reader_language(objects, queryset=None):
    """The active language's copy of each object (pages or snippets of one model), in order, in one query.

    An object with no copy in the active language stays as it is (its own
    language's copy), so nothing disappears from a page. Pages count only when
    live: a page whose copies are all unpublished is left out. Each object
    appears once. `queryset` (of the objects' model) can add select_related or
    prefetches, e.g. what cards need.
    """
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    if queryset is None:
        queryset = type(objects[0])._default_manager.all()
    live_only = hasattr(queryset, "live")  # pages: unpublished ones are not for readers
    if live_only:
        queryset = queryset.live()
    language = active_language()
    found = queryset.filter(
        Q(translation_key__in={obj.translation_key for obj in objects}, locale__language_code=language)
        | Q(pk__in=[obj.pk for obj in objects])
    ).select_related("locale")
    by_key = _preferred_copies(found, language)
    result, done = [], set()
    for obj in objects:
        if obj.translation_key in done:
            continue
        done.add(obj.translation_key)
        match = by_key.get(obj.translation_key) or (None if live_only else obj)
        if match is not None:
            result.append(match)
    return result


def pages_in_reader_language(page_ids):
    """The live pages `page_ids`, in that order, each swapped for its live copy in the active
    language where there is one, in one query. A page that is not live is left out."""
    if not page_ids:
        return []
    language = active_language()
    chosen_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    found = list(
        Page.objects.live()
        .filter(Q(pk__in=page_ids) | Q(translation_key__in=chosen_keys, locale__language_code=language))
        .select_related("locale")
    )
    key_of = {page.pk: page.translation_key for page in found if page.pk in page_ids}
    by_key = _preferred_copies(found, language)
    return [by_key[key_of[pk]] for pk in page_ids if pk in key_of]


def _preferred_copies(found, language):
    """{translation key: the copy in `language` if `found` has one, else any copy found}."""
    by_key = {}
    for each in found:
        if each.locale.language_code == language or each.translation_key not in by_key:
            by_key[each.translation_key] = each
    return by_key


def site_wide_copy(model):
    """The active language's copy of a snippet there is one of per language (menu, organisation
    profile), else the default language's, else any. Kept as a fragment until content changes."""
    language = active_language()

    def build():
        copies = {obj.locale.language_code: obj for obj in model.objects.select_related("locale")}
        return copies.get(language) or copies.get(settings.LANGUAGE_CODE) or next(iter(copies.values()), None)

    return fragment(f"site-wide:{model._meta.label}:{language}", build)
