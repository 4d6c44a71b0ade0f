"""Each statistic's and dataset's own page, /<lang>/data/<slug>/: the address to cite.

It shows the figure as pages do (chart and table), its downloads, the suggested
citation, and every correction with the values it replaced and their files at
permanent, versioned addresses. Readers in any language see the source's
numbers (stats/language_neutral.py).
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation

from .corrections import correction_log
from .language_neutral import adopt_source
from .sample import figure_title
from .structured_data import dataset_structured_data
from .views import citation, downloads, find_with_source


def _languages_with(obj, page):
    """Language codes whose data page is live and that have a live copy of the figure."""
    copies = type(obj).objects.filter(translation_key=obj.translation_key, live=True)
    codes = set(copies.values_list("locale__language_code", flat=True))
    pages = type(page).objects.live().filter(translation_key=page.translation_key)
    return codes & set(pages.values_list("locale__language_code", flat=True))


def _corrections(obj, page, request):
    return [
        {
            "correction": correction,
            "downloads": downloads(obj, page, request, version=correction.superseded_revision_id),
        }
        for correction in correction_log(obj)
    ]


def figure_page(page, request, slug):
    found = find_with_source(page, slug)
    if found is None:
        raise Http404
    obj = adopt_source(*found)
    links = downloads(obj, page, request)
    is_dataset = obj.is_dataset
    reader_language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "figure": obj,
        "is_dataset": is_dataset,
        "figure_title": figure_title(obj),  # says "sample data" for invented numbers
        "figure_url": page.figure_full_url(obj, request),
        "figure_language": obj.locale.language_code,
        "in_other_language": obj.locale.language_code != reader_language,
        "entry": {
            "object": obj,
            "downloads": links,
            "hxl_url": page.download_url(obj, "csv") + "?hxl=1",
            "citation": citation(obj, page, request),
        },
        "corrections": _corrections(obj, page, request),
        "structured_data": dataset_structured_data(obj, page, request, links) if is_dataset else None,
        # The language switcher and hreflang links point at this figure in each language.
        "subpage_path": page.reverse_subpage("figure_route", kwargs={"slug": obj.slug}),
        "subpage_languages": _languages_with(obj, page),
    }
    return page.render(request, context_overrides=context, template="stats/figure_page.html")
