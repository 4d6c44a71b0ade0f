"""Marks for text a page shows in its source language: `lang="en"` and a note in the reader's language.

A copy that counts as translated (core/translation_state.py) may still have
places nobody has translated yet: its title, a field or a block of its body.
Each such element carries the language it is really in, so browsers pick the
right font and hyphenation and screen readers the right voice, and a short
note says it is not translated yet. A copy that does not count is marked as a
whole by the base template (`untranslated_copy`), so nothing inside is marked twice.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.fragments import fragment
from core.request_cache import once_per_request
from core.translation_state import untranslated_ids, untranslated_places

from .site_tags import page_language, untranslated_copy

register = template.Library()


def _is_preview(request):
    return bool(getattr(request, "is_preview", False))


def _places(context):
    """The context page's places still in the source language (empty on an English page)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or page_language(context) == settings.LANGUAGE_CODE:
        return set()

    def build():
        if untranslated_copy(context):
            return set()  # the whole page is marked instead
        return untranslated_places(page, as_published=not _is_preview(request))

    key = f"untranslated-places:{page.pk}"
    return once_per_request(request, key, lambda: fragment(key, build, request=request))


def _attributes():
    code = settings.LANGUAGE_CODE
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def source_language(context, field, block=None, auto=True):
    """The writing attributes of an element showing `field` (or its top-level `block`) of the
    context page: ` lang="en" dir="ltr"` while that text is not translated into the page's
    language, else ` dir="auto"` (nothing with `auto=False`)."""
    place = f"{field}.{block.id}" if block is not None else field
    if place in _places(context):
        return _attributes()
    return mark_safe(' dir="auto"') if auto else ""


@register.simple_tag(takes_context=True)
def untranslated_note(context, field, block=None):
    """A short note in the reader's language beside a place marked by `source_language`."""
    place = f"{field}.{block.id}" if block is not None else field
    if place not in _places(context):
        return ""
    language = translation.get_language()
    bidi = translation.get_language_info(language)["bidi"]
    return render_to_string(
        "includes/untranslated_note.html", {"LANGUAGE_CODE": language, "LANGUAGE_BIDI": bidi}
    )


@register.filter
def marking_untranslated_titles(pages):
    """The `pages` (a listing's cards), each with `title_language` set to the source language
    where its title is not translated into the page's language yet. Two queries per listing."""
    pages = list(pages)
    untranslated = set()
    if translation.get_language() != settings.LANGUAGE_CODE:  # listings show the reader's language
        untranslated = untranslated_ids([page for page in pages if isinstance(page, Page)], path="title")
    for page in pages:
        page.title_language = settings.LANGUAGE_CODE if page.pk in untranslated else None
    return pages


@register.filter
def title_attributes(page):
    """The writing attributes of a card's title: its source language while the title is not
    translated (`marking_untranslated_titles` says so), else ` dir="auto"`."""
    return _attributes() if getattr(page, "title_language", None) else mark_safe(' dir="auto"')
