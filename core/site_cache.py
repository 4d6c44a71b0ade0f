"""The Site a request is for, kept as a fragment (core/fragments.py) with its root page loaded.

Wagtail looks the site up by host name and port on every request, then loads the
root page and its specific type before it routes: three queries before any page
is found. Sites and home pages change only when they are saved or published, which
starts a new content generation, so the lookup is kept per host and port with the
root page already in its specific form. A preview looks it up afresh.
"""

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .fragments import enabled, fragment

UNKNOWN = object()


def site_for(request):
    """Wagtail's Site for `request` (None when no site answers), from the fragment cache; UNKNOWN
    when no site has the requested host name: the lookup is then left to Wagtail, uncached, so
    Host headers made up by a client never add entries to the cache."""
    hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail does: no ALLOWED_HOSTS check here
    port = request.get_port()  # the server's own (SERVER_PORT): no forwarded port is trusted
    names = fragment(
        "site-hostnames", lambda: set(Site.objects.values_list("hostname", flat=True)), request=request
    )
    if hostname not in names:
        return UNKNOWN

    def build():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        site.root_page = site.root_page.specific
        return site

    return fragment(f"site:{hostname}:{port}", build, request=request)


class CachedSiteMiddleware:
    """Gives each request its Site before Wagtail looks for it (`Site.find_for_request` reads it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if enabled() and not hasattr(request, "_wagtail_site"):  # off: Wagtail's own lookup, uncached
            try:
                site = site_for(request)
            except DatabaseError:  # left to the view: the health check reports the database down (503)
                site = UNKNOWN
            if site is not UNKNOWN:
                request._wagtail_site = site
        return self.get_response(request)
