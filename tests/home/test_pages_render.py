"""Every page type renders with the site's layout."""

import pytest

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_root_redirects_to_english_by_default(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_to_the_readers_language(client, translated_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ms,en;q=0.5")
    assert response["Location"] == "/ms/"


def test_home_page_renders_hero(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 dir="auto">Safe and dignified migration</h1>' in html
    assert 'href="#main"' in html  # skip link
    assert 'media="print"' in html


def test_standard_page_renders_title_intro_and_breadcrumbs(client, home_page):
    parent = StandardPageFactory(parent=home_page, title="Who we are", introduction="About IOM.")
    StandardPageFactory(parent=parent, title="What we do")
    response = client.get("/en/who-we-are/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 dir="auto">Who we are</h1>' in html
    assert "About IOM." in html
    assert 'href="/en/who-we-are/what-we-do/"' in html  # child card


def test_unknown_page_uses_the_custom_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert 'class="site-header"' in response.content.decode()
