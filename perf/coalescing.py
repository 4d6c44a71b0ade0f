"""Coalesced misses: one render per entry, however many readers ask at once.

After a purge, the first request for a page renders it while concurrent
requests for the same entry wait for that render and are served its result,
instead of all rendering the same page at once. A viral story that an editor
corrects is rendered once, not once per worker: across app servers when they
share Redis, across one machine's processes with the default file cache
(perf/file_cache.py). Waiting is bounded (PAGE_CACHE_COALESCE_WAIT seconds; 0
switches coalescing off); when the render fails or its response cannot be
cached (an error page, a form with a CSRF token), the waiters render for
themselves, and the entry is remembered as uncacheable for a minute so later
readers of it do not queue behind one another.
"""

import logging
import time
import uuid

from django.conf import settings

from .store import cache_store, lookup

logger = logging.getLogger(__name__)
# Coalesced misses: a render lock expires after gunicorn's default worker timeout,
# so a killed worker cannot hold it longer; after a render that could not be
# cached, readers of that entry render without waiting for UNCACHEABLE_TTL seconds.
RENDER_LOCK_TIMEOUT = 30


UNCACHEABLE = "uncacheable"


UNCACHEABLE_TTL = 60


def _coalescing():
    return getattr(settings, "PAGE_CACHE_COALESCE_WAIT", 5) > 0


def _lock_key(entry_key):
    return entry_key + ":render"


def take_render_lock(entry_key):
    """(this request renders, it holds the lock): (False, False) while another request renders."""
    if not _coalescing():
        return True, False
    lock_key = _lock_key(entry_key)
    cache = cache_store()
    if cache.add(lock_key, uuid.uuid4().hex, RENDER_LOCK_TIMEOUT):
        return True, True
    if cache.get(lock_key) == UNCACHEABLE:
        return True, False  # known uncacheable: nothing to wait for
    return False, False


def release_render_lock(entry_key, holds_lock, cacheable):
    """Drop this request's lock, or leave the uncacheable marker in its place.

    A request that rendered without the lock only leaves the marker when the
    entry has no lock (never over another request's render). A cache error
    here is logged, not raised: the response is already made.
    """
    lock_key = _lock_key(entry_key)
    try:
        if cacheable:
            if holds_lock:
                cache_store().delete(lock_key)
        elif holds_lock:
            cache_store().set(lock_key, UNCACHEABLE, UNCACHEABLE_TTL)
        elif _coalescing():
            cache_store().add(lock_key, UNCACHEABLE, UNCACHEABLE_TTL)
    except Exception:
        logger.exception("Could not release the page cache's render lock")


def wait_for_render(request, entry_key):
    """(the entry another request rendered or None, whether this request now holds the lock).

    Polls with growing pauses (10 ms to 100 ms), at most PAGE_CACHE_COALESCE_WAIT
    seconds. The renderer stores its entry before it drops the lock. When the
    lock is gone and no current entry came (a purge during that render, or a
    render that failed), this request takes the lock and renders, and the
    other waiters go on waiting for it instead of all rendering at once.
    """
    deadline = time.monotonic() + settings.PAGE_CACHE_COALESCE_WAIT
    pause = 0.01
    lock_key = _lock_key(entry_key)
    while time.monotonic() < deadline:
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
        cached, _entry, _keys, _generations, found = lookup(request, extra_keys=[lock_key])
        if cached is not None:
            return cached, False
        lock = found.get(lock_key)
        if lock == UNCACHEABLE:
            return None, False
        if lock is None:
            renders, holds_lock = take_render_lock(entry_key)
            if renders:
                return None, holds_lock
    return None, False
