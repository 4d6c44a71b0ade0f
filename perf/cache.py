"""A page cache that is never stale: anonymous GET responses in Django's cache, purged on change.

What is cached: 200 responses to anonymous GET/HEAD requests for the public
site (not the admin, documents, health check or previews), when the request
carries no session or CSRF cookie and the response sets no cookie, used no
CSRF token and did not forbid caching (`Cache-Control: private/no-store/no-cache`).
Entries are keyed by host (the site), language, path, the query parameters
pages read (PAGE_CACHE_QUERY_PARAMETERS: `?utm_source=...` shares the page's
entry instead of adding one) and whether the client takes gzip
(perf/compression.py).

How it is purged: every purge goes through Wagtail's frontend cache
(`wagtail.contrib.frontend_cache`, used as a library: the app is not
installed, as its own signals would purge each publish a second time), whose
backends are listed in the WAGTAILFRONTENDCACHE setting. `LocalCacheBackend` (always configured) purges
this cache; a CDN backend (CloudFront, Cloudflare, ...) added beside it gets
the very same URLs. A URL ending in `*` purges everything below a path
(CloudFront understands the same wildcard). Purges wait for the transaction
that made the change to commit (a reader in between would cache the old
content again), and the purges of one request, transaction or bulk load go
to the backends as one batch.

Purging does not delete keys one by one: each path has a generation number
in the cache, and each entry records the generations of its path and of every
ancestor path's subtree when it was rendered. Bumping a generation makes every
entry that depends on it stale at once (query-string variants included); the
orphans are overwritten or expire on their own. A hit costs one round trip to
the cache: the entry and the generations it must match are fetched together.

Misses are coalesced: after a purge, the first request for a page renders it
while concurrent requests for the same entry wait for that render and are
served its result, instead of all rendering the same page at once. A viral
story that an editor corrects is rendered once, not once per worker: across
app servers when they share Redis, across one machine's processes with the
default file cache (perf/file_cache.py).
Waiting is bounded (PAGE_CACHE_COALESCE_WAIT seconds; 0 switches coalescing
off); when the render fails or its response cannot be cached (an error page,
a form with a CSRF token), the waiters render for themselves, and the entry is
remembered as uncacheable for a minute so later readers of it do not queue
behind one another.

Which pages a change affects (see `page_urls` and `object_urls`): a page's
own URL and the subtree below it (routable sub-pages, feeds), the same for its
translations, every ancestor (listings), for stories and recipes their section
(the parent's subtree: siblings list related stories and recipes), pages that link to it or use it
(Wagtail's ReferenceIndex), and the search page of its language. A snippet or
image purges the pages that use it or any of its translations (ReferenceIndex
again) as if they were published; site-wide snippets and settings (menu,
organisation profile, site settings) purge the whole site. A page's view
restriction (made private, changed or made public again) purges it like a
publish; a collection's restriction purges the whole site.
"""

import copy
import hashlib
import logging
import threading
import time
import uuid
from contextlib import contextmanager
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.contrib.settings.models import BaseSiteSetting

from perf.compression import accepts_gzip

logger = logging.getLogger(__name__)
CACHE_ALIAS = "default"
# Entries and purge generations expire after a day at the latest, which bounds memory use.
TIMEOUT = 60 * 60 * 24
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/", "/django-admin/")
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache", "max-age=0")
# Coalesced misses: a render lock expires after gunicorn's default worker timeout,
# so a killed worker cannot hold it longer; after a render that could not be
# cached, readers of that entry render without waiting for UNCACHEABLE_TTL seconds.
RENDER_LOCK_TIMEOUT = 30
UNCACHEABLE = "uncacheable"
UNCACHEABLE_TTL = 60


def _cache():
    return caches[CACHE_ALIAS]


def _path_key(kind, path):
    return f"pagecache:{kind}:{hashlib.sha256(path.encode()).hexdigest()}"


def _generation_keys(path):
    """The exact key of `path` and the subtree keys of it and each ancestor."""
    keys = [_path_key("page", path)]
    parts = [part for part in path.split("/") if part]
    prefix = "/"
    keys.append(_path_key("tree", prefix))
    for part in parts:
        prefix += part + "/"
        keys.append(_path_key("tree", prefix))
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


