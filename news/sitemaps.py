"""/sitemap.xml for every live page in every language, and /robots.txt pointing at it.

Wagtail's sitemap lists one site's tree and no alternates; this one lists the
pages of every locale and adds `<xhtml:link rel="alternate" hreflang>` for
each page's live translations (Django's sitemap template renders them), plus
`x-default` for the source language.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gte=2)
            .select_related("locale")
            .order_by("locale__language_code", "path")
        )

    def _alternates(self):
        if not hasattr(self, "_alternates_cache"):
            by_key = defaultdict(list)
            for page in self.items():
                by_key[page.translation_key].append(
                    (page.locale.language_code, page.get_full_url(self.request))
                )
            self._alternates_cache = by_key
        return self._alternates_cache

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        alternates = self._alternates()
        for item in self.paginator.page(page).object_list:
            translations = alternates.get(item.translation_key, [])
            links = [{"lang_code": code, "location": url} for code, url in translations]
            default = [url for code, url in translations if code == settings.LANGUAGE_CODE]
            if len(links) > 1 and default:
                links.append({"lang_code": "x-default", "location": default[0]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": lastmod,
                    "alternates": links if len(links) > 1 else [],
                }
            )
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


SITEMAPS = {"pages": TranslatedSitemap}


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
