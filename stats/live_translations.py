"""A sync never takes a live translation of a figure offline or makes unreviewed words live.

wagtail-localize writes a snippet translation it updates without publishing
("Sync translated snippets" without "Publish immediately", or translating a
page that shows the figure) with `live = False` and its synced content into
the database row, which for a snippet with a draft state is the live version.
Readers in that language would lose the figure, and words a translator saved
but nobody approved would be in the row.

Here such a write keeps the row as it was (live, with its reviewed content)
and leaves the synced content to the draft revision wagtail-localize saves
next, for the workflow to approve. Wagtail's own unpublish (the admin's
"Unpublish", scheduled expiry) also saves the whole row with `live = False`,
but it clears `live_revision`, which a sync never does (it writes into the row
it read, and every live figure has a live revision: migration stats/0003), so
an unpublish goes through.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save

_STASH = "_synced_values_kept_for_the_draft"


def _field_names(instance):
    return [field.attname for field in instance._meta.concrete_fields if not field.primary_key]


def keep_live_row(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or update_fields is not None or instance.pk is None or instance.live:
        return
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    if instance.live_revision_id is None:
        return  # Wagtail's UnpublishAction: a person took the translation offline on purpose
    live_row = sender.objects.filter(pk=instance.pk, live=True).first()
    if live_row is None:
        return  # a draft translation: nothing live to keep
    names = _field_names(instance)
    setattr(instance, _STASH, {name: getattr(instance, name) for name in names})
    for name in names:
        setattr(instance, name, getattr(live_row, name))
    instance.has_unpublished_changes = True


def restore_synced_values(sender, instance, raw=False, **kwargs):
    """Give the in-memory object its synced values back, for the draft revision saved next."""
    stashed = instance.__dict__.pop(_STASH, None)
    if stashed is None:
        return
    live = instance.live
    for name, value in stashed.items():
        setattr(instance, name, value)
    instance.live = live


def connect(models):
    for model in models:
        uid = f"stats-keep-live-{model._meta.label_lower}"
        pre_save.connect(keep_live_row, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(restore_synced_values, sender=model, dispatch_uid=f"{uid}-post")