def _lookup(request, extra_keys=()):
    """(cached response or None, entry key, generation keys, current generations, raw values).

    One round trip: the entry, the generations it must match and `extra_keys`
    together. An entry records the generations it was rendered under; it is
    served only while they are all still current, so a purge needs no key deletion.
    """
    generation_keys = _generation_keys(request.path)
    entry_key = _entry_key(request)
    # Extra keys (a render lock) first: a cache that reads keys one by one then
    # sees the lock before the entry, never a dropped lock but not yet its entry.
    found = _cache().get_many([*extra_keys, entry_key, *generation_keys])
    generations = {key: found[key] for key in generation_keys if key in found}
    entry = found.get(entry_key)
    if entry is not None and len(generations) == len(generation_keys) and entry[0] == generations:
        return entry[1], entry_key, generation_keys, generations, found
    return None, entry_key, generation_keys, generations, found


def _store(response, entry_key, generation_keys, generations):
    """Save the response under the generations read before rendering (a purge meanwhile wins)."""
    missing = {key: uuid.uuid4().hex for key in generation_keys if key not in generations}
    cache = _cache()
    if missing:
        # add(): another server may have just made the same generation; keep the first.
        for key, value in missing.items():
            if not cache.add(key, value, TIMEOUT):
                return  # someone else's generation: this render's entry would never match
        generations = {**generations, **missing}
    cache.set(entry_key, (generations, response), TIMEOUT)


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
        return False  # logged in, or has a form's token: theirs alone
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # sets a cookie, or carries a CSRF token
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    if getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "").replace(" ", "").lower()
    return not any(directive in cache_control.split(",") for directive in UNCACHEABLE_DIRECTIVES)


def _coalescing():
    return getattr(settings, "PAGE_CACHE_COALESCE_WAIT", 5) > 0


def _lock_key(entry_key):
    return entry_key + ":render"


def _take_render_lock(entry_key):
    """(this request renders, it holds the lock): (False, False) while another request renders."""
    if not _coalescing():
        return True, False
    lock_key = _lock_key(entry_key)
    cache = _cache()
    if cache.add(lock_key, uuid.uuid4().hex, RENDER_LOCK_TIMEOUT):
        return True, True
    if cache.get(lock_key) == UNCACHEABLE:
        return True, False  # known uncacheable: nothing to wait for
    return False, False


def _release_render_lock(entry_key, holds_lock, cacheable):
    """Drop this request's lock, or leave the uncacheable marker in its place.

    A request that rendered without the lock only leaves the marker when the
    entry has no lock (never over another request's render). A cache error
    here is logged, not raised: the response is already made.
    """
    lock_key = _lock_key(entry_key)
    try:
        if cacheable:
            if holds_lock:
                _cache().delete(lock_key)
        elif holds_lock:
            _cache().set(lock_key, UNCACHEABLE, UNCACHEABLE_TTL)
        elif _coalescing():
            _cache().add(lock_key, UNCACHEABLE, UNCACHEABLE_TTL)
    except Exception:
        logger.exception("Could not release the page cache's render lock")


def _wait_for_render(request, entry_key):
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
        cached, _entry, _keys, _generations, found = _lookup(request, extra_keys=[lock_key])
        if cached is not None:
            return cached, False
        lock = found.get(lock_key)
        if lock == UNCACHEABLE:
            return None, False
        if lock is None:
            renders, holds_lock = _take_render_lock(entry_key)
            if renders:
                return None, holds_lock
    return None, False


