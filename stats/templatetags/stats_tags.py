"""Template tags for statistics: numbers in the reader's language, charts, tables and downloads."""

import re
import secrets

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from core.fragments import fragment
from stats.charts import render_chart
from stats.csvw import metadata_url
from stats.formatting import format_date, format_number
from stats.models import DataPage
from stats.views import citation, downloads

register = template.Library()


@register.filter
def stat_number(value, unit="count"):
    """A number formatted for the active language: {{ value|stat_number:"percent" }}."""
    return format_number(value, unit)


@register.filter
def stat_date(value):
    """A date in words in the active language: {{ correction.date|stat_date }}."""
    return format_date(value)


@register.filter
def stat_cell(cell, unit="count"):
    """A table cell's text: '*' when suppressed."""
    return "*" if cell.suppressed else format_number(cell.value, unit)


@register.simple_tag(takes_context=True)
def dataset_chart(context, dataset, kind, title=""):
    """The dataset as an inline SVG chart, mirrored in right-to-left languages (kept as a
    fragment until content changes: core/fragments.py)."""

    def draw():
        return render_chart(
            kind,
            dataset.cached_table,
            dataset.unit,
            title or dataset.title,
            translation.get_language_bidi(),
            sample=dataset.sample,  # invented numbers: the SVG's title and description say so
        )

    key = f"chart:{dataset.pk}:{kind}:{translation.get_language()}:{title}"
    return _with_new_ids(fragment(key, draw, request=context.get("request")))


def _with_new_ids(svg):
    """The cached chart with ids of its own: a chart shown twice on a page needs distinct ones."""
    match = re.search(r'id="chart-([0-9a-f]+)-t"', svg)
    if match is None:
        return svg
    return mark_safe(svg.replace(f"chart-{match[1]}-", f"chart-{secrets.token_hex(4)}-"))  # noqa: S308


@register.simple_tag(takes_context=True)
def stat_downloads(context, obj):
    """[{format, url, size}] for a statistic or dataset, linking to the data page in this language."""
    request = context.get("request")
    return downloads(obj, DataPage.for_request(request), request)


@register.simple_tag(takes_context=True)
def stat_figure_url(context, obj):
    """The address of the figure's own page in the reader's language ('' without a data page)."""
    page = DataPage.for_request(context.get("request"))
    return page.figure_url(obj) if page else ""


@register.simple_tag(takes_context=True)
def stat_csv_metadata_url(context, obj):
    """The address of the csvw metadata describing the figure's CSV ('' without a data page)."""
    page = DataPage.for_request(context.get("request"))
    return metadata_url(page, obj) if page else ""


@register.simple_tag(takes_context=True)
def stat_data_page(context):
    return DataPage.for_request(context.get("request"))


@register.simple_tag(takes_context=True)
def stat_citation(context, obj):
    request = context.get("request")
    page = DataPage.for_request(request)
    return citation(obj, page, request) if page else ""


@register.simple_tag(takes_context=True)
def unique_id(context, *parts):
    """An element id unique on the page being rendered: {% unique_id "stat" statistic.slug %}.

    The first use gives "stat-<slug>", so links to #stat-<slug> reach the first
    copy; a figure shown again on the same page (a panel and a timeline entry)
    gets "stat-<slug>--2", "--3"... The ids used are kept on the request, which
    every block and include of one page shares; without a request, the plain id.
    """
    base = "-".join(str(part) for part in parts if part not in (None, ""))
    request = context.get("request")
    if request is None:
        return base
    used = request.__dict__.setdefault("_stats_element_ids", set())
    candidate, count = base, 1
    while candidate in used:
        count += 1
        candidate = f"{base}--{count}"
    used.add(candidate)
    return candidate
