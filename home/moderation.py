"""Which pages the "Editorial approval" workflow governs: each language's news and campaign trees.

A section is put under the workflow once (`moderate_tree`, for the English
section when the site is set up); its translations in every language follow:
those that exist at once, and each one wagtail-localize creates later (a
signal), so a translated press release is approved like an English one.
"""

from django.db.models.signals import post_save
from wagtail.models import Page, Workflow, WorkflowPage

from .roles import WORKFLOW_NAME


def moderate_tree(page):
    """Put `page`, its translations and everything below them under the "Editorial approval" workflow."""
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    for each in Page.objects.filter(translation_key=page.translation_key):
        WorkflowPage.objects.get_or_create(page=each, defaults={"workflow": workflow})


def moderate_like_its_source(sender, instance, created, raw=False, **kwargs):
    """A new translation of a moderated section is moderated by the same workflow."""
    if not created or raw:
        return
    governed = (
        WorkflowPage.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page_id=instance.pk)
        .first()
    )
    if governed is not None:
        WorkflowPage.objects.get_or_create(
            page_id=instance.pk, defaults={"workflow_id": governed.workflow_id}
        )


def connect_signals():
    from django.apps import apps  # the app registry: connected once every model is loaded

    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(
                moderate_like_its_source, sender=model, dispatch_uid=f"moderate-translation-{model.__name__}"
            )
