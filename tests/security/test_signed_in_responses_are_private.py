"""Every response rendered for a signed-in user says `Cache-Control: private`.

Shared caches (a CDN, a company proxy) must never keep a page, error or admin
screen rendered for someone signed in (core/security.py). Stricter directives
stay; anonymous public pages keep the page cache's public caching.
"""

import pytest
from django.contrib.auth.models import Group, User

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "a long enough password 123")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def directives(response):
    parts = response.get("Cache-Control", "").split(",")
    return {part.strip().split("=")[0] for part in parts if part.strip()}


@pytest.mark.parametrize(
    ("path", "status"), [("/en/", 200), ("/en/no-such-page/", 404), ("/admin/", 200), ("/admin/pages/", 200)]
)
def test_responses_for_a_signed_in_user_are_private(client, home_page, editor, path, status):
    client.force_login(editor)
    response = client.get(path)
    assert response.status_code == status
    assert "private" in directives(response) and "public" not in directives(response)


def test_stricter_directives_stay(client, home_page, editor):
    client.force_login(editor)
    assert {"private", "no-cache", "no-store"} <= directives(client.get("/admin/"))


def test_anonymous_public_pages_keep_their_public_caching(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "public" in directives(response) and "private" not in directives(response)
