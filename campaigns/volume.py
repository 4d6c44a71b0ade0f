"""Generated recipes for load tests and benchmarks: `manage.py generate_volume --recipes N`."""

from core.bulk_pages import bulk_add_children, index_for_search

from .models import CampaignPage, RecipePage


def add_recipes(campaign, count, start=0, search=True):
    """Add `count` live recipes under a campaign page; returns them."""
    countries = ["MM", "AF", "SO", "YE", "SY", "PK"]
    pages = [
        RecipePage(
            title=f"Generated dish {number}",
            slug=f"generated-dish-{number}",
            cook_name="Amina",
            community="Rohingya",
            country_of_origin=countries[number % len(countries)],
            servings=4,
            prep_time=15,
            cook_time=45,
            ingredients=[("ingredient", {"quantity": "1", "unit": "cup", "item": "rice", "note": ""})],
            method=[("step", "Cook the rice.")],
        )
        for number in range(start, start + count)
    ]
    bulk_add_children(campaign, pages)
    if search:
        index_for_search(RecipePage, pages)
    return pages


def generate(stdout, recipes=0, **options):
    """Bring every campaign page up to `recipes` generated recipes."""
    for campaign in CampaignPage.objects.all() if recipes else []:
        done = campaign.get_children().filter(slug__startswith="generated-dish-").count()
        made = add_recipes(campaign, max(0, recipes - done), start=done)
        stdout.write(f"{campaign.url_path}: {len(made)} recipes added")
