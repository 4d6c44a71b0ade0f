"""Demo content for Dari Dapur: the campaign page and sample recipes.

Dari Dapur ('from the kitchen') promotes human-rights-based narratives and a
culture of welcoming migrants in Malaysia through food and recipes from the
country's migrant and refugee communities; IOM and the UN human rights office
(OHCHR) built a media workshop on it. The recipes below are samples written
for this demonstration site: the cooks are fictional and say so.
"""

import json
from pathlib import Path

from core.demo_utils import (
    add_menu_link,
    child_page,
    demo_image,
    fill_empty_fields,
    site_root,
    source_locale,
    translate,
)
from core.moderation import moderate_tree

from .models import CampaignPage, DietaryTag, RecipePage

ORDER = 15  # before the news (20): a story links to the campaign page
CAMPAIGN_HERO_IMAGE_ALT = "Illustration standing in for a photograph of a shared meal."

SAMPLE_NOTE = (
    "<p><em>This is a sample recipe written for the demonstration site. The cook is fictional; "
    "real recipes are published with the cook's consent, under a first name or a pseudonym.</em></p>"
)


RECIPES_FILE = Path(__file__).parent / "demo_data" / "recipes.json"


def sample_recipes():
    """The sample recipes (demo_data/recipes.json) as RecipePage field values.

    In the file an ingredient list mixes ingredients and {"group": heading}
    entries, and the method is a list of steps.
    """
    with RECIPES_FILE.open(encoding="utf-8") as file:
        specs = json.load(file)
    return [
        {
            **spec,
            "ingredients": [
                ("group", entry["group"]) if "group" in entry else ("ingredient", entry)
                for entry in spec["ingredients"]
            ],
            "method": [("step", text) for text in spec["method"]],
        }
        for spec in specs
    ]


def load(stdout):
    locale = source_locale()
    home = site_root(locale)
    if home is None:
        stdout.write("campaigns: no home page; skipped")
        return
    campaign = _campaign(home)
    fill_empty_fields(campaign, hero_image_alt=CAMPAIGN_HERO_IMAGE_ALT)
    recipes = [_recipe(campaign, spec) for spec in sample_recipes()]
    moderate_tree(campaign)
    _feature_recipes(campaign, recipes[:3])
    add_menu_link(campaign, "Dari Dapur")
    for page in [campaign, *recipes]:
        translate(page)
    stdout.write(f"campaigns: {RecipePage.objects.filter(locale=locale).count()} recipes")


def _campaign(home):
    get_involved = home.get_children().filter(slug="get-involved").first()
    cta_link = (
        {"text": "", "page": get_involved, "external_url": ""}
        if get_involved
        else {"text": "Contact us", "page": None, "external_url": "mailto:iomkualalumpur@example.org"}
    )
    return child_page(
        home,
        CampaignPage,
        slug="dari-dapur",
        title="Dari Dapur",
        hero_heading="From the kitchen: recipes and stories of welcome",
        hero_text=(
            "Migrant and refugee communities in Malaysia share the dishes they grew up with, "
            "and the stories that come with them."
        ),
        hero_image=demo_image(
            "Dari Dapur: shared table",
            "Abstract illustration in warm tones standing in for a photograph of a shared meal.",
        ),
        hero_image_alt=CAMPAIGN_HERO_IMAGE_ALT,
        listing_summary=(
            "Dari Dapur tells the stories of migrants and refugees in Malaysia through their food, "
            "for a culture of welcome."
        ),
        purpose=(
            "<p>Dari Dapur means 'from the kitchen'. The campaign promotes human-rights-based narratives "
            "about migrants and refugees in Malaysia, and a culture of welcoming them, through the food "
            "and recipes of their communities.</p>"
            "<p>Every dish carries a story of a family, a home left behind and a new one being made. "
            "Cooking and sharing it is a simple way to meet as neighbours.</p>"
            "<p><em>The recipes on this demonstration site are samples; their cooks are fictional.</em></p>"
        ),
        body=[
            (
                "paragraph",
                "<p>The campaign also works with journalists: IOM Malaysia and the Office of the United "
                "Nations High Commissioner for Human Rights (OHCHR) organised a workshop, 'Story-Telling for "
                "Inclusion and Human Rights in Malaysia: Strengthening the Role of the Media', built on Dari "
                "Dapur, to encourage inclusive and empathetic reporting.</p>",
            ),
        ],
        partners=[
            (
                "partner",
                {
                    "name": "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
                    "role": "Co-organised the media workshop on story-telling for inclusion",
                    "url": "https://www.ohchr.org/",
                    "logo": None,
                },
            ),
            (
                "partner",
                {
                    "name": "Migrant and refugee community cooks",
                    "role": "Share their recipes and stories",
                    "url": "",
                    "logo": None,
                },
            ),
        ],
        call_to_action=[
            (
                "call_to_action",
                {
                    "title": "Share a recipe",
                    "text": "Cook with a community near you, or tell us about a dish that made you welcome.",
                    "link": cta_link,
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Join the conversation",
                    "text": "Share your favourite Dari Dapur recipe and the story behind it.",
                    "link": {
                        "text": "IOM Malaysia on Facebook",
                        "page": None,
                        "external_url": "https://www.facebook.com/IOMMalaysia",
                    },
                },
            ),
        ],
    )


def _recipe(campaign, spec):
    spec = dict(spec)
    tags = list(DietaryTag.objects.filter(code__in=spec.pop("tags")))
    story = spec.pop("story")
    photo = demo_image(
        f"Dari Dapur: {spec['title']}",
        f"Abstract illustration in warm colours standing in for a photograph of {spec['title'].lower()}.",
        size=(1200, 800),
    )
    return child_page(
        campaign,
        RecipePage,
        cook_story=story + SAMPLE_NOTE,
        photo=photo,
        dietary_tags=tags,
        listing_summary=f"Sample recipe from the {spec['community']} community, with the cook's story.",
        **spec,
    )


def _feature_recipes(campaign, recipes):
    """Put a 'featured recipes' row in the campaign's body once, after the recipes exist."""
    if any(block.block_type == "featured_recipes" for block in campaign.body):
        return
    campaign.body.append(("featured_recipes", {"heading": "Start with these", "recipes": recipes}))
    campaign.save_revision().publish()
