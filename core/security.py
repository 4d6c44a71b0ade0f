"""Security headers: one strict Content Security Policy for the public site,
a looser one for the Wagtail admin, and a Permissions-Policy.

Why two policies: the Wagtail admin (8.0) still relies on inline scripts,
inline styles and `eval`-style code in its rich-text editor and preview panel,
so a policy strict enough for the public site would break editing. The admin
policy allows those only for the admin's own screens; every public page and
every preview gets the strict one, whoever is signed in (Wagtail's userbar and
accessibility checker load as scripts from this origin, which it allows).
"""

import re

from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control

EMBED_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, NONCE],
    "style-src": [SELF],
    # Width and colour of chart bars are set per element.
    "style-src-attr": [UNSAFE_INLINE],
    "img-src": [SELF, "data:"],
    # data: for the language names' few glyphs inside css/fonts.css (scripts/build_fonts.py).
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": EMBED_SOURCES,
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # The admin previews pages in an iframe of its own origin.
    "frame-ancestors": [SELF],
}

ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, *EMBED_SOURCES],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

ADMIN_PREFIXES = ("/admin/", "/documents/")


# Admin URLs that show a page or snippet as readers will see it: previews (of
# pages, snippets and translations), drafts and old revisions.
PREVIEW_PATHS = re.compile(r"/(preview|view_draft)/|/revisions/\d+/view/")


def uses_admin_policy(request):
    """The admin's own screens only: public pages and previews get the strict policy, signed in or not.

    A link a translator or editor stored is followed by staff on public pages
    and in previews of work awaiting approval; there, script that the strict
    policy blocks must stay blocked for them too.
    """
    path = request.path_info
    return path.startswith(ADMIN_PREFIXES) and not PREVIEW_PATHS.search(path)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin or the public policy per request."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None:
            parts.config = dict(ADMIN_POLICY if uses_admin_policy(request) else PUBLIC_POLICY)
            if getattr(settings, "SECURE_SSL_REDIRECT", False):
                parts.config["upgrade-insecure-requests"] = True
        return parts


class PermissionsPolicyMiddleware:
    """Adds a Permissions-Policy header that turns off browser features the site never uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PrivateCacheControlMiddleware:
    """Marks every response rendered for a signed-in user `Cache-Control: private`.

    Pages, errors and admin screens rendered for someone signed in may show
    their name, drafts or private content: no shared cache (a CDN, a company
    proxy) may keep them. Stricter directives (no-store, no-cache) stay;
    `public` goes. Place it before the page cache, so it sees every response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
