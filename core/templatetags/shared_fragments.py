"""`{% shared_fragment "name" key... [expires=moment] %}…{% endshared_fragment %}`: a part of a
template rendered once per content generation (core/fragments.py), or until `moment` (an aware
datetime) when it changes by itself then, and reused by every page that shows it;
`{% cards listing "template" "name" %}`: each card of a listing (core/cards.py) likewise.
A key that is None (what the part shows is not known for sure) renders the part afresh.

The rendered HTML is kept under the name, the reader's language, the site and the
given keys (a page's id, a topic's slug). What is inside must depend on nothing else:
no CSRF token, no signed-in user. A preview renders it afresh, so draft content
never enters the cache.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from core.fragments import fragment, fragments

from .language_marks import marking_untranslated_titles

register = template.Library()


def _key_prefix(request, name):
    site = Site.find_for_request(request)
    return f"{name}:{translation.get_language()}:{site.pk if site else ''}"


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, keys, expires=None):
        self.nodelist, self.name, self.keys, self.expires = nodelist, name, keys, expires

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        keys = [key.resolve(context) for key in self.keys]
        if None in keys:  # what the part depends on is not known (a form with errors): render it afresh
            return self.nodelist.render(context)
        key = ":".join([_key_prefix(request, self.name.resolve(context)), *map(str, keys)])
        moment = self.expires.resolve(context) if self.expires else None
        html = fragment(
            f"html:{key}",
            lambda: str(self.nodelist.render(context)),
            expires=(lambda _html: moment) if moment else None,
            request=request,
        )
        return mark_safe(html)  # noqa: S308  (the template's own output, escaped when it was rendered)


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    expires = None
    if bits[-1].startswith("expires="):  # the moment the part goes out of date with nothing published
        expires = parser.compile_filter(bits.pop().removeprefix("expires="))
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]], expires
    )


class CardsNode(template.Node):
    def __init__(self, listing, template_name, item_name):
        self.listing, self.template_name, self.item_name = listing, template_name, item_name

    def render(self, context):
        listing = self.listing.resolve(context)
        template_name, item_name = self.template_name.resolve(context), self.item_name.resolve(context)
        card = context.template.engine.get_template(template_name)
        prefix = _key_prefix(context.get("request"), f"card:{template_name}") + ":"

        def build(missing):
            ids = [int(key.removeprefix(prefix)) for key in missing]
            items = marking_untranslated_titles(listing.items(ids))
            html = {}
            for item in items:
                with context.push(**{item_name: item}):
                    html[prefix + str(item.pk)] = str(card.render(context))
            return html

        keys = [prefix + str(pk) for pk in listing.ids]
        html = fragments(keys, build, request=context.get("request"))
        return mark_safe("".join(html[key] for key in keys if key in html))  # noqa: S308  (rendered templates)


@register.tag
def cards(parser, token):
    """`{% cards listing "template" "name" %}`: the template rendered for each item of `listing`
    (a CardListing) with the item as `name`; each card is kept per item, language and site."""
    bits = token.split_contents()
    if len(bits) != 4:
        raise template.TemplateSyntaxError("cards needs a listing, a template and a name")
    return CardsNode(*(parser.compile_filter(bit) for bit in bits[1:]))
