"""Each recipe carries schema.org Recipe data that search engines can read."""

import json
import re

import pytest

from tests.factories.campaigns import RecipePageFactory
from tests.factories.home import ImageFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def recipe(campaign):
    return RecipePageFactory(
        parent=campaign,
        title="Lentil curry <for> Fridays & feasts",
        cook_name="Amina",
        community="Rohingya",
        country_of_origin="MM",
        prep_time=15,
        cook_time=60,
        servings=4,
        photo=ImageFactory(title="Curry", description="A bowl of lentil curry"),
        tags=["halal", "vegan", "spicy"],
    )


def test_json_ld_is_a_valid_recipe(client, recipe):
    html = client.get(recipe.url).content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Recipe"
    assert data["name"] == "Lentil curry <for> Fridays & feasts"
    assert data["author"] == {"@type": "Person", "name": "Amina"}
    assert data["recipeIngredient"] == ["1½ cups red lentils (washed)", "⅓ cup oil", "salt (to taste)"]
    assert data["recipeInstructions"] == [
        {"@type": "HowToStep", "position": 1, "text": "Soak the lentils."},
        {"@type": "HowToStep", "position": 2, "text": "Simmer until soft."},
    ]
    assert data["totalTime"] == "PT1H15M"
    assert data["prepTime"] == "PT15M"
    assert data["cookTime"] == "PT1H"
    assert data["recipeYield"] == "4"
    assert data["recipeCuisine"] == "Rohingya (Myanmar (Burma))"
    assert data["url"] == "http://testserver/en/dari-dapur/lentil-curry-for-fridays-feasts/"
    assert data["suitableForDiet"] == ["https://schema.org/HalalDiet", "https://schema.org/VeganDiet"]
    (image,) = data["image"]
    assert image.startswith("http://testserver/") and image.endswith(".jpg")


def test_json_ld_cannot_break_out_of_its_script_element(client, recipe):
    recipe.title = "</script><script>alert(1)</script>"
    recipe.save_revision().publish()
    html = client.get(recipe.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_json_ld_keeps_original_yield_when_scaled(client, recipe):
    data = json_ld(client.get(recipe.url, {"servings": "8"}).content.decode())
    assert data["recipeYield"] == "4"


@pytest.mark.parametrize(
    ("minutes", "duration"), [(0, "PT0M"), (45, "PT45M"), (60, "PT1H"), (135, "PT2H15M")]
)
def test_iso_durations(minutes, duration):
    from campaigns.models import iso_duration

    assert iso_duration(minutes) == duration
