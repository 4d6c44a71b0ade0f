"""Four-eyes moderation: nobody publishes a revision they wrote themselves.

On pages governed by a workflow (the news and campaign trees), publishing
happens only by approving a revision in moderation, and the approver may not
be the author of that revision, moderators and administrators included.
Wagtail's "Publish" button would otherwise save the clicker's own revision and
publish it at once, so on those pages it is removed and refused.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester


def is_last_editor(obj, user):
    """True when `user` wrote the latest revision of `obj`."""
    revision = getattr(obj, "latest_revision", None)
    return revision is not None and revision.user_id == user.pk


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups who did not write the revision."""

    def get_actions(self, obj, user):
        if is_last_editor(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(revision__user=user)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or reject, but never a revision they wrote themselves."
        )

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")


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
