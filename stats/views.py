"""The data page's listing and downloads, and the lookups the blocks share."""

import datetime
import json

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.fragments import fragment

from .corrections import as_published
from .csvw import CONTENT_TYPE, describedby_link, metadata
from .downloads import build_file, file_name
from .formatting import format_date
from .language_neutral import adopt_source, adopt_sources
from .sample import figure_title
from .structured_data import dataset_structured_data

# Bidirectional embeddings, overrides and isolates: typed in a title, an unclosed one would run on
# through the rest of the citation and show its address and date reversed.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def isolated(text):
    """`text` between FSI and PDI when it has bidi controls: PDI closes whatever they opened."""
    return f"\u2068{text}\u2069" if _BIDI_CONTROLS.intersection(str(text)) else text


def citation(obj, data_page, request):
    title = isolated(figure_title(obj))  # "<title> (sample data)" for invented numbers (stats/sample.py)
    return _("%(organisation)s. “%(title)s”. As of %(as_of)s. %(url)s. Accessed %(today)s.") % {
        "organisation": data_page.citation_name,
        "title": title,
        "as_of": format_date(obj.as_of),
        "url": data_page.figure_full_url(obj, request),
        "today": format_date(datetime.date.today()),
    }


def downloads(obj, data_page, request, version=None):
    """The CSV and JSON links of a statistic or dataset, with their exact sizes.

    Sizing a file means building it, so the links are kept as a fragment (core/fragments.py)
    until content changes or the day does (the files' citations say when they were accessed).
    """
    if data_page is None:
        return []
    address = request.build_absolute_uri("/") if request else ""
    key = (
        f"downloads:{obj._meta.label}:{obj.pk}:{version}:{data_page.pk}:"
        f"{translation.get_language()}:{address}:{datetime.date.today()}"
    )
    return fragment(key, lambda: _download_links(obj, data_page, request, version), request=request)


def _download_links(obj, data_page, request, version):
    links = []
    for file_format in ("csv", "json"):
        url = data_page.download_url(obj, file_format, version)
        content, _type = build_file(
            obj,
            file_format,
            url=request.build_absolute_uri(url) if request else url,
            citation=citation(obj, data_page, request),
        )
        links.append({"format": file_format.upper(), "url": url, "size": len(content.encode("utf-8"))})
    return links


def localized_objects(model, locale):
    """Every live object in `locale`, plus live default-language ones not yet published in it.

    Rows are the live versions; drafts are revisions only, and figures never
    published (live=False) are left out.
    """
    live = model.objects.filter(live=True)
    own = list(live.filter(locale=locale).select_related("locale", "latest_revision"))
    keys = {obj.translation_key for obj in own}
    fallback = (
        live.filter(locale__language_code=settings.LANGUAGE_CODE)
        .exclude(locale=locale)
        .exclude(translation_key__in=keys)
        .select_related("locale", "latest_revision")
    )
    if locale.language_code != settings.LANGUAGE_CODE:
        adopt_sources(own, model)  # translations show the live source's numbers
    return sorted([*own, *fallback], key=lambda obj: obj.slug)


def data_page_context(page, request):
    locale = page.locale
    entries = {"statistics": [], "datasets": []}
    for key, model in page.figure_models.items():
        for obj in localized_objects(model, locale):
            links = downloads(obj, page, request)
            entries[key].append(
                {
                    "object": obj,
                    "downloads": links,
                    "structured_data": (
                        dataset_structured_data(obj, page, request, links) if obj.is_dataset else None
                    ),
                    "hxl_url": page.download_url(obj, "csv") + "?hxl=1",
                    "citation": citation(obj, page, request),
                    "figure_url": page.figure_url(obj),
                }
            )
    return entries


def find_with_source(page, slug):
    """(the live figure at `slug` in the page's language, else the default language's; its live source).

    None when no live figure has that slug. The source is the default-language
    copy whose numbers every translation shows (stats/language_neutral.py).
    """
    default_locale_id = Locale.get_default().pk
    for model in page.figure_models.values():
        copies = {
            obj.locale_id: obj
            for obj in model.objects.filter(
                slug=slug, locale_id__in={page.locale_id, default_locale_id}, live=True
            ).select_related("locale")
        }
        found = copies.get(page.locale_id) or copies.get(default_locale_id)
        if found:
            source = copies.get(default_locale_id)
            if source is None and found.translation_key:
                source = model.objects.filter(
                    translation_key=found.translation_key, locale_id=default_locale_id, live=True
                ).first()
            return found, source
    return None


def _find(page, slug):
    """The live figure at `slug` for readers of `page`, with its source's numbers; None when unknown."""
    found = find_with_source(page, slug)
    return adopt_source(*found) if found else None


def version_of(obj, source, version):
    """The figure as the published source revision `version` had it, in `obj`'s language; 404 otherwise."""
    figure = source or obj
    revision = figure.published_revisions().filter(pk=version).first()  # never a draft
    if revision is None:
        raise Http404
    older = as_published(figure, revision)
    return adopt_source(obj, older) if obj.pk != older.pk else older


def _legacy_version(request):
    """The revision id of an old `?version=<id>` address; None without one, 404 when malformed."""
    raw = request.GET.get("version", "")
    if not raw:
        return None
    # isascii(): str.isdigit() accepts "²", which int() refuses; the length check keeps int() cheap.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        raise Http404
    return int(raw)


def download(page, request, slug, file_format, version=None):
    found = find_with_source(page, slug)
    if found is None:
        raise Http404
    obj, source = found
    legacy = _legacy_version(request)
    if legacy is not None and version is None:
        # Versions moved from ?version=<id> to a path of their own; old links keep working.
        version_of(obj, source, legacy)
        return HttpResponsePermanentRedirect(page.download_url(obj, file_format, legacy))
    # `is not None`: /versions/0/ is no revision, not the current file at a "permanent" address.
    obj = version_of(obj, source, version) if version is not None else adopt_source(obj, source)
    hxl = request.GET.get("hxl") == "1"
    url = request.build_absolute_uri(page.download_url(obj, file_format, version))
    content, content_type = build_file(
        obj, file_format, hxl=hxl, url=url, citation=citation(obj, page, request)
    )
    response = HttpResponse(content.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name(obj, file_format, version)}"'
    response["Access-Control-Allow-Origin"] = "*"
    if file_format == "csv" and not version:  # the csvw metadata describing this CSV (stats/csvw.py)
        response["Link"] = describedby_link(page, request, obj, hxl)
    return response


def csv_metadata(page, request, slug):
    """The csvw metadata of the figure's current CSV in the page's language; 404 when unknown."""
    obj = _find(page, slug)
    if obj is None:
        raise Http404
    hxl = request.GET.get("hxl") == "1"
    csv_url = request.build_absolute_uri(page.download_url(obj, "csv")) + ("?hxl=1" if hxl else "")

    def version_url(version):
        return request.build_absolute_uri(page.download_url(obj, "csv", version))

    document = metadata(obj, csv_url, citation(obj, page, request), hxl=hxl, version_url=version_url)
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
        content_type=f"{CONTENT_TYPE}; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
