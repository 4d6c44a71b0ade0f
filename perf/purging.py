"""Sending purges: after the change commits, in batches, once after a bulk load.

Purges wait for the transaction that made the change to commit (a reader in
between would cache the old content again), and the purges of one request,
transaction or bulk load go to the frontend-cache backends (perf/backends.py
and any CDN) as one batch.
"""

import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from .affected import site_urls

# Sent when a purge is queued and again when it is sent: caches of page parts that must
# never be staler than the pages (core/fragments.py) start over on it.
content_changed = Signal()


def purging_needed():
    """False when nothing could hold a stale page or fragment (page and fragment caches off,
    no CDN) or in a bulk load."""
    if getattr(_bulk, "active", False):
        return False
    backends = getattr(settings, "WAGTAILFRONTENDCACHE", {})
    page_cache = getattr(settings, "PAGE_CACHE_ENABLED", True)
    fragments = getattr(settings, "FRAGMENT_CACHE_ENABLED", False)
    return page_cache or fragments or any(name != "local" for name in backends)


_bulk = threading.local()


@contextmanager
def one_purge_afterwards():
    """For bulk loads: skip the purge of each change inside the block, purge every site once after.

    Working out what one publish affects costs a few queries per translation;
    a demo load publishes hundreds of pages, and a whole-site purge at the end
    leaves nothing stale all the same.
    """
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = False
        if purging_needed():
            purge(site_urls())


_pending = threading.local()


def _pending_state():
    if not hasattr(_pending, "urls"):
        _pending.urls, _pending.depth = set(), 0
    return _pending


def purge(urls):
    """Purge `urls` once the current transaction commits, with the other purges of its batch.

    Outside a transaction and a batch, at once. The first purge to run after a
    commit sends every URL waiting in this thread, so a transaction's purges
    reach the backends as one batch (after a rollback, its URLs are purged with
    the next batch: too much, never too little).
    """
    state = _pending_state()
    state.urls.update(urls)
    # Even when no cached page shows the change, fragments might: this transaction's own
    # renders see the change at once.
    content_changed.send(sender=None)
    if not state.depth:
        transaction.on_commit(_flush)


@contextmanager
def purges_batched():
    """Every purge inside the block goes to the backends as one, after the block and its commit."""
    state = _pending_state()
    state.depth += 1
    try:
        yield
    finally:
        state.depth -= 1
        if not state.depth and state.urls:
            transaction.on_commit(_flush)


def _flush():

    state = _pending_state()
    if state.depth:
        return  # the enclosing batch sends them when it ends
    urls, state.urls = state.urls, set()
    content_changed.send(sender=None)  # and a reader who rendered before the commit left nothing stale
    if urls:
        purge_urls_from_cache(sorted(urls))
