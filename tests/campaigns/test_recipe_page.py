"""A recipe page shows the cook, the recipe and its quantities, scaled on the server when asked."""

import pytest

from campaigns.models import RecipePage
from tests.factories.campaigns import RecipePageFactory, ingredient

pytestmark = pytest.mark.django_db


@pytest.fixture
def recipe(campaign):
    return RecipePageFactory(
        parent=campaign,
        title="Lentil curry",
        cook_name="Amina",
        community="Rohingya",
        country_of_origin="MM",
        cook_story="<p>My mother cooked this on Fridays.</p>",
        tags=["halal"],
    )


def quantities(html):
    """The ingredient lines as the reader sees them, in order."""
    import html5lib

    document = html5lib.parse(html, namespaceHTMLElements=False)
    return [
        " ".join("".join(item.itertext()).split())
        for item in document.iter("li")
        if "ingredient" in (item.get("class") or "").split()
    ]


def test_recipe_shows_cook_origin_story_and_steps(client, recipe):
    html = client.get(recipe.url).content.decode()
    assert "Shared by Amina, from the Rohingya community · Myanmar" in html
    assert "My mother cooked this on Fridays." in html
    assert '<li dir="auto">Soak the lentils.</li>' in html
    assert "<li>Halal</li>" in html
    assert quantities(html) == ["1½ cups red lentils, washed", "⅓ cup oil", "salt, to taste"]


def test_servings_scaler_recalculates_quantities(client, recipe):
    html = client.get(recipe.url, {"servings": "8"}).content.decode()
    assert quantities(html) == ["3 cups red lentils, washed", "⅔ cup oil", "salt, to taste"]
    assert "Quantities for 8 servings (the recipe is written for 4)." in html
    assert 'name="servings" type="number"' in html
    assert 'value="8"' in html


def test_servings_scaler_shows_sensible_fractions(client, recipe):
    html = client.get(recipe.url, {"servings": "2"}).content.decode()
    assert quantities(html) == ["¾ cup red lentils, washed", "⅙ cup oil", "salt, to taste"]
    assert (
        quantities(client.get(recipe.url, {"servings": "6"}).content.decode())[0]
        == "2¼ cups red lentils, washed"
    )


@pytest.mark.parametrize(
    "servings", ["abc", "0", "-4", "10000", "10,000", "1e3", "2.5", "８", "4; DROP", "x" * 3000]
)
def test_bad_servings_keep_the_original_quantities_with_a_message(client, recipe, servings):
    response = client.get(recipe.url, {"servings": servings})
    assert response.status_code == 200
    html = response.content.decode()
    assert quantities(html) == ["1½ cups red lentils, washed", "⅓ cup oil", "salt, to taste"]
    assert "Servings must be a whole number from 1 to 100" in html


def test_empty_servings_is_not_an_error(client, recipe):
    html = client.get(recipe.url, {"servings": ""}).content.decode()
    assert "Servings must be" not in html
    assert quantities(html)[0] == "1½ cups red lentils, washed"


def test_ingredients_survive_save_and_reload_in_order(campaign):
    recipe = RecipePageFactory(
        parent=campaign,
        ingredients=[
            ("group", "For the dough"),
            ingredient("500", "g", "flour"),
            ingredient("0.25", "tsp", "salt"),
            ("group", "For the filling"),
            ingredient("2", "piece", "potatoes", "boiled"),
            ingredient("1.125", "cup", "spring onions"),
        ],
    )
    reloaded = RecipePage.objects.get(pk=recipe.pk)
    stored = [
        (
            block.block_type,
            block.value
            if block.block_type == "group"
            else (
                str(block.value["quantity"]),
                block.value["unit"],
                block.value["item"],
                block.value["note"],
            ),
        )
        for block in reloaded.ingredients
    ]
    assert stored == [
        ("group", "For the dough"),
        ("ingredient", ("500", "g", "flour", "")),
        ("ingredient", ("0.25", "tsp", "salt", "")),
        ("group", "For the filling"),
        ("ingredient", ("2", "piece", "potatoes", "boiled")),
        ("ingredient", ("1.125", "cup", "spring onions", "")),
    ]
    # The published revision holds the same list, so drafts and previews agree.
    from_revision = reloaded.get_latest_revision_as_object()
    assert [block.block_type for block in from_revision.ingredients] == [b for b, _ in stored]


def test_ingredient_groups_render_as_headed_lists(client, campaign):
    recipe = RecipePageFactory(
        parent=campaign,
        ingredients=[
            ("group", "For the dough"),
            ingredient("500", "g", "flour"),
            ("group", "Filling"),
            ingredient("2", "piece", "potatoes"),
        ],
    )
    html = client.get(recipe.url).content.decode()
    assert '<h3 class="ingredient-group" dir="auto">For the dough</h3>' in html
    assert quantities(html) == ["500 g flour", "2 pieces potatoes"]
    assert (
        html.index("For the dough") < html.index(">500<") < html.index(">Filling<") < html.index(">potatoes<")
    )


def test_related_recipes_default_to_same_country(client, campaign, recipe):
    RecipePageFactory(parent=campaign, title="Chin corn soup", country_of_origin="MM", community="Chin")
    RecipePageFactory(parent=campaign, title="Bolani", country_of_origin="AF", community="Afghan")
    html = client.get(recipe.url).content.decode()
    assert 'href="/en/dari-dapur/chin-corn-soup/"' in html
    assert 'href="/en/dari-dapur/bolani/"' not in html


def test_chosen_related_recipes_win(client, campaign, recipe):
    bolani = RecipePageFactory(parent=campaign, title="Bolani", country_of_origin="AF", community="Afghan")
    RecipePageFactory(parent=campaign, title="Chin corn soup", country_of_origin="MM", community="Chin")
    recipe.related_recipes = [("recipe", bolani)]
    recipe.save_revision().publish()
    html = client.get(recipe.url).content.decode()
    assert 'href="/en/dari-dapur/bolani/"' in html
    assert 'href="/en/dari-dapur/chin-corn-soup/"' not in html


def test_print_stylesheet_is_linked_for_print_and_has_recipe_rules(client, recipe):
    from django.contrib.staticfiles import finders

    html = client.get(recipe.url).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    assert '<body class="template-recipe">' in html
    with open(finders.find("css/print.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    campaigns_section = css.split("/* == Campaigns == */")[1].split("/* ==")[0]
    assert ".template-recipe .site-header" in campaigns_section
    assert ".template-recipe .servings-form" in campaigns_section
