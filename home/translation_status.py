"""The translation status view: each page's and snippet's state in each locale.

Built on what wagtail-localize records: a TranslationSource per translated
object (its segments), a Translation per target locale, StringTranslations per
segment and a TranslationLog each time a translation is written to its target.

States, per source and locale:
- missing: no translation into that locale was started;
- in progress: some segments are not translated yet (with the per cent done);
- outdated: every segment is translated, but the source changed (was published,
  or re-extracted) after the translation was last written to the target;
- up to date: everything else.
Six queries whatever the number of pages and locales, plus one per kind of snippet with a draft state.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, Max, OuterRef
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

MISSING, IN_PROGRESS, OUTDATED, UP_TO_DATE = "missing", "in_progress", "outdated", "up_to_date"
STATE_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class Cell:
    state: str
    percent: int = 0

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Row:
    source: TranslationSource
    title: str
    kind: str
    cells: dict = field(default_factory=dict)


def _last_published(sources, source_locale):
    """{translation key: when the source was last published}, for pages and for snippets with a draft state.

    A published change to a figure's numbers reaches readers in every language
    at once, but its translations' words (a correction note) still need work:
    they count as outdated. One query per content type.
    """
    keys_by_model = {}
    for source in sources:
        model = source.specific_content_type.model_class()
        if model is not None and issubclass(model, Page):
            model = Page
        if model is not None and hasattr(model, "last_published_at"):
            keys_by_model.setdefault(model, []).append(source.object_id)
    published = {}
    for model, keys in keys_by_model.items():
        rows = model._default_manager.filter(locale=source_locale, translation_key__in=keys)
        published.update(rows.values_list("translation_key", "last_published_at"))
    return published


def build_status(locale_code=None):
    """(target locales, rows, totals {locale code: {state: count}})."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = Locale.objects.exclude(pk=source_locale.pk).order_by("pk")
    if locale_code:
        targets = targets.filter(language_code=locale_code)
    targets = list(targets)
    sources = list(
        TranslationSource.objects.filter(locale=source_locale)
        .select_related("specific_content_type")
        .order_by("specific_content_type__model", "object_repr")
    )
    source_ids = [source.pk for source in sources]
    segments = StringSegment.objects.filter(source_id__in=source_ids)
    totals = dict(segments.values_list("source_id").annotate(n=Count("id")))
    done = {}
    for locale in targets:
        translated = StringTranslation.objects.filter(
            translation_of=OuterRef("string_id"), context=OuterRef("context_id"), locale=locale
        )
        counts = segments.filter(Exists(translated)).values_list("source_id").annotate(n=Count("id"))
        done.update({(source_id, locale.pk): n for source_id, n in counts})
    started = set(
        Translation.objects.filter(source_id__in=source_ids, target_locale__in=targets).values_list(
            "source_id", "target_locale_id"
        )
    )
    last_written = {
        (source_id, locale_id): when
        for source_id, locale_id, when in TranslationLog.objects.filter(source_id__in=source_ids)
        .values_list("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    published = _last_published(sources, source_locale)
    rows = []
    summary = {locale.language_code: dict.fromkeys(STATE_LABELS, 0) for locale in targets}
    for source in sources:
        row = Row(source, source.object_repr, source.specific_content_type.name)
        changed_at = max(filter(None, [source.last_updated_at, published.get(source.object_id)]))
        for locale in targets:
            key = (source.pk, locale.pk)
            total = totals.get(source.pk, 0)
            translated = done.get(key, 0)
            if key not in started:
                cell = Cell(MISSING)
            elif translated < total:
                cell = Cell(IN_PROGRESS, int(100 * translated / total))
            elif last_written.get(key) is None or changed_at > last_written[key]:
                cell = Cell(OUTDATED, 100)
            else:
                cell = Cell(UP_TO_DATE, 100)
            row.cells[locale.language_code] = cell
            summary[locale.language_code][cell.state] += 1
        rows.append(row)
    return targets, rows, summary


def translation_status_view(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    locale_code = request.GET.get("locale")
    if locale_code not in codes:
        locale_code = None  # unknown or empty: every locale
    targets, rows, summary = build_status(locale_code)
    return render(
        request,
        "translation_status/index.html",
        {
            "targets": targets,
            "rows": rows,
            "summary": summary,
            "codes": codes,
            "selected": locale_code,
            "state_labels": STATE_LABELS,
        },
    )
