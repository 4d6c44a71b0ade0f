"""Search answers every query with a page, never an error."""

import pytest

from core.demo_utils import ensure_locales
from home.models import HomePage
from tests.factories.home import StandardPageFactory, make_home_page, translate_at_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def searchable_pk(module_db):
    """A home page in every language with thirteen pages to find, built once for the module."""
    ensure_locales()
    home_page = translate_at_once(make_home_page())
    StandardPageFactory(
        parent=home_page, title="Migrant workers", introduction="Fair recruitment of migrant workers."
    )
    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Resettlement report {number}")
    return home_page.pk


@pytest.fixture
def searchable(searchable_pk):
    return HomePage.objects.get(pk=searchable_pk)


def test_search_finds_live_pages_in_the_active_language(client, searchable):
    response = client.get("/en/search/", {"q": "migrant"})
    assert response.status_code == 200
    assert 'href="/en/migrant-workers/"' in response.content.decode()


def test_search_does_not_return_other_languages(client, searchable):
    response = client.get("/ms/search/", {"q": "migrant"})
    assert response.status_code == 200
    assert "/en/migrant-workers/" not in response.content.decode()


def test_search_paginates_results(client, searchable):
    first = client.get("/en/search/", {"q": "resettlement"}).content.decode()
    second = client.get("/en/search/", {"q": "resettlement", "page": "2"}).content.decode()
    assert "12 results" in first
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second


@pytest.mark.parametrize("page_number", ["abc", "-1", "0", "99999", ""])
def test_bad_page_numbers_show_a_real_page(client, searchable, page_number):
    response = client.get("/en/search/", {"q": "resettlement", "page": page_number})
    assert response.status_code == 200
    assert "results for" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "100%",
        "'; DROP TABLE wagtailcore_page; --",
        "🙂🌏",
        "مهاجر",
        "移民",
        "a" * 10_000,
        "   ",
        "&&||!!",
    ],
)
def test_odd_queries_answer_200(client, searchable, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


def test_empty_query_invites_the_reader_to_search(client, searchable):
    response = client.get("/en/search/")
    assert "Type a word or phrase" in response.content.decode()


def test_very_long_query_is_shortened_with_a_message(client, searchable):
    response = client.get("/en/search/", {"q": "migrant " * 2000})
    assert "only its first 200 characters were used" in response.content.decode()


def test_the_language_switcher_keeps_the_search_in_each_language(client, searchable):
    html = client.get("/en/search/?q=refugee").content.decode()
    assert 'href="/ms/search/?q=refugee" lang="ms"' in html
    assert 'href="/ar/search/?q=refugee" lang="ar"' in html
