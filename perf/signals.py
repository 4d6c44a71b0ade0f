"""What purges the page cache: Wagtail's and Django's signals, wired once the models are loaded.

Models declare what a change to them affects, so the page cache names none of them:
- `page_cache_scope = "site"`: shown on every page; a change purges the whole site.
- `page_cache_listed_by = ("app.PageModel", ...)`: listed in full by pages of those
  types; a change also purges them.
- `page_cache_purges_siblings = True` (page types): their pages list their siblings.
Pages (published, unpublished, moved, renamed, deleted, made private) and images
are always watched.
"""

from django.apps import apps
from django.db.models.signals import post_save, pre_delete
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .affected import (
    listing_urls,
    object_urls,
    old_address_urls,
    page_urls,
    site_urls,
    site_urls_for_old_parents,
)
from .purging import purge, purging_needed


def _watched_models():
    """Our models whose changes the pages declare they show (besides pages and images)."""

    return [
        model
        for model in apps.get_models()
        if getattr(model, "page_cache_scope", None) == "site" or getattr(model, "page_cache_listed_by", ())
    ]


def _label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def on_page_change(sender, instance, **kwargs):
    if not purging_needed():
        return
    purge(page_urls(instance))


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


def on_page_deleted(sender, instance, **kwargs):
    if not purging_needed():
        return
    purge(page_urls(instance))


def on_object_change(sender, instance, **kwargs):
    if kwargs.get("raw") or not purging_needed():
        return
    if kwargs.get("created") and isinstance(instance, BaseSiteSetting):
        return  # made with its defaults on a page's first view: nothing visible changed
    if getattr(instance, "page_cache_scope", None) == "site":
        purge(site_urls())
        return
    purge(object_urls(instance) | listing_urls(type(instance)))


def connect_signals():

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
    watched = [*_watched_models(), get_image_model()]
    for model in watched:
        post_save.connect(on_object_change, sender=model, dispatch_uid=f"perf-save-{_label(model)}")
        # Before the delete, while the ReferenceIndex still knows who used it.
        pre_delete.connect(on_object_change, sender=model, dispatch_uid=f"perf-delete-{_label(model)}")


def _connect_view_restrictions():

    for model in (PageViewRestriction, CollectionViewRestriction):
        name = model.__name__
        post_save.connect(on_view_restriction_change, sender=model, dispatch_uid=f"perf-save-{name}")
        # Before the delete, while its page is still there to work out the URLs.
        pre_delete.connect(on_view_restriction_change, sender=model, dispatch_uid=f"perf-del-{name}")
