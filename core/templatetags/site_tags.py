"""Template tags for the pieces every page shows: header, menu, footer, languages.

Snippets are always resolved for the active language, falling back to the
default language's copy, and each is read once per request.
"""

import json

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page, Site

from core.fragments import fragment
from core.locale_format import file_size as format_file_size
from core.locale_format import long_date as format_long_date
from core.localization import pages_in_reader_language, site_wide_copy
from core.models import LegalPages, MainMenu, OrganisationProfile
from core.request_cache import once_per_request
from core.translation_state import untranslated_ids

register = template.Library()


def _chrome(request, name, build):
    """A piece of site chrome for the reader's language and site: built once per request, and
    kept across requests until content changes (core/fragments.py)."""
    language = translation.get_language()
    site = Site.find_for_request(request) if request is not None else None
    key = f"{name}:{language}:{site.pk if site else ''}"
    return once_per_request(request, key, lambda: fragment(key, build, request=request))


@register.simple_tag(takes_context=True)
def organisation_profile(context):
    # site_wide_copy is itself a fragment: read once per request, not cached twice.
    language = translation.get_language()
    return once_per_request(
        context.get("request"), f"profile:{language}", lambda: site_wide_copy(OrganisationProfile)
    )


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """The footer's legal pages (accessibility, privacy, licence), each in the reader's language where
    a live translation exists, else in its own; unpublished ones are left out."""
    request = context.get("request")
    if request is None:
        return []
    return _chrome(request, "legal", lambda: _legal_pages(request))


def _legal_pages(request):
    return pages_in_reader_language(LegalPages.for_request(request).page_ids())


def _profile_name(context):
    profile = organisation_profile(context)
    return f"{profile.name} – {profile.office_name}" if profile else ""


# Page URLs below are built with the request: Wagtail then reads the site root
# paths from the cache once per request instead of once per link.


def _menu_items(menu, request):
    """(label, url) pairs for the menu, linking pages in the active language where they exist.

    Reads the chosen page ids from the stored links and fetches the chosen pages
    and their translations in one query of plain pages: the menu needs titles
    and URLs only, not each page's specific type.
    """
    links = [block["value"] for block in menu.links.raw_data] if menu else []
    chosen_ids = [link["page"] for link in links if link.get("page")]
    language = translation.get_language() or settings.LANGUAGE_CODE
    # Every translation of the chosen pages (the chosen ones included), found
    # through the translation key's index: a handful of rows, however big the site.
    chosen_keys = Page.objects.filter(pk__in=chosen_ids).values("translation_key")
    pages = Page.objects.filter(translation_key__in=chosen_keys).select_related("locale")
    chosen = {page.pk: page for page in pages if page.pk in chosen_ids}
    translations = {
        page.translation_key: page for page in pages if page.live and page.locale.language_code == language
    }
    items = []
    for link in links:
        page = chosen.get(link.get("page"))
        if page is not None:
            page = translations.get(page.translation_key, page)
            items.append((link.get("text") or page.title, page.get_url(request)))
        elif link.get("external_url"):
            items.append((link.get("text") or link["external_url"], link["external_url"]))
    return items


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    items = _chrome(request, "menu", lambda: _menu_items(site_wide_copy(MainMenu), request))
    return {"items": items, "current_path": request.path if request else ""}


def live_translations(context):
    """{language code: page} for the context page's live, translated copies, itself included.

    A copy whose text is not translated yet (core/translation_state.py) is not
    offered as that language's page: no hreflang, no switcher link to it.
    """
    copies, untranslated = _copies_and_state(context)
    if context.get("subpage_languages") is not None:
        return copies  # a figure's own page: the languages the figure is in decide (see _subpage)
    return {code: copy for code, copy in copies.items() if copy.pk not in untranslated}


@register.simple_tag(takes_context=True)
def untranslated_copy(context):
    """For a page served in a language its text is not translated into yet: the language the
    text is in ({"code", "bidi"}), so the page can say so; else None."""
    page = context.get("page")
    if context.get("subpage_languages") is not None:
        return None  # a figure's own page is in the languages its figure is translated into
    _copies, untranslated = _copies_and_state(context)
    if not (isinstance(page, Page) and page.pk in untranslated):
        return None
    code = settings.LANGUAGE_CODE
    return {"code": code, "bidi": translation.get_language_info(code)["bidi"]}


def page_language(context):
    """The language code of the context page, read from its copies where it is live (no query)."""
    page = context.get("page")
    copies, _untranslated = _copies_and_state(context)
    code = next((code for code, copy in copies.items() if copy.pk == page.pk), None)
    return code or page.locale.language_code


def _copies_and_state(context):
    """({language code: live copy of the context page}, ids of the copies not yet translated)."""

    def build():
        page = context.get("page")
        if not (isinstance(page, Page) and page.pk):
            return {}, set()
        # Plain pages, not the specific type: only the URL and locale are needed,
        # and the specific query would load and decode every translation's body.
        pages = Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
        pages = list(pages)
        return {copy.locale.language_code: copy for copy in pages}, untranslated_ids(pages)

    page = context.get("page")
    key = (
        f"translations:{page.translation_key}" if isinstance(page, Page) and page.pk else "translations:none"
    )
    request = context.get("request")
    return once_per_request(request, "translations", lambda: fragment(key, build, request=request))


