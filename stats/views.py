"""The data page's listing and downloads, and the lookups the blocks share."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Revision

from .downloads import build_file, file_name
from .formatting import format_date
from .models import DataPage, Dataset, Statistic, published_revision_ids
from .structured_data import dataset_structured_data

MAX_ID = 2**63 - 1


def _request_cache(request, key, build):
    if request is None:
        return build()
    cache = request.__dict__.setdefault("_stats_cache", {})
    if key not in cache:
        cache[key] = build()
    return cache[key]


def data_page_for(request):
    """The live data page in the reader's language (else the default language's), once per request."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build():
        pages = {
            page.locale.language_code: page
            for page in DataPage.objects.live()
            .select_related("locale")
            .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        }
        return pages.get(language) or pages.get(settings.LANGUAGE_CODE)

    return _request_cache(request, f"data_page:{language}", build)


def citation(obj, data_page, request):
    title = obj.title
    return _("%(organisation)s. “%(title)s”. As of %(as_of)s. %(url)s. Accessed %(today)s.") % {
        "organisation": data_page.organisation,
        "title": title,
        "as_of": format_date(obj.as_of),
        "url": data_page.get_full_url(request) + "#" + obj.slug,
        "today": format_date(datetime.date.today()),
    }


def downloads(obj, data_page, request, version=None):
    """The CSV and JSON links of a statistic or dataset, with their exact sizes."""
    if data_page is None:
        return []
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
    return sorted([*own, *fallback], key=lambda obj: obj.slug)


def previous_versions(objects):
    """{object pk: [(revision, older object)]}: earlier published values kept in revisions.

    Only revisions that were published count: a draft, submitted or not, is
    never a "previous value". Two queries per model.
    """
    corrected = [obj for obj in objects if obj.corrected_on]
    result = {}
    if not corrected:
        return result
    model = type(corrected[0])
    by_pk = {str(obj.pk): obj for obj in corrected}
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(model),
        object_id__in=list(by_pk),
        pk__in=published_revision_ids(model, list(by_pk)),
    ).order_by("-created_at", "-pk")
    for revision in revisions:
        obj = by_pk[revision.object_id]
        older = obj.with_content_json(revision.content)
        seen = [obj.numbers()] + [item[1].numbers() for item in result.get(obj.pk, [])]
        if older.numbers() not in seen:
            result.setdefault(obj.pk, []).append((revision, older))
    return result


def data_page_context(page, request):
    locale = page.locale
    entries = {"statistics": [], "datasets": []}
    for key, model in (("statistics", Statistic), ("datasets", Dataset)):
        objects = localized_objects(model, locale)
        versions = previous_versions(objects)
        for obj in objects:
            links = downloads(obj, page, request)
            entries[key].append(
                {
                    "object": obj,
                    "downloads": links,
                    "structured_data": (
                        dataset_structured_data(obj, page, request, links) if model is Dataset else None
                    ),
                    "hxl_url": page.download_url(obj, "csv") + "?hxl=1",
                    "citation": citation(obj, page, request),
                    "versions": [
                        {
                            "date": format_date(revision.created_at.date()),
                            "object": older,
                            "downloads": downloads(older, page, request, version=revision.pk),
                        }
                        for revision, older in versions.get(obj.pk, [])
                    ],
                }
            )
    return entries


def _find(page, slug):
    for model in (Dataset, Statistic):
        copies = {
            obj.locale_id: obj
            for obj in model.objects.filter(
                slug=slug, locale_id__in={page.locale_id, Locale.get_default().pk}, live=True
            ).select_related("locale")
        }
        found = copies.get(page.locale_id) or next(iter(copies.values()), None)
        if found:
            return found
    return None


def _version(obj, request):
    """The superseded copy named by ?version=<revision id>, or the object itself; 404 when unknown."""
    raw = request.GET.get("version", "")
    if not raw:
        return obj, None
    # isascii(): str.isdigit() accepts "²", which int() refuses; the length check keeps int() cheap.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 20) or int(raw) > MAX_ID:
        raise Http404
    revision = obj.published_revisions().filter(pk=int(raw)).first()  # never a draft
    if revision is None:
        raise Http404
    return obj.with_content_json(revision.content), revision.pk


def download(page, request, slug, file_format):
    obj = _find(page, slug)
    if obj is None:
        raise Http404
    obj, version = _version(obj, request)
    hxl = request.GET.get("hxl") == "1"
    url = request.build_absolute_uri(page.download_url(obj, file_format, version))
    content, content_type = build_file(
        obj, file_format, hxl=hxl, url=url, citation=citation(obj, page, request)
    )
    response = HttpResponse(content.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name(obj, file_format, version)}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
