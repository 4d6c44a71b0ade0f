"""A private page's translations are private too.

A view restriction (login, groups or password) sits on one page of one
locale's tree; Wagtail applies it to that page and its descendants only. Its
translations (pages sharing its translation key, in the other locales' trees)
and their descendants would stay public: served, listed (`.public()`), in the
sitemap and in search. wagtail-localize copies a page's restrictions only when
it creates or updates a translation; these signals keep the restrictions of
every translation equal to those of the page whose restrictions changed (made
private, changed, made public again) at any time.
"""

import threading

from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

_syncing = threading.local()


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


@transaction.atomic
def sync_translations(page):
    """Give every translation of `page` its restrictions; the copies saved start no sync of their own."""
    if getattr(_syncing, "active", False):
        return
    _syncing.active = True
    try:
        for translation in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
            copy_restrictions(page, translation)
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
