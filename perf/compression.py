"""Gzip for public pages, stored compressed in the page cache.

WhiteNoise serves static files pre-compressed (gzip and Brotli, made by
collectstatic). Pages are compressed here, by Django's GZipMiddleware placed
just inside the page cache: a cache hit sends the stored compressed bytes
without compressing again, and the cache keys compressed and plain copies
apart (`accepts_gzip`). A proxy in front may compress instead; this keeps a
single app server lean on the wire without one.

The admin is left uncompressed: its pages carry CSRF tokens beside text the
user typed, the combination the BREACH attack needs.
"""

from django.middleware.gzip import GZipMiddleware, re_accepts_gzip

UNCOMPRESSED_PREFIXES = ("/admin/", "/django-admin/")


def accepts_gzip(request):
    """The same test GZipMiddleware applies, so the cache key matches what it sent."""
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


class PublicPageGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(UNCOMPRESSED_PREFIXES):
            return response
        return super().process_response(request, response)
