"""The demo-content command builds a browsable site and is safe to run twice."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def content_counts():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    counts["revisions"] = Revision.objects.count()
    return counts


def test_demo_content_is_idempotent():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = content_counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert content_counts() == first
    assert first["home.HomePage"] == 6  # one per language


def test_demo_site_serves_every_language_and_search(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for path in ["/en/", "/ms/", "/ar/", "/en/who-we-are/", "/ms/who-we-are/"]:
        assert client.get(path).status_code == 200, path
    response = client.get("/en/search/", {"q": "migration"})
    assert response.status_code == 200
    assert Page.objects.live().filter(locale__language_code="en").count() > 3
    assert "Who we are" in client.get("/en/").content.decode()  # main menu
