"""The page cache's store: entry keys, purge generations, lookup and saving.

Entries are keyed by host (the site), language, path, the query parameters
pages read (PAGE_CACHE_QUERY_PARAMETERS: `?utm_source=...` shares the page's
entry instead of adding one) and whether the client takes gzip
(perf/compression.py).

Purging does not delete keys one by one: each path has a generation number
in the cache, and each entry records the generations of its path and of every
ancestor path's subtree when it was rendered. Bumping a generation makes every
entry that depends on it stale at once (query-string variants included); the
orphans are overwritten or expire on their own. A hit costs one round trip to
the cache: the entry and the generations it must match are fetched together.
"""

import hashlib
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language_from_path

from perf.compression import accepts_gzip

CACHE_ALIAS = "default"


# Entries and purge generations expire after a day at the latest, which bounds memory use.
TIMEOUT = 60 * 60 * 24


def cache_store():
    return caches[CACHE_ALIAS]


def path_key(kind, path):
    return f"pagecache:{kind}:{hashlib.sha256(path.encode()).hexdigest()}"


def _generation_keys(path):
    """The exact key of `path` and the subtree keys of it and each ancestor."""
    keys = [path_key("page", path)]
    parts = [part for part in path.split("/") if part]
    prefix = "/"
    keys.append(path_key("tree", prefix))
    for part in parts:
        prefix += part + "/"
        keys.append(path_key("tree", prefix))
    return keys


def _used_query(request):
    """The query parameters pages read, in a fixed order; any other leaves the page unchanged."""
    names = sorted(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ()))
    # Repeated values keep their order: a view reads the last one.
    return urlencode([(name, value) for name in names for value in request.GET.getlist(name)])


def _entry_key(request):
    host = request.get_host()
    language = get_language_from_path(request.path) or ""
    encoding = "gzip" if accepts_gzip(request) else "identity"  # compressed and plain copies apart
    identity = "|".join([host, language, encoding, request.path, _used_query(request)])
    return "pagecache:entry:" + hashlib.sha256(identity.encode()).hexdigest()


def lookup(request, extra_keys=()):
    """(cached response or None, entry key, generation keys, current generations, raw values).

    One round trip: the entry, the generations it must match and `extra_keys`
    together. An entry records the generations it was rendered under; it is
    served only while they are all still current, so a purge needs no key deletion.
    """
    generation_keys = _generation_keys(request.path)
    entry_key = _entry_key(request)
    # Extra keys (a render lock) first: a cache that reads keys one by one then
    # sees the lock before the entry, never a dropped lock but not yet its entry.
    found = cache_store().get_many([*extra_keys, entry_key, *generation_keys])
    generations = {key: found[key] for key in generation_keys if key in found}
    entry = found.get(entry_key)
    if entry is not None and len(generations) == len(generation_keys) and entry[0] == generations:
        return entry[1], entry_key, generation_keys, generations, found
    return None, entry_key, generation_keys, generations, found


def store(response, entry_key, generation_keys, generations, timeout=TIMEOUT):
    """Save the response for `timeout` seconds under the generations read before rendering
    (a purge meanwhile wins)."""
    missing = {key: uuid.uuid4().hex for key in generation_keys if key not in generations}
    cache = cache_store()
    if missing:
        # add(): another server may have just made the same generation; keep the first.
        for key, value in missing.items():
            if not cache.add(key, value, TIMEOUT):
                return  # someone else's generation: this render's entry would never match
        generations = {**generations, **missing}
    cache.set(entry_key, (generations, response), timeout)


def purge_paths(paths):
    """Invalidate cached pages; `paths` ending in `*` purge the whole subtree below them."""
    new = {}
    for path in paths:
        if path.endswith("*"):
            new[path_key("tree", path[:-1])] = uuid.uuid4().hex
        else:
            new[path_key("page", path)] = uuid.uuid4().hex
    if new:
        cache_store().set_many(new, TIMEOUT)
