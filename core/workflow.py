"""Four-eyes moderation: nobody publishes a revision they wrote themselves.

On pages governed by a workflow (the news and campaign trees), publishing
happens only by approving a revision in moderation, and the approver may not
be the author of that revision, moderators and administrators included.
Wagtail's "Publish" button would otherwise save the clicker's own revision and
publish it at once, so on those pages it is removed and refused.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import PagePermissionTester, WorkflowState

from .translator_groups import TRANSLATOR_GROUPS

WORKFLOW_NAME = "Editorial approval"


def is_last_editor(obj, user):
    """True when `user` wrote the latest revision of `obj`."""
    revision = getattr(obj, "latest_revision", None)
    return revision is not None and revision.user_id == user.pk


def is_moderated(page=None, parent_page=None):
    """True when a workflow governs `page`, or would govern a new child of `parent_page`."""
    if page is not None and page.pk:
        return page.has_workflow
    if getattr(page, "moderated_section", False):
        return True  # a new section, under approval from its creation (core/moderation.py)
    return parent_page is not None and parent_page.get_workflow() is not None


def translated_languages(user):
    """The language codes `user` translates (one translator group per language)."""
    names = set(user.groups.values_list("name", flat=True))
    return [code for code, name in TRANSLATOR_GROUPS.items() if name in names]


def reads_language_of(user, obj):
    """True when `user` is a translator of the language `obj` is in."""
    locale = getattr(obj, "locale", None)
    return locale is not None and locale.language_code in translated_languages(user)


def approval_actions():
    """The actions Wagtail's group approval task offers a member of its groups."""
    return [
        ("reject", _("Request changes"), True),
        ("approve", _("Approve"), False),
        ("approve", _("Approve with comment"), True),
    ]


class FourEyesPagePermissionTester(PagePermissionTester):
    """On moderated pages nobody may publish a revision they wrote.

    The "Publish" button itself is removed and refused there (wagtail_hooks),
    so what remains is approving someone else's revision.
    """

    def can_publish(self):
        if not super().can_publish():
            return False
        return not (self.page.has_workflow and is_last_editor(self.page, self.user))


class FourEyesPageMixin(models.Model):
    """Gives a page type the four-eyes publishing rule."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return FourEyesPagePermissionTester(user, self)


def submit_to_workflow(obj, user):
    """Submit the latest revision of `obj` (a page or a figure) to its workflow,
    replacing a submission still under review."""
    state = obj.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None:
        state.cancel(user=user)
    obj.get_workflow().start(obj, user)
