"""`{% shared_fragment "name" key... %}…{% endshared_fragment %}`: a part of a template rendered
once per content generation (core/fragments.py) and reused by every page that shows it.

The rendered HTML is kept under the name, the reader's language, the site and the
given keys (a page's id, a topic's slug). What is inside must depend on nothing else:
no CSRF token, no signed-in user. A preview renders it afresh, so draft content
never enters the cache.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from core.fragments import fragment

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [self.name.resolve(context), translation.get_language(), site.pk if site else ""]
        parts += [key.resolve(context) for key in self.keys]
        key = ":".join(str(part) for part in parts)
        html = fragment(f"html:{key}", lambda: str(self.nodelist.render(context)), request=request)
        return mark_safe(html)  # noqa: S308  (the template's own output, escaped when it was rendered)


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
