"""Statistics and datasets in the site search: the text indexed for them and how results show them.

A figure is found by its words (label or title, description, note, period,
source) and by its number as readers type it: as the object's language writes
it ("113,166" in English, "1,13,166" in Tamil, with Arabic-Indic or Burmese
digits where the language uses them), without separators ("113166"), and in
plain ASCII digits. The search view removes punctuation from queries
("113,166" is searched as "113 166"), so the written forms are indexed with
their separators as spaces too.

A result links to the figure's own page in the reader's language
(`/<lang>/data/<slug>/`).
"""

import re
from decimal import Decimal

from babel.numbers import get_group_symbol
from django.conf import settings
from wagtail.search import index

from .formatting import babel_locale, format_number
from .language_neutral import adopt_sources

_NOT_WORD = re.compile(r"[^\w]+")


def number_forms(value, unit, language):
    """The ways readers may type `value` in `language`, separated by spaces."""
    if value is None:
        return ""
    value = Decimal(value)
    forms = []
    for code in dict.fromkeys([language, settings.LANGUAGE_CODE]):
        written = format_number(value, unit, code)
        group = get_group_symbol(locale=babel_locale(code))
        forms += [written, _NOT_WORD.sub(" ", written), _NOT_WORD.sub("", written.replace(group, ""))]
    plain = value.normalize() if value == value.to_integral() else value
    forms += [format(plain, "f"), _NOT_WORD.sub(" ", format(plain, "f"))]
    return " ".join(dict.fromkeys(form.strip() for form in forms if form.strip()))


def language_of(obj):
    return obj.locale.language_code if obj.locale_id else settings.LANGUAGE_CODE


def figure_results(objects, request, page):
    """{title, url, summary} for statistics or datasets of one locale, linking to each figure's page.

    `page` is the data page in the reader's language, whose routes the figure pages are (None: no links).
    """
    base = page.get_url(request) if page is not None else ""
    objects = list(objects)
    if objects:
        adopt_sources(objects, type(objects[0]))  # the title shows the live source's number
    results = []
    for obj in objects:
        summary = getattr(obj, "description", "") or obj.note or obj.source_name
        url = base + page.reverse_subpage("figure_route", kwargs={"slug": obj.slug}) if base else ""
        results.append({"title": str(obj.title), "url": url, "summary": summary})
    return results


def reindex_translations(sender, instance, **kwargs):
    """A published source figure changes the number its translations are found by: index them again."""
    if language_of(instance) != settings.LANGUAGE_CODE:
        return
    for copy in (
        type(instance).objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    ):
        index.insert_or_update_object(copy)
