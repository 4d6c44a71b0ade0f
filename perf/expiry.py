"""Pages whose content changes with time alone say when, so no cached copy outlives it.

An event's Register button and QR code go when its last session ends, and the
home page's upcoming events move on, without anything being published: no purge
comes. While rendering, such a page calls `expire_cached_page_at(request, moment)`;
the page cache then keeps the response (and lets a CDN keep it) until that moment at most.
"""

from django.utils import timezone


def expire_cached_page_at(request, moment):
    """The response to `request` must not be served from a cache after `moment` (aware datetime)."""
    if request is None or moment is None:
        return
    current = getattr(request, "page_cache_expires", None)
    if current is None or moment < current:
        request.page_cache_expires = moment


def seconds_left(request, longest):
    """How long the response to `request` may be cached: `longest`, or less if it expires sooner."""
    moment = getattr(request, "page_cache_expires", None)
    if moment is None:
        return longest
    return max(1, min(longest, int((moment - timezone.now()).total_seconds())))
