"""Hand-written translations of the demo content, one module per locale.

Each module (`ms.py`, `zh_hans.py`, `ta.py`, `my.py`, `ar.py`) holds `STRINGS`:
a source segment, exactly as wagtail-localize extracts it (rich text keeps its
inline tags, links become `<a id="a1">`), mapped to its translation. One flat
table per locale serves every demo page and snippet, so a phrase used twice is
translated once.

They are stored as wagtail-localize string translations of the synced
translations (`add_translations`), so "Sync translated pages" keeps them and a
translator's own edits are never overwritten.

Malay covers every demo page and snippet. Chinese, Tamil, Burmese and Arabic
cover the objects in `SELECTED_PAGE_SLUGS` and `SELECTED_SNIPPET_MODELS`; the
rest of their trees is synced and shows the English source text for segments
nobody has translated yet, which is how wagtail-localize presents a partly
translated site (docs/languages.md explains the choice).

`manage.py demo_translation_gaps` lists what is still untranslated.
"""

import importlib

from django.apps import apps
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.demo_utils import add_translations, source_locale

from .legal import STRINGS as LEGAL_STRINGS
from .newsroom import STRINGS as NEWSROOM_STRINGS

LOCALE_MODULES = {"ms": "ms", "zh-hans": "zh_hans", "ta": "ta", "my": "my", "ar": "ar"}
FULLY_TRANSLATED_LOCALES = ["ms"]
# For the other locales: the home page, the history page, one news story and the Dari Dapur page...
# ...the legal pages every footer links to...
SELECTED_PAGE_SLUGS = [
    "home",
    "history",
    "ethical-recruitment-training-for-smes",
    "dari-dapur",
    "accessibility",
    "privacy",
    "content-licence",
]
# ...the statistics snippets, and the organisation profile (footer, notes to editors).
SELECTED_SNIPPET_MODELS = ["stats.Statistic", "stats.Dataset", "core.OrganisationProfile"]


def strings_for(language_code):
    module = importlib.import_module(f"{__name__}.{LOCALE_MODULES[language_code]}")
    return {**module.STRINGS, **LEGAL_STRINGS[language_code], **NEWSROOM_STRINGS[language_code]}


def demo_objects(language_code=None):
    """The source-language demo pages (top down) and translatable snippets.

    With a language code, only those that locale is expected to translate fully.
    Pages made by `generate_volume` are load-test filler, not demo content.
    """
    locale = source_locale()
    pages = (
        Page.objects.filter(locale=locale, depth__gte=2)
        .exclude(slug__startswith="generated")
        .order_by("path")
        .specific()
    )
    snippet_models = [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
        and model._meta.app_label in {"core", "home", "news", "campaigns", "stats"}
    ]
    if language_code and language_code not in FULLY_TRANSLATED_LOCALES:
        pages = pages.filter(slug__in=SELECTED_PAGE_SLUGS)
        snippet_models = [model for model in snippet_models if model._meta.label in SELECTED_SNIPPET_MODELS]
    snippets = [obj for model in snippet_models for obj in model.objects.filter(locale=locale).order_by("pk")]
    return [*pages, *snippets]


def load_translations(stdout):
    """Add every locale's hand-written strings to the demo's synced translations (idempotent)."""
    tables = {language_code: strings_for(language_code) for language_code in LOCALE_MODULES}
    added = 0
    for obj in demo_objects():
        added += add_translations(obj, tables)
    stdout.write(f"translations: {added} translated segment(s) added")


def untranslated_segments(language_code):
    """(object, source text) for each segment of the locale's expected objects with no translation."""
    locale = Locale.objects.get(language_code=language_code)
    gaps = []
    for obj in demo_objects(language_code):
        source = TranslationSource.objects.get_for_instance_or_none(obj)
        if source is None:
            gaps.append((obj, "(no translation source: the object was never translated)"))
            continue
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            if not StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).exists():
                gaps.append((obj, segment.string.data))
    return gaps
