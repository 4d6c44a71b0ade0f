"""The frontend-cache backend for this page cache.

Every purge goes through Wagtail's frontend cache (`wagtail.contrib.frontend_cache`,
used as a library: the app is not installed, as its own signals would purge
each publish a second time), whose backends are listed in the
WAGTAILFRONTENDCACHE setting. `LocalCacheBackend` (always configured) purges
this cache; a CDN backend (CloudFront, Cloudflare, ...) added beside it gets
the very same URLs. A URL ending in `*` purges everything below a path
(CloudFront understands the same wildcard).
"""

from urllib.parse import urlsplit

from .store import purge_paths


class LocalCacheBackend:
    """A wagtail.contrib.frontend_cache backend that purges this page cache."""

    def __init__(self, params):
        self.params = params

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        purge_paths([urlsplit(url).path for url in urls])  # a trailing "*" stays in the path

    def invalidates_hostname(self, hostname):
        return True
