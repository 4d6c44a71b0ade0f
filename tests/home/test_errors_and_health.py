"""Error pages and the health check."""

import pytest
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.views.defaults import server_error


def test_500_page_renders_without_touching_the_database():
    # No django_db mark: any query here would fail the test.
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert 'href="#main"' in html


@pytest.mark.django_db
def test_healthz_reports_a_working_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_reports_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert "no-cache" in response["Cache-Control"]
