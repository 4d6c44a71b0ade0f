"""`{% chart_reuse dataset as reuse %}`: the SVG link and embed code of a dataset's chart."""

from django import template

from stats.embed import chart_reuse as build_chart_reuse
from stats.models import DataPage

register = template.Library()


@register.simple_tag(takes_context=True)
def chart_reuse(context, dataset):
    """{svg_url, svg_file_name, embed_url, code} for the data page in the reader's language, or None."""
    request = context.get("request")
    return build_chart_reuse(dataset, DataPage.for_request(request), request)