def _site_roots(request):
    """The live translations of the site's root page (each language's home page), in one query."""
    site = Site.find_for_request(request) if request is not None else None
    roots = Page.objects.filter(depth=2) if site is None else Page.objects.filter(pk=site.root_page_id)
    keys = roots.values("translation_key")
    return Page.objects.filter(translation_key__in=keys).live().select_related("locale")


def _language_links(translations, request, subpage=("", None)):
    """One entry per language: the page's translation where it is live, else that language's home."""
    translations = _translations_with_subpage(translations, subpage)
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    homes = _chrome(
        request, "language-homes", lambda: {home.locale.language_code: home for home in _site_roots(request)}
    )
    links = []
    for code, name in languages.items():
        target = translations.get(code)
        fallback = target is None
        if fallback:
            target = homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        if not fallback:
            url += subpage[0]
        links.append({"code": code, "name": name, "url": url, "is_translation": not fallback})
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    if context.get("same_view_in_every_language") and request is not None:
        build = lambda: _view_in_every_language(request)  # noqa: E731
    else:
        build = lambda: _language_links(live_translations(context), request, _subpage(context))  # noqa: E731
    links = once_per_request(request, "language_links", build)
    return {"links": links, "current": translation.get_language()}


def _view_in_every_language(request):
    """Links to this same view (search, e-mail alerts) in every language, with its query string.

    For views that are not pages but exist under every language prefix: the
    view sets `same_view_in_every_language` in its context.
    """
    match = request.resolver_match
    query = request.GET.urlencode()
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        links.append(
            {"code": code, "name": name, "url": url + (f"?{query}" if query else ""), "is_translation": True}
        )
    return links


def _subpage(context):
    """(path below the page, languages it exists in) for a routable page's sub-route, e.g. a figure page.

    Views set `subpage_path` ("<slug>/") and `subpage_languages` so links to
    other languages lead to the same sub-route where it exists there.
    """
    return context.get("subpage_path", ""), context.get("subpage_languages")


def _translations_with_subpage(translations, subpage):
    path, languages = subpage
    return {code: page for code, page in translations.items() if languages is None or code in languages}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for each live translation, plus x-default.

    Only real translations are listed (not the home-page fallbacks), with
    absolute URLs built from the page's own site, never by string replacement.
    """
    request = context.get("request")
    alternates = []
    default_url = None
    subpage = _subpage(context)
    for code, translated in _translations_with_subpage(live_translations(context), subpage).items():
        url = translated.get_full_url(request) + subpage[0]
        alternates.append({"code": code, "url": url})
        if code == settings.LANGUAGE_CODE:
            default_url = url
    return {"alternates": alternates, "default_url": default_url}


@register.filter
def filesizeformat_or_blank(document):
    """A document's size for a download link, or '' when the file is missing."""
    try:
        return document.get_file_size() or ""
    except (OSError, ValueError):
        return ""


# Open Graph wants language_TERRITORY; these are the forms Facebook recognises.
OG_LOCALES = {"en": "en_US", "ms": "ms_MY", "zh-hans": "zh_CN", "ta": "ta_IN", "my": "my_MM", "ar": "ar_AR"}


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags for the context page.

    The image is always a JPEG rendition (never SVG) with an absolute URL.
    """
    page = context.get("page")
    request = context.get("request")
    language = translation.get_language() or settings.LANGUAGE_CODE
    alternates = [OG_LOCALES.get(code, code) for code in live_translations(context) if code != language]
    image = getattr(page, "card_image", None)
    image_url = ""
    image_alt = ""
    if image is not None:
        rendition = get_rendition_or_not_found(image, "fill-1200x630|format-jpeg|jpegquality-75")
        image_url = request.build_absolute_uri(rendition.url) if request else rendition.full_url
        # The page's own alt text is in its language; the image's description is not translated.
        image_alt = getattr(page, "card_image_alt_text", image.default_alt_text)
    return {
        "page": page,
        "url": page.get_full_url(request) if isinstance(page, Page) else "",
        "description": getattr(page, "summary_text", "") or "",
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": alternates,
        "image_url": image_url,
        "image_alt": image_alt,
        "site_name": _profile_name(context),
    }


@register.filter
def json_ld(data):
    """`<script type="application/ld+json">` with `<`, `>` and `&` escaped, so no text can end the script."""
    text = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308  escaped above


@register.filter
def long_date(value):
    """A date in words, as the reader's language writes it in Malaysia: '30 June 2023'."""
    return format_long_date(value)


@register.filter
def file_size(size):
    """A file size in the reader's language: '807 bytes', '14.6 kB'."""
    return format_file_size(size)
