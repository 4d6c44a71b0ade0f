"""Parts of pages that change only when content does, cached until the next purge.

The site chrome of each language (menu, organisation profile, legal pages),
download sizes and other pieces many pages share are built once and kept in the
cache framework, keyed by the current **content generation**. Every purge of the
page cache (perf/purging.py: the one place that decides what a change affects)
starts a new generation, at once and again when the change commits (its
`content_changed` signal, connected to `new_generation` by home/apps.py, which
stands above both), so the next render of any page rebuilds every fragment from
the changed content: fragments are never staler than the page cache itself. The
old generation's entries simply expire.

On when FRAGMENT_CACHE_ENABLED is (by default, with the page cache); off in tests
except those that prove it.
"""

import hashlib
import math
import uuid

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .request_cache import once_per_request

GENERATION_KEY = "fragments:generation"
TIMEOUT = 24 * 60 * 60  # unused generations' entries go within a day
_MISSING = object()


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", False)


def generation():
    """The current content generation (made on first use)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY)
    return current


def new_generation(**kwargs):
    """Start a new content generation: every fragment is rebuilt at its next use (a signal receiver)."""
    if enabled():
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def fragment(key, build, expires=None, request=None):
    """`build()`'s result for `key` in the current generation, built at most once per generation.

    `expires(value)` may give the moment (aware datetime) the value goes out of date by
    itself, with nothing published (an event that ends): it is rebuilt after that.
    With a `request`, the generation is read once for it (a page reads many fragments);
    for a preview it is always built: draft content never enters the cache.
    """
    if not enabled() or getattr(request, "is_preview", False):
        return build()
    current = generation() if request is None else once_per_request(request, GENERATION_KEY, generation)
    # Keys hold titles and addresses: hashed, they are short and safe for any cache backend.
    full_key = f"fragment:{current}:{hashlib.sha256(key.encode()).hexdigest()[:40]}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(full_key, value, _seconds_until(expires(value) if expires else None))
    return value


def _seconds_until(moment):
    if moment is None:
        return TIMEOUT
    return max(1, min(TIMEOUT, math.ceil((moment - timezone.now()).total_seconds())))
