"""A private page's translations are private too.

A view restriction (login, groups or password) sits on one page of one
locale's tree; Wagtail applies it to that page and its descendants only. Its
translations (pages sharing its translation key, in the other locales' trees)
and their descendants would stay public: served, listed (`.public()`), in the
sitemap and in search. wagtail-localize copies a page's restrictions only when
it creates or updates a translation; these signals keep them in step at any
time. The source page (the default language's; else the first made) rules:
when its restrictions change (made private, changed, made public again), every
translation gets the same. A translation's own change stands only while the
source is public: a translator cannot lift or weaken the source's restriction
on their copy, and never changes who may see the source or other languages.
"""

import threading

from django.db import transaction
from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction

_syncing = threading.local()


def restrictions_along(page):
    """The restrictions that apply to `page`, as Wagtail's `get_view_restrictions` finds them (its
    own and its ancestors'; for an alias on the way, its source page's), in one query: Wagtail
    reads the ancestors first to resolve aliases, and every page served pays for that query."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    # Each page on the way counts as itself, an alias as its source page.
    sources = Page.objects.filter(path__in=paths).values(source=Coalesce("alias_of_id", "id"))
    return PageViewRestriction.objects.filter(page_id__in=sources)


def _signature(restriction):
    groups = frozenset(restriction.groups.values_list("pk", flat=True))
    return restriction.restriction_type, restriction.password, groups


def copy_restrictions(source, target):
    """Give `target` the restrictions set on `source` itself (not those inherited from its ancestors)."""
    wanted = {_signature(restriction) for restriction in source.view_restrictions.all()}
    for restriction in target.view_restrictions.all():
        signature = _signature(restriction)
        if signature in wanted:
            wanted.discard(signature)
        else:
            restriction.delete()
    for restriction_type, password, groups in wanted:
        restriction = PageViewRestriction.objects.create(
            page=target, restriction_type=restriction_type, password=password
        )
        restriction.groups.set(groups)


def source_page(page):
    """The page `page` translates: the default language's, else the first made."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    return translations.filter(locale=Locale.get_default()).first() or translations.order_by("pk").first()


def _copies_from_source(page):
    """(source, the pages that must get its restrictions) after `page`'s restrictions changed."""
    source = source_page(page)
    if source.pk == page.pk:
        return source, Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    if source.view_restrictions.exists():
        return source, [page]  # a translation stays at least as private as its source
    return source, []


@transaction.atomic
def sync_translations(page):
    """Bring `page`'s translations, or `page` itself, in line with the source's restrictions.

    The copies this saves start no sync of their own.
    """
    if getattr(_syncing, "active", False):
        return
    _syncing.active = True
    try:
        source, targets = _copies_from_source(page)
        for target in targets:
            copy_restrictions(source, target)
    finally:
        _syncing.active = False


def on_restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_translations(instance.page)


def on_restriction_deleted(sender, instance, origin=None, **kwargs):
    """A restriction removed on its own; not one deleted with its page (the translations stay private)."""
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if issubclass(model, PageViewRestriction) and Page.objects.filter(pk=instance.page_id).exists():
        sync_translations(instance.page)


def on_restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    if not reverse and action in ("post_add", "post_remove", "post_clear"):
        sync_translations(instance.page)


def connect_signals():
    uid = "home-view-restrictions"
    post_save.connect(on_restriction_saved, sender=PageViewRestriction, dispatch_uid=f"{uid}-save")
    post_delete.connect(on_restriction_deleted, sender=PageViewRestriction, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(
        on_restriction_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid=f"{uid}-groups"
    )
