"""The data page is a page like the others: a listing card and sharing text, and citations that name
the organisation from its profile unless the page names another."""

import json

import pytest

from tests.factories.home import OrganisationProfileFactory
from tests.factories.stats import DataPageFactory, StatisticFactory

pytestmark = pytest.mark.django_db


def citation(client, slug):
    return json.loads(client.get(f"/en/data/{slug}/json/").content)["suggested_citation"]


def test_citations_name_the_profiles_short_name_when_the_page_names_nobody(client, home_page):
    DataPageFactory(parent=home_page, organisation="")
    OrganisationProfileFactory(short_name="IOM Sabah Office")
    StatisticFactory(slug="resettled")
    assert citation(client, "resettled").startswith("IOM Sabah Office. “")


def test_a_name_the_editor_gave_the_data_page_wins(client, home_page):
    DataPageFactory(parent=home_page, organisation="IOM Regional Office")
    OrganisationProfileFactory(short_name="IOM Sabah Office")
    StatisticFactory(slug="resettled")
    assert citation(client, "resettled").startswith("IOM Regional Office. “")


def test_the_data_pages_listing_summary_is_what_sharing_shows(client, home_page):
    DataPageFactory(parent=home_page, listing_summary="Every figure we publish, with downloads.")
    html = client.get("/en/data/").content.decode()
    assert '<meta name="description" content="Every figure we publish, with downloads.">' in html


def test_the_data_page_has_a_listing_card_preview(home_page):
    page = DataPageFactory(parent=home_page, listing_summary="Every figure we publish.")
    assert ("card", "Listing card") in [(name, str(label)) for name, label in page.preview_modes]
    html = page.make_preview_request(original_request=None, preview_mode="card").content.decode()
    assert 'class="card"' in html and "<article" in html
    assert "Every figure we publish." in html
