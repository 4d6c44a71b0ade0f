"""Links staff store are links readers and staff can follow safely, whatever route stored them.

A link reaches the site through the admin's forms, but also through
wagtail-localize's override editor (a translator's own URL for a link), PO
upload and machine translation, which write into translations without the
admin form's validation. One set of rules applies at every step:

- `WebURLBlock`: the admin form refuses a bad URL in a URL block;
- the override editor refuses a bad URL before it is stored (core/translation_guards.py);
- `LinkSafetyMixin.clean()`: `save_revision()` and wagtail-localize's publish
  both run it, so no page or snippet with a bad link is saved, whatever route
  its values came by;
- `public_url`: a link stored before these rules existed is not rendered.

URL blocks and fields take http and https only, at most MAX_URL_LENGTH
characters (a longer one cannot become a QR code); links in rich text may also
be e-mail (`mailto:`), telephone (`tel:`), a path on this site or an anchor.
"""

import re
from urllib.parse import urlsplit

import html5lib
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

MAX_URL_LENGTH = 2000
WEB_SCHEMES = ("http", "https")
RICH_TEXT_SCHEMES = (*WEB_SCHEMES, "mailto", "tel")
# Backslashes, whitespace and control characters: browsers and this code read them differently.
UNSAFE_URL_CHARACTERS = re.compile(r"[\\\s\x00-\x1f\x7f]")

_web_url_validator = URLValidator(schemes=list(WEB_SCHEMES))


def validate_web_url(value):
    """An absolute http(s) URL of at most MAX_URL_LENGTH characters; blank is left to `required`."""
    if not value:
        return
    if len(value) > MAX_URL_LENGTH:
        raise ValidationError(
            _("Use a link of at most %(limit)d characters (this one has %(length)d)."),
            code="url_too_long",
            params={"limit": MAX_URL_LENGTH, "length": len(value)},
        )
    try:
        _web_url_validator(value)
    except ValidationError:
        raise ValidationError(
            _("Enter a full web address starting with https:// or http://."), code="unsafe_url"
        ) from None


def validate_rich_text_href(href):
    """A web address, an e-mail or telephone link, a path on this site or an anchor."""
    if len(href) > MAX_URL_LENGTH:
        validate_web_url(href)  # the same "too long" message
    # Browsers read "\" as "/" and drop tabs and line breaks: "/\evil.example" leaves the site.
    plain = not UNSAFE_URL_CHARACTERS.search(href)
    if plain and (href.startswith("#") or (href.startswith("/") and not href.startswith("//"))):
        return
    scheme = urlsplit(href).scheme.lower()
    if scheme in WEB_SCHEMES:
        validate_web_url(href)
    elif scheme not in RICH_TEXT_SCHEMES or not plain:
        raise ValidationError(
            _(
                "A link may go to a web address (https://…), an e-mail address, "
                "a telephone number or this site."
            ),
            code="unsafe_url",
        )


def public_url(value):
    """`value` when it passes the web URL rules, else "" (for links stored before the rules)."""
    try:
        validate_web_url(value)
    except ValidationError:
        return ""
    return value or ""


class WebURLBlock(blocks.URLBlock):
    """A URL block that takes http(s) addresses of a length a QR code and a browser can hold."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_URL_LENGTH)
        validators = [*kwargs.pop("validators", ()), validate_web_url]
        super().__init__(validators=validators, **kwargs)


def rich_text_hrefs(html):
    """The hrefs of the links in `html` as a browser finds them.

    Parsed by html5lib, which follows the HTML standard: markup that Python's
    HTMLParser reads as a comment or CDATA (`<!-->`, `--!>`) can be a live link
    to a browser.
    """
    fragment = html5lib.parseFragment(html or "", namespaceHTMLElements=False)
    return [link.get("href") for link in fragment.iter("a") if link.get("href") is not None]


def _block_links(block, raw):
    """(kind, link) pairs in a block's stored (JSON) value: "url" for URL blocks, "href" for rich-text links.

    Walks the stored form rather than the values, so chosen pages and images
    are never fetched and blocks with their own value types need no handling.
    """
    if raw is None:
        return
    if isinstance(block, blocks.URLBlock):
        yield "url", raw
    elif isinstance(block, blocks.RichTextBlock):
        for href in rich_text_hrefs(raw):
            yield "href", href
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child_block = block.child_blocks.get(item.get("type"))
            if child_block is not None:
                yield from _block_links(child_block, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _block_links(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            yield from _block_links(child_block, raw.get(name))


def _field_links(instance, field):
    value = getattr(instance, field.name)
    if isinstance(field, StreamField):
        yield from _block_links(field.stream_block, field.stream_block.get_prep_value(value))
    elif isinstance(field, RichTextField):
        for href in rich_text_hrefs(value):
            yield "href", href


def link_errors(instance):
    """{field label: [messages]} for every stored link of `instance` that breaks the rules."""
    errors = {}
    for field in instance._meta.get_fields():
        if not isinstance(field, StreamField | RichTextField):
            continue
        for kind, link in _field_links(instance, field):
            try:
                (validate_web_url if kind == "url" else validate_rich_text_href)(link)
            except ValidationError as error:
                errors.setdefault(str(field.verbose_name), []).extend(error.messages)
    return errors


class LinkSafetyMixin:
    """Refuses to save a page or snippet whose StreamField or rich-text links break the rules.

    The errors are reported as non-field errors: the admin form shows them above
    the form, and wagtail-localize's publish reports them to the translator.
    """

    def clean(self):
        super().clean()
        errors = link_errors(self)
        if errors:
            messages = [f"{label}: {message}" for label, items in errors.items() for message in items]
            raise ValidationError({NON_FIELD_ERRORS: messages})
