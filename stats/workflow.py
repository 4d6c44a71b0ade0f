"""Submitting to a workflow, for pages and for the figures alike.

Here, in the lowest app of ours, so that figures (stats) and pages (home) use
one definition.
"""

from wagtail.models import WorkflowState


def submit_to_workflow(obj, user):
    """Submit the latest revision of `obj` to its workflow, replacing a submission still under review."""
    state = obj.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None:
        state.cancel(user=user)
    obj.get_workflow().start(obj, user)
