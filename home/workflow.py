"""Four-eyes moderation: nobody publishes a revision they wrote themselves.

On pages governed by a workflow (the news and campaign trees), publishing
happens only by approving a revision in moderation, and the approver may not
be the author of that revision, moderators and administrators included.
Wagtail's "Publish" button would otherwise save the clicker's own revision and
publish it at once, so on those pages it is removed and refused.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, PagePermissionTester, TaskState

from .translator_groups import TRANSLATOR_GROUPS


def is_last_editor(obj, user):
    """True when `user` wrote the latest revision of `obj`."""
    revision = getattr(obj, "latest_revision", None)
    return revision is not None and revision.user_id == user.pk


def is_moderated(page=None, parent_page=None):
    """True when a workflow governs `page`, or would govern a new child of `parent_page`."""
    if page is not None and page.pk:
        return page.has_workflow
    if getattr(page, "moderated_section", False):
        return True  # a new section, under approval from its creation (home/moderation.py)
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


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Approval by someone who did not write the revision: a member of the chosen
    groups, or for a page in a content language, another translator of that language."""

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) or reads_language_of(user, obj)

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) and not reads_language_of(user, obj)

    def get_actions(self, obj, user):
        if is_last_editor(obj, user):
            return []
        if reads_language_of(user, obj):
            return approval_actions()
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        languages = translated_languages(user)
        if languages:
            states = states | self._task_states_in_languages(languages)
        return states.exclude(revision__user=user)

    def _task_states_in_languages(self, languages):
        page_ids = (
            Page.objects.filter(locale__language_code__in=languages)
            .annotate(id_text=Cast("pk", CharField()))
            .values("id_text")
        )
        return self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=page_ids,
        )

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups, and translators of the page's language, approve or "
            "reject, but never a revision they wrote themselves."
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