def _hit(response):
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Serve and store anonymous responses, and purge once for all the request's changes.

    Place it just after WhiteNoise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with purges_batched():  # a bulk action over many pages: one purge after it
            return self._respond(request)

    def _respond(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not request_is_cacheable(request):
            return self.get_response(request)
        cached, entry_key, generation_keys, generations, _found = _lookup(request)
        if cached is not None:
            return _hit(cached)
        renders, holds_lock = _take_render_lock(entry_key)
        if not renders:
            cached, holds_lock = _wait_for_render(request, entry_key)
            if cached is not None:
                return _hit(cached)
            # Nothing came in time: render, under the generations as they are now.
            _cached, entry_key, generation_keys, generations, _found = _lookup(request)
        cacheable = False
        try:
            response = self.get_response(request)
            cacheable = response_is_cacheable(request, response)
            if cacheable:
                # Browsers re-check after a minute; a CDN keeps it longer, purged on change.
                patch_cache_control(
                    response,
                    public=True,
                    max_age=getattr(settings, "PAGE_CACHE_MAX_AGE", 60),
                    s_maxage=getattr(settings, "PAGE_CACHE_S_MAXAGE", 3600),
                )
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                _store(response, entry_key, generation_keys, generations)
                response["X-Page-Cache"] = "miss"
        finally:
            _release_render_lock(entry_key, holds_lock, cacheable)
        return response


def purge_paths(paths):
    """Invalidate cached pages; `paths` ending in `*` purge the whole subtree below them."""
    new = {}
    for path in paths:
        if path.endswith("*"):
            new[_path_key("tree", path[:-1])] = uuid.uuid4().hex
        else:
            new[_path_key("page", path)] = uuid.uuid4().hex
    if new:
        _cache().set_many(new, TIMEOUT)


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


# ---- What a change affects -------------------------------------------------------------


def _site_root_url(page):
    url_parts = page.get_url_parts()
    if url_parts is None:
        return None, None
    _site_id, root_url, page_path = url_parts
    return root_url, page_path


def page_urls(page, seen=None):
    """Full URLs (some ending in `*`) to purge when `page` changes."""
    from wagtail.models import Page

    seen = set() if seen is None else seen
    urls = set()
    pages = list(Page.objects.filter(translation_key=page.translation_key)) or [page]
    if page.pk not in {p.pk for p in pages}:
        pages.append(page)
    for each in pages:
        root_url, path = _site_root_url(each)
        if root_url is None:
            continue
        urls.update({root_url + path, root_url + path + "*"})
        parent = each.get_parent()
        if _label(type(page.specific_deferred)) in SIBLINGS_SHOW_EACH_OTHER and parent.depth > 1:
            # Siblings list related stories or recipes, and the parent's feeds live below it.
            parent_root, parent_path = _site_root_url(parent)
            if parent_root is not None:
                urls.add(parent_root + parent_path + "*")
        for ancestor in each.get_ancestors().filter(depth__gt=1):
            ancestor_root, ancestor_path = _site_root_url(ancestor)
            if ancestor_root is not None:
                urls.add(ancestor_root + ancestor_path)
        language = each.locale.language_code
        urls.add(f"{root_url}/{language}/search/")
        seen.add(("page", each.pk))
        urls.update(_referencing_urls(each, seen))
    return urls


def _referencing_urls(obj, seen):
    """URLs of pages that use `obj` (through Wagtail's ReferenceIndex), following snippets once more."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    urls = set()
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(obj).values_list("base_content_type_id", "object_id")
    page_ids, others = set(), []
    for base_type_id, object_id in references:
        if base_type_id == page_type.pk:
            page_ids.add(int(object_id))
        else:
            others.append((base_type_id, object_id))
    for referencing in Page.objects.filter(pk__in=page_ids).live():
        if ("page", referencing.pk) not in seen:
            seen.add(("page", referencing.pk))
            root_url, path = _site_root_url(referencing)
            if root_url is not None:
                urls.update({root_url + path, root_url + path + "*"})
                parent = referencing.get_parent()
                if parent.depth > 1:
                    parent_root, parent_path = _site_root_url(parent)
                    urls.add(parent_root + parent_path)  # its card on the listing
    for base_type_id, object_id in others:
        if (base_type_id, object_id) in seen:
            continue
        seen.add((base_type_id, object_id))
        model = ContentType.objects.get_for_id(base_type_id).model_class()
        source = model and model._default_manager.filter(pk=object_id).first()
        if source is not None:
            urls.update(_referencing_urls(source, seen))
    return urls


def site_urls():
    """Every site's root subtree: for things every page shows."""
    from wagtail.models import Site

    return {site.root_url + "/*" for site in Site.objects.all()}


def object_urls(obj):
    """Full URLs to purge when a snippet or image changes."""
    seen = {(None, None)}
    urls = set()
    objects = [obj]
    translation_key = getattr(obj, "translation_key", None)
    if translation_key is not None:
        objects += list(type(obj)._default_manager.filter(translation_key=translation_key).exclude(pk=obj.pk))
    for each in objects:
        urls.update(_referencing_urls(each, seen))
    return urls


def purging_needed():
    """False when nothing could hold a stale page (page cache off, no CDN) or in a bulk load."""
    if getattr(_bulk, "active", False):
        return False
    backends = getattr(settings, "WAGTAILFRONTENDCACHE", {})
    return getattr(settings, "PAGE_CACHE_ENABLED", True) or any(name != "local" for name in backends)


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
    if not urls:
        return
    state = _pending_state()
    state.urls.update(urls)
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
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    state = _pending_state()
    if state.depth:
        return  # the enclosing batch sends them when it ends
    urls, state.urls = state.urls, set()
    if urls:
        purge_urls_from_cache(sorted(urls))


# ---- Signals ----------------------------------------------------------------------------

# Page types whose pages show their siblings (related stories, recipes from the same country).
SIBLINGS_SHOW_EACH_OTHER = ("news.NewsStoryPage", "campaigns.RecipePage")
# Snippets on every page: a change purges the whole site.
SITE_WIDE = ("home.MainMenu", "home.OrganisationProfile", "home.SiteContactSettings")
# Snippets listed in full by a page type: a change also purges pages of that type.
LISTED_BY = {
    "news.Topic": ("news.NewsIndexPage",),
    "news.MediaContact": ("news.NewsIndexPage",),
    "stats.Statistic": ("stats.DataPage",),
    "stats.Dataset": ("stats.DataPage",),
}


def _label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def _listing_urls(label):
    from django.apps import apps

    urls = set()
    for page_label in LISTED_BY.get(label, ()):
        for page in apps.get_model(page_label).objects.live():
            urls.update(page_urls(page))
    return urls


def on_page_change(sender, instance, **kwargs):
    if not purging_needed():
        return
    purge(page_urls(instance))


def old_address_urls(page, url_path_before):
    """The page's former address (with its language prefix) and the subtree below it."""
    if not url_path_before:
        return set()
    before = copy.copy(page)
    before.url_path = url_path_before
    root_url, path = _site_root_url(before)
    return set() if root_url is None else {root_url + path, root_url + path + "*"}


def on_page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    if not purging_needed():
        return
    # The old address must go too, and the old parent's listing: its subtree was
    # purged through the page's ancestors only if unchanged.
    urls = page_urls(instance) | old_address_urls(instance, url_path_before)
    purge(urls | site_urls_for_old_parents(url_path_before))


def on_slug_changed(sender, instance, instance_before, **kwargs):
    """A new slug: the old address now redirects (wagtail.contrib.redirects), so its copy must go."""
    if purging_needed():
        purge(old_address_urls(instance, instance_before.url_path))


def on_view_restriction_change(sender, instance, **kwargs):
    """A page made private, changed or public again: purged like a publish (translations, subtree)."""
    if kwargs.get("raw") or not purging_needed():
        return
    page = getattr(instance, "page", None)
    # A collection's restriction guards documents, which pages link to: the whole site.
    purge(page_urls(page) if page is not None else site_urls())


def site_urls_for_old_parents(url_path_before):
    from wagtail.models import Page

    if not url_path_before:
        return set()
    parent_path = url_path_before.rstrip("/").rsplit("/", 1)[0] + "/"
    urls = set()
    for parent in Page.objects.filter(url_path=parent_path):
        root_url, path = _site_root_url(parent)
        if root_url is not None:
            urls.update({root_url + path, root_url + path + "*"})
    return urls


def on_page_deleted(sender, instance, **kwargs):
    if not purging_needed():
        return
    purge(page_urls(instance))


def on_object_change(sender, instance, **kwargs):
    if kwargs.get("raw") or not purging_needed():
        return
    label = _label(type(instance))
    if kwargs.get("created") and isinstance(instance, BaseSiteSetting):
        return  # made with its defaults on a page's first view: nothing visible changed
    if label in SITE_WIDE:
        purge(site_urls())
        return
    purge(object_urls(instance) | _listing_urls(label))


def connect_signals():
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.connect(on_page_change, sender=model, dispatch_uid=f"perf-pub-{model.__name__}")
            page_unpublished.connect(
                on_page_change, sender=model, dispatch_uid=f"perf-unpub-{model.__name__}"
            )
            pre_delete.connect(on_page_deleted, sender=model, dispatch_uid=f"perf-del-{model.__name__}")
    post_page_move.connect(on_page_moved, dispatch_uid="perf-move")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="perf-slug")
    _connect_view_restrictions()
    labels = [*SITE_WIDE, *LISTED_BY]
    watched = [apps.get_model(label) for label in labels if _model_exists(label)]
    watched.append(get_image_model())
    for model in watched:
        post_save.connect(on_object_change, sender=model, dispatch_uid=f"perf-save-{_label(model)}")
        # Before the delete, while the ReferenceIndex still knows who used it.
        pre_delete.connect(on_object_change, sender=model, dispatch_uid=f"perf-delete-{_label(model)}")


def _connect_view_restrictions():
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    for model in (PageViewRestriction, CollectionViewRestriction):
        name = model.__name__
        post_save.connect(on_view_restriction_change, sender=model, dispatch_uid=f"perf-save-{name}")
        # Before the delete, while its page is still there to work out the URLs.
        pre_delete.connect(on_view_restriction_change, sender=model, dispatch_uid=f"perf-del-{name}")


def _model_exists(label):
    from django.apps import apps

    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True
