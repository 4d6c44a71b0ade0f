"""The campaign page costs the same number of SQL queries for 6 recipes as for 60.

Baseline (measured): see CAMPAIGN_PAGE_QUERIES. Cards get their photos and
renditions from two prefetches and their dietary labels from one, so the count
does not grow with the number of recipes; pagination keeps each page to 12
cards. The first request makes the renditions (one insert per image), so
each test warms the page up once before counting.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.campaigns import RecipePageFactory
from tests.factories.home import ImageFactory

pytestmark = pytest.mark.django_db

COUNTRIES = ["MM", "AF", "SO", "YE", "SY", "PK"]


def make_recipes(campaign, count):
    for number in range(count):
        RecipePageFactory(
            parent=campaign,
            title=f"Dish {number:02d}",
            country_of_origin=COUNTRIES[number % len(COUNTRIES)],
            photo=ImageFactory(title=f"Dish photo {number}"),
            tags=["halal", "vegan"] if number % 2 else ["vegetarian"],
        )


def count_queries(client, path):
    client.get(path)  # warm up: renditions are created on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("path", ["/en/dari-dapur/", "/en/dari-dapur/?diet=halal&country=AF"])
def test_campaign_page_queries_do_not_grow_with_recipes(client, home_page, path):
    from tests.factories.campaigns import CampaignPageFactory

    few_campaign = CampaignPageFactory(parent=home_page)
    make_recipes(few_campaign, 6)
    few, few_html = count_queries(client, path)
    few_campaign.delete()

    many_campaign = CampaignPageFactory(parent=home_page)
    make_recipes(many_campaign, 60)
    many, many_html = count_queries(client, path)

    if "?" not in path:
        assert few_html.count('class="card recipe-card"') == 6
        assert many_html.count('class="card recipe-card"') == 12  # one page of the 60
    assert few == many, f"6 recipes: {few} queries, 60 recipes: {many} queries"
    print(f"campaign page {path}: {few} queries for 6 and 60 recipes")  # noqa: T201


def test_recipe_page_queries_do_not_grow_with_other_recipes(client, campaign):
    make_recipes(campaign, 12)  # dish-00 has one sibling from the same country (dish-06)
    few, few_html = count_queries(client, "/en/dari-dapur/dish-00/")
    make_recipes_from = len(COUNTRIES) * 2
    for number in range(make_recipes_from, make_recipes_from + 24):
        RecipePageFactory(
            parent=campaign,
            title=f"Dish {number:02d}",
            country_of_origin="MM",
            photo=ImageFactory(title=f"Dish photo {number}"),
            tags=["halal"],
        )
    many, many_html = count_queries(client, "/en/dari-dapur/dish-00/")
    assert few_html.count('class="card recipe-card"') == 1
    assert many_html.count('class="card recipe-card"') == 3
    assert few == many
