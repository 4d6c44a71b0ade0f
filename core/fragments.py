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

import functools
import hashlib
import math
import pickle
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .local_copies import LocalCopies
from .request_cache import once_per_request

GENERATION_KEY = "fragments:generation"
# This process's copies (core/local_copies.py): keys name their generation, so a copy is never stale.
_copies = LocalCopies(max_bytes=getattr(settings, "FRAGMENT_LOCAL_BYTES", 32 * 1024 * 1024))


def _timeout():
    """How long an entry may live: no longer than the page cache keeps pages for shared caches,
    so what no purge reports (a change to a site's address) is as fresh as the pages."""
    return getattr(settings, "PAGE_CACHE_S_MAXAGE", 3600)


@functools.cache
def release():
    """The code this process runs, so a new release never reads the entries of an older one
    (templates, messages or the shape of cached data may have changed): RELEASE when the
    deployment sets it, else a digest of the project's code, templates and messages."""
    if getattr(settings, "RELEASE", ""):
        return settings.RELEASE
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    for folder in ("config", "core", "home", "news", "campaigns", "stats", "perf", "templates", "locale"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in {".py", ".html", ".txt", ".mo"}:
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", False)


def generation():
    """The current content generation (made on first use)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY)
    return current


def remember_generation(request):
    """Read the generation for `request` now, before it loads any content (RequestGenerationMiddleware):
    a render that loaded a page before a publish then stores it under the old, dead generation,
    never under the new one."""
    if enabled():
        once_per_request(request, GENERATION_KEY, generation)


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
    if not _in_use(request):
        return build()
    full_key = _full_key(key, request)
    kept = _read([full_key])
    if full_key in kept:
        return kept[full_key]
    value = build()
    _store({full_key: value}, _seconds_until(expires(value) if expires else None))
    return value


def fragments(keys, build_missing, request=None):
    """{key: value} for each of `keys` in the current generation, read in one round trip;
    `build_missing(keys)` gives {key: value} for those not kept yet (a listing's cards)."""
    if not _in_use(request):
        return build_missing(list(keys))
    full_keys = {key: _full_key(key, request) for key in keys}
    kept = _read(full_keys.values())
    values = {key: kept[full] for key, full in full_keys.items() if full in kept}
    missing = [key for key in keys if key not in values]
    if missing:
        built = build_missing(missing)  # may lack a key whose item has just gone: nothing kept for it
        _store({full_keys[key]: value for key, value in built.items()}, _timeout())
        values.update(built)
    return values


def _read(full_keys):
    """{full key: value} of those kept: this process's copies first, then the shared cache."""
    now, found, remote = time.time(), {}, []
    for full_key in full_keys:
        data = _copies.get(full_key, now)
        if data is None:
            remote.append(full_key)
        else:
            found[full_key] = pickle.loads(data)  # noqa: S301  (our own cache's bytes)
    for full_key, (deadline, data) in (cache.get_many(remote) if remote else {}).items():
        if deadline > now:
            _copies.put(full_key, deadline, data)
            found[full_key] = pickle.loads(data)  # noqa: S301  (our own cache's bytes)
    return found


def _store(values, seconds):
    """Keep each of `values` {full key: value} for `seconds`, in the shared cache and here."""
    deadline = time.time() + seconds
    entries = {key: (deadline, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) for key, value in values.items()}
    cache.set_many(entries, seconds)
    for key, (_deadline, data) in entries.items():
        _copies.put(key, deadline, data)


def _in_use(request):
    """False when fragments are off, and for a preview: draft content never enters the cache."""
    return enabled() and not getattr(request, "is_preview", False)


def _full_key(key, request):
    current = generation() if request is None else once_per_request(request, GENERATION_KEY, generation)
    # Keys hold titles and addresses: hashed, they are short and safe for any cache backend.
    return f"fragment:{release()}:{current}:{hashlib.sha256(key.encode()).hexdigest()[:40]}"


def _seconds_until(moment):
    if moment is None:
        return _timeout()
    return max(1, min(_timeout(), math.ceil((moment - timezone.now()).total_seconds())))


class RequestGenerationMiddleware:
    """Reads the content generation as a request starts, before its view loads any content.

    Placed after the page cache (perf/middleware.py), so pages served from it pay nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        remember_generation(request)
        return self.get_response(request)
