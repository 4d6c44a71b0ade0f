"""Moderators first: the review queue at the top of the dashboard, and a confirmation
after approving or rejecting.

Wagtail's workflow action view (a page's or a snippet's, from the dashboard
or the history) answers with a redirect or, from the dashboard's dialog,
with JSON, and tells the moderator nothing; the confirmation is added after
the view has acted, so it shows on the page the moderator lands on next.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState

# Before every other dashboard panel (home/dashboard.py's start at 105).
REVIEW_QUEUE_ORDER = 100

CONFIRMATIONS = {
    TaskState.STATUS_APPROVED: _("Approved: “%(title)s”."),
    TaskState.STATUS_REJECTED: _("Changes requested: “%(title)s” goes back to its author with your comment."),
}


def put_review_queue_first(panels):
    """Move "Awaiting your review" to the top of the dashboard (it is shown only to moderators)."""
    for panel in panels:
        if isinstance(panel, WorkflowObjectsToModeratePanel):
            panel.order = REVIEW_QUEUE_ORDER


def confirm_review(request, task_state_id, since):
    """Tell the moderator what their approval or rejection did, if it was done in this request."""
    task_state = TaskState.objects.filter(pk=task_state_id).select_related("workflow_state").first()
    message = CONFIRMATIONS.get(task_state.status) if task_state else None
    if message is None or task_state.finished_by_id != request.user.pk:
        return
    if task_state.finished_at is None or task_state.finished_at < since:
        return  # finished before this request: nothing was done now
    reviewed = task_state.workflow_state.content_object
    if reviewed is None:
        return  # deleted since: there is nothing to name
    title = getattr(reviewed, "get_admin_display_title", reviewed.__str__)()
    messages.success(request, message % {"title": title})


class ReviewConfirmationMiddleware:
    """After a successful workflow action (approve or reject), a confirmation message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = timezone.now()
        response = self.get_response(request)
        match = request.resolver_match
        acted = request.method == "POST" and match and match.url_name == "workflow_action"
        if acted and response.status_code < 400:
            confirm_review(request, match.kwargs.get("task_state_id"), since=started)
        return response
