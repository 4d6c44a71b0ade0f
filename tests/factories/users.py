"""Users of the editorial roles (groups made by the roles' data migrations), signed in or not."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

PASSWORD = "a long enough password 123"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def signed_in(username, group_name):
    """A new client, signed in as a new member of `group_name`."""
    browser = Client()
    browser.force_login(make_user(username, group_name))
    return browser


def approve(member, obj, capture, comment=""):
    """POST `member`'s approval of the workflow task `obj` (a page or a snippet) awaits.

    Publishing runs when the transaction commits; `capture` is django_capture_on_commit_callbacks.
    """
    obj.refresh_from_db()
    task_state = obj.current_workflow_task_state
    if isinstance(obj, Page):
        url_name = "wagtailadmin_pages:workflow_action"
    else:
        url_name = f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:workflow_action"
    url = reverse(url_name, args=[obj.pk, "approve", task_state.pk])
    with capture(execute=True):
        return member.post(url, {"comment": comment})
