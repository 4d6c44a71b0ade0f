"""Template tags for statistics: numbers in the reader's language, charts, tables and downloads."""

import json

from django import template
from django.utils import translation
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from stats.charts import render_chart
from stats.formatting import format_number
from stats.views import citation, data_page_for, downloads

register = template.Library()


@register.filter
def stat_number(value, unit="count"):
    """A number formatted for the active language: {{ value|stat_number:"percent" }}."""
    return format_number(value, unit)


@register.filter
def stat_cell(cell, unit="count"):
    """A table cell's text: '*' when suppressed."""
    return "*" if cell.suppressed else format_number(cell.value, unit)


@register.simple_tag
def dataset_chart(dataset, kind, title=""):
    """The dataset as an inline SVG chart, mirrored in right-to-left languages."""
    return render_chart(
        kind, dataset.cached_table, dataset.unit, title or dataset.title, translation.get_language_bidi()
    )


@register.simple_tag(takes_context=True)
def stat_downloads(context, obj):
    """[{format, url, size}] for a statistic or dataset, linking to the data page in this language."""
    request = context.get("request")
    return downloads(obj, data_page_for(request), request)


@register.simple_tag(takes_context=True)
def stat_data_page(context):
    return data_page_for(context.get("request"))


@register.simple_tag(takes_context=True)
def stat_citation(context, obj):
    request = context.get("request")
    page = data_page_for(request)
    return citation(obj, page, request) if page else ""


@register.filter
def json_ld(data):
    """`<script type="application/ld+json">` with `<`, `>` and `&` escaped, so no text can end the script."""
    text = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308  escaped above
