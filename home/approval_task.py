"""The "Editorial approval" workflow's task: four-eyes approval (the rule itself is in core/workflow.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState

from core.workflow import approval_actions, is_last_editor, reads_language_of, translated_languages


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
