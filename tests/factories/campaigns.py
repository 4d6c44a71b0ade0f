"""Factories for the Dari Dapur campaign and its recipes."""

import factory

from campaigns.models import CampaignPage, DietaryTag, RecipePage
from tests.factories.home import PageFactory


class CampaignPageFactory(PageFactory):
    title = "Dari Dapur"
    slug = "dari-dapur"
    hero_heading = "From the kitchen: stories of welcome"

    class Meta:
        model = CampaignPage


def ingredient(quantity, unit, item, note=""):
    return ("ingredient", {"quantity": quantity, "unit": unit, "item": item, "note": note})


class RecipePageFactory(PageFactory):
    """A recipe for 4 with three ingredients and two steps. Pass `tags=["halal"]` for dietary tags."""

    title = factory.Sequence(lambda n: f"Recipe {n}")
    cook_name = "Amina"
    community = "Rohingya"
    country_of_origin = "MM"
    servings = 4
    prep_time = 15
    cook_time = 60
    ingredients = factory.LazyFunction(
        lambda: [
            ingredient("1.5", "cup", "red lentils", "washed"),
            ingredient("0.333", "cup", "oil"),
            ingredient(None, "", "salt", "to taste"),
        ]
    )
    method = factory.LazyFunction(lambda: [("step", "Soak the lentils."), ("step", "Simmer until soft.")])

    class Meta:
        model = RecipePage

    @classmethod
    def _create(cls, model_class, parent=None, publish=True, tags=(), **kwargs):
        if tags:
            kwargs["dietary_tags"] = list(DietaryTag.objects.filter(code__in=tags))
        return super()._create(model_class, parent=parent, publish=publish, **kwargs)
