"""Template helpers for news pages."""

import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def json_ld(data):
    """`<script type="application/ld+json">` with `<`, `>` and `&` escaped, so no text can end the script."""
    text = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308  escaped above


@register.simple_tag(takes_context=True)
def subpage_url(context, page, name, **kwargs):
    """The URL of one of a routable page's routes, e.g. its feed or a calendar download."""
    return page.get_url(context.get("request")) + page.reverse_subpage(name, kwargs=kwargs or None)
