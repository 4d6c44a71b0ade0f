"""The demo-content command builds a browsable site and is safe to run twice (the module reads the
worker's demo copy, tests/databases.py)."""

import os
import subprocess
from pathlib import Path

import pytest
from django.apps import apps
from wagtail.models import Page, Revision

from tests.databases import load_demo

ROOT = Path(__file__).resolve().parents[2]

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


def test_make_run_serves_the_demo_on_the_address_it_is_given():
    commands = subprocess.run(  # noqa: S603
        ["make", "-n", "run", "HOST=127.0.0.1:8101"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"},
    ).stdout
    assert "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8101 " in commands
    assert "load_demo_content" in commands and "runserver 127.0.0.1:8101" in commands


def test_the_demo_links_to_the_address_it_was_loaded_for(
    client, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    html = client.get("/en/news/", headers={"host": "127.0.0.1:8101"}).content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8101/en/news/">' in html
    assert '<link rel="alternate" hreflang="ms" href="http://127.0.0.1:8101/ms/news/">' in html
    sitemap = client.get("/sitemap.xml", headers={"host": "127.0.0.1:8101"}).content.decode()
    assert "<loc>http://127.0.0.1:8101/en/</loc>" in sitemap
    assert "http://testserver" not in html + sitemap
