"""/sitemap.xml for every live page in every language, and /robots.txt pointing at it.

Wagtail's sitemap lists one site's tree and no alternates; this one lists the
pages of every locale and adds `<xhtml:link rel="alternate" hreflang>` for
each page's live translations (Django's sitemap template renders them), plus
`x-default` for the source language. Each statistic's and dataset's own page
is listed too, with the languages it is published in as alternates.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.translation_state import untranslated_ids
from stats.models import DataPage, Dataset, Statistic


class TranslatedSitemap(Sitemap):
    """Every live public page of every locale, each with its live translations as alternates."""

    def items(self):
        """Live public pages, without copies whose text is not translated yet (core/translation_state.py)."""
        pages = list(
            Page.objects.live()
            .public()
            .filter(depth__gte=2)
            .select_related("locale")
            .order_by("locale__language_code", "path")
        )
        untranslated = untranslated_ids(pages)
        return [page for page in pages if page.pk not in untranslated]

    def describe(self, item):
        """(translation key, language code, absolute URL, last modified) of an item."""
        lastmod = item.last_published_at or item.latest_revision_created_at
        return item.translation_key, item.locale.language_code, item.get_full_url(self.request), lastmod

    def _descriptions(self):
        if not hasattr(self, "_descriptions_cache"):
            self._descriptions_cache = {id(item): self.describe(item) for item in self.items_cached()}
        return self._descriptions_cache

    def items_cached(self):
        if not hasattr(self, "_items_cache"):
            self._items_cache = list(self.items())
        return self._items_cache

    def _alternates(self):
        by_key = defaultdict(list)
        for key, code, url, _lastmod in self._descriptions().values():
            by_key[key].append((code, url))
        return by_key

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        alternates = self._alternates()
        descriptions = self._descriptions()
        for item in self.paginator.page(page).object_list:
            key, _code, location, lastmod = descriptions.get(id(item)) or self.describe(item)
            translations = alternates.get(key, [])
            links = [{"lang_code": code, "location": url} for code, url in translations]
            default = [url for code, url in translations if code == settings.LANGUAGE_CODE]
            if len(links) > 1 and default:
                links.append({"lang_code": "x-default", "location": default[0]})
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": links if len(links) > 1 else [],
                }
            )
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


class FigureSitemap(TranslatedSitemap):
    """Each statistic's and dataset's own page (/<lang>/data/<slug>/) in the languages it is published in."""

    def items(self):
        return self.items_cached()

    def items_cached(self):
        if not hasattr(self, "_items_cache"):
            self._items_cache = figure_pages()
        return self._items_cache

    def describe(self, item):
        data_page, figure = item
        lastmod = figure.last_published_at or data_page.last_published_at
        return (
            figure.translation_key,
            figure.locale.language_code,
            data_page.figure_full_url(figure, self.request),
            lastmod,
        )


def figure_pages():
    """(data page, figure) for every live figure in the locale of a live, public data page."""
    pages = {page.locale_id: page for page in DataPage.objects.live().public().select_related("locale")}
    items = []
    for model in (Statistic, Dataset):
        figures = model.objects.filter(live=True, locale_id__in=pages).select_related("locale")
        items += [(pages[figure.locale_id], figure) for figure in figures.order_by("locale_id", "slug")]
    return items


SITEMAPS = {"pages": TranslatedSitemap, "figures": FigureSitemap}


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
