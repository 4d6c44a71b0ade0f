"""The page cache's middleware: anonymous GET responses served from and stored in Django's cache.

What is cached: 200 responses to anonymous GET/HEAD requests for the public
site (not the admin, documents, health check or previews), when the request
carries no session or CSRF cookie and the response sets no cookie, used no
CSRF token and did not forbid caching (`Cache-Control: private/no-store/no-cache`).
The store is perf/store.py, concurrent misses wait for one render
(perf/coalescing.py), and pages are purged when content changes
(perf/affected.py works out which, perf/purging.py sends the purges).
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.cache import patch_cache_control

from .coalescing import release_render_lock, take_render_lock, wait_for_render
from .expiry import seconds_left
from .purging import purges_batched
from .store import TIMEOUT, lookup, store

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/", "/django-admin/")


UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache", "max-age=0")


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
        return False  # logged in, or has a form's token: theirs alone
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # sets a cookie, or carries a CSRF token
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    if getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "").replace(" ", "").lower()
    return not any(directive in cache_control.split(",") for directive in UNCACHEABLE_DIRECTIVES)


def _hit(response):
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Serve and store anonymous responses, and purge once for all the request's changes.

    Place it just after WhiteNoise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with purges_batched():  # a bulk action over many pages: one purge after it
            return self._respond(request)

    def _respond(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not request_is_cacheable(request):
            return self.get_response(request)
        cached, entry_key, generation_keys, generations, _found = lookup(request)
        if cached is not None:
            return _hit(cached)
        renders, holds_lock = take_render_lock(entry_key)
        if not renders:
            cached, holds_lock = wait_for_render(request, entry_key)
            if cached is not None:
                return _hit(cached)
            # Nothing came in time: render, under the generations as they are now.
            _cached, entry_key, generation_keys, generations, _found = lookup(request)
        cacheable = False
        try:
            response = self.get_response(request)
            cacheable = response_is_cacheable(request, response)
            if cacheable:
                # Browsers re-check after a minute; a CDN keeps it longer, purged on change.
                if hasattr(response, "render") and callable(response.render):
                    response.render()  # first: rendering says whether the page expires soon
                patch_cache_control(
                    response,
                    public=True,
                    max_age=seconds_left(request, getattr(settings, "PAGE_CACHE_MAX_AGE", 60)),
                    s_maxage=seconds_left(request, getattr(settings, "PAGE_CACHE_S_MAXAGE", 3600)),
                )
                store(response, entry_key, generation_keys, generations, seconds_left(request, TIMEOUT))
                response["X-Page-Cache"] = "miss"
        finally:
            release_render_lock(entry_key, holds_lock, cacheable)
        return response
