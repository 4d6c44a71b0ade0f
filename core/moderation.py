"""Which pages the "Editorial approval" workflow governs: each language's news and campaign trees.

Page types that hold a section under approval say so (`moderated_section =
True`: the news index and the campaign page). Each new page of those types,
in any language, is put under the workflow when it is created, and so is each
translation wagtail-localize creates of a page under it (a signal), so a new
campaign or a translated press release is approved like an English story.
`moderate_tree` does the same for a section by hand.
"""

from django.apps import apps
from django.db.models.signals import post_save
from wagtail.models import Page, Workflow, WorkflowPage

from .workflow import WORKFLOW_NAME


def moderate_tree(page):
    """Put `page`, its translations and everything below them under the "Editorial approval" workflow."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return  # before the roles' data migration
    for each in Page.objects.filter(translation_key=page.translation_key):
        WorkflowPage.objects.get_or_create(page=each, defaults={"workflow": workflow})


def moderate_new_page(sender, instance, created, raw=False, **kwargs):
    """A new section under approval, or a new translation of a page under it, is moderated at once."""
    if not created or raw:
        return
    if getattr(sender, "moderated_section", False):
        moderate_tree(instance)
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
    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(
                moderate_new_page, sender=model, dispatch_uid=f"moderate-new-page-{model.__name__}"
            )
