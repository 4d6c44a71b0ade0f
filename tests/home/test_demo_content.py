"""The demo-content command builds a browsable site and is safe to run twice (the module reads the
worker's demo copy, tests/databases.py)."""

import pytest
from django.apps import apps
from wagtail.models import Page, Revision

from tests.databases import load_demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def content_counts():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    counts["revisions"] = Revision.objects.count()
    return counts


def test_demo_content_is_idempotent(django_capture_on_commit_callbacks):
    first = content_counts()
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert content_counts() == first
    assert first["home.HomePage"] == 6  # one per language


def test_demo_site_serves_every_language_and_search(client):
    for path in ["/en/", "/ms/", "/ar/", "/en/who-we-are/", "/ms/who-we-are/"]:
        assert client.get(path).status_code == 200, path
    response = client.get("/en/search/", {"q": "migration"})
    assert response.status_code == 200
    assert Page.objects.live().filter(locale__language_code="en").count() > 3
    assert "Who we are" in client.get("/en/").content.decode()  # main menu
