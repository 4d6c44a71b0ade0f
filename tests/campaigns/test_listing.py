"""The campaign page lists its recipes as cards, with filters by country and dietary label."""

import pytest

from tests.factories.campaigns import RecipePageFactory
from tests.factories.home import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recipes(campaign):
    photo = ImageFactory(title="Lentils", description="A bowl of yellow lentil curry")
    return {
        "dal": RecipePageFactory(
            parent=campaign,
            title="Rohingya dal",
            community="Rohingya",
            country_of_origin="MM",
            photo=photo,
            tags=["halal", "vegan"],
        ),
        "bolani": RecipePageFactory(
            parent=campaign, title="Bolani", community="Afghan", country_of_origin="AF", tags=["vegetarian"]
        ),
        "soup": RecipePageFactory(
            parent=campaign, title="Somali soup", community="Somali", country_of_origin="SO", tags=["halal"]
        ),
    }


def links(html):
    return {
        slug for slug in ("rohingya-dal", "bolani", "somali-soup") if f'href="/en/dari-dapur/{slug}/"' in html
    }


def test_cards_show_photo_name_and_origin(client, recipes):
    html = client.get("/en/dari-dapur/").content.decode()
    assert links(html) == {"rohingya-dal", "bolani", "somali-soup"}
    assert "Rohingya · Myanmar" in html
    assert "Afghan · Afghanistan" in html
    assert 'alt="A bowl of yellow lentil curry"' in html
    assert "3 recipes" in html


def test_filter_by_country(client, recipes):
    html = client.get("/en/dari-dapur/", {"country": "AF"}).content.decode()
    assert links(html) == {"bolani"}
    assert 'href="?country=AF#recipes" aria-current="true"' in html


def test_filter_by_country_ignores_case(client, recipes):
    assert links(client.get("/en/dari-dapur/", {"country": "so"}).content.decode()) == {"somali-soup"}


def test_filter_by_dietary_tag(client, recipes):
    html = client.get("/en/dari-dapur/", {"diet": "halal"}).content.decode()
    assert links(html) == {"rohingya-dal", "somali-soup"}


def test_filters_combine(client, recipes):
    html = client.get("/en/dari-dapur/", {"diet": "halal", "country": "MM"}).content.decode()
    assert links(html) == {"rohingya-dal"}
    # Choosing another country keeps the dietary filter.
    assert 'href="?country=SO&amp;diet=halal#recipes"' in html


def test_filter_links_offer_only_what_exists(client, recipes):
    html = client.get("/en/dari-dapur/").content.decode()
    assert ">Afghanistan</a>" in html
    assert ">Vegan</a>" in html
    assert ">Contains nuts</a>" not in html  # no recipe has that label
    assert ">Syria</a>" not in html


def test_valid_filter_without_matches_shows_friendly_empty_state(client, recipes):
    response = client.get("/en/dari-dapur/", {"country": "YE"})
    assert response.status_code == 200
    html = response.content.decode()
    assert links(html) == set()
    assert "No recipes match these filters yet." in html
    assert "Show all recipes" in html


@pytest.mark.parametrize(
    "params",
    [
        {"country": "Narnia"},
        {"country": "ZZ"},
        {"country": "'; DROP TABLE x; --"},
        {"country": "x" * 5000},
        {"diet": "carnivore"},
        {"diet": "🙂"},
        {"diet": "halal", "country": "1"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999"},
    ],
)
def test_bad_filter_values_never_500(client, recipes, params):
    response = client.get("/en/dari-dapur/", params)
    assert response.status_code == 200
    html = response.content.decode()
    if "page" in params:
        assert len(links(html)) == 3
    else:
        assert links(html) == set()
        assert "We could not use the filter" in html


def test_listing_is_paginated(client, campaign):
    for number in range(14):
        RecipePageFactory(parent=campaign, title=f"Dish {number:02d}")
    first = client.get("/en/dari-dapur/").content.decode()
    second = client.get("/en/dari-dapur/", {"page": "2"}).content.decode()
    assert "Page 1 of 2" in first
    assert 'href="/en/dari-dapur/dish-13/"' in second
    assert 'href="/en/dari-dapur/dish-13/"' not in first


def test_draft_recipes_are_not_listed(client, campaign):
    RecipePageFactory(parent=campaign, title="Secret stew", live=False, publish=False)
    assert "Secret stew" not in client.get("/en/dari-dapur/").content.decode()


@pytest.mark.parametrize(
    ("params", "robots"),
    [({}, None), ({"diet": "halal"}, "noindex, follow"), ({"country": "zz"}, "noindex, follow")],
)
def test_filtered_recipe_lists_are_not_indexed(client, recipes, params, robots):
    html = client.get("/en/dari-dapur/", params).content.decode()
    assert (f'<meta name="robots" content="{robots}">' in html) if robots else ('name="robots"' not in html)
    assert ('<link rel="canonical" href="http://testserver/en/dari-dapur/">' in html) is (robots is None)
