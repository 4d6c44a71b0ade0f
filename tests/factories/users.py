"""Users of the editorial roles (groups made by the roles' data migrations), signed in or not."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

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
