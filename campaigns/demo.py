"""Demo content for Dari Dapur: the campaign page and sample recipes.

Dari Dapur ('from the kitchen') promotes human-rights-based narratives and a
culture of welcoming migrants in Malaysia through food and recipes from the
country's migrant and refugee communities; IOM and the UN human rights office
(OHCHR) built a media workshop on it. The recipes below are samples written
for this demonstration site: the cooks are fictional and say so.
"""

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


def i(quantity, unit, item, note=""):
    return ("ingredient", {"quantity": quantity, "unit": unit, "item": item, "note": note})


def steps(*texts):
    return [("step", text) for text in texts]


RECIPES = [
    {
        "slug": "rohingya-red-lentil-dal",
        "title": "Red lentil dal with bitter gourd",
        "cook_name": "Hasina",
        "community": "Rohingya",
        "country_of_origin": "MM",
        "tags": ["halal", "vegan", "gluten-free", "dairy-free"],
        "servings": 4,
        "prep_time": 10,
        "cook_time": 35,
        "story": "<p>Hasina learned this dal from her grandmother in Rakhine. In Malaysia she makes it "
        "every week: the lentils are cheap, and the smell brings the neighbours to the door.</p>",
        "ingredients": [
            i("1", "cup", "red lentils", "rinsed"),
            i("1", "piece", "small bitter gourd", "sliced thinly"),
            i("1", "piece", "onion", "chopped"),
            i("3", "clove", "garlic", "crushed"),
            i("1", "tsp", "ground turmeric"),
            i("2", "piece", "green chillies", "split"),
            i("2", "tbsp", "oil"),
            i(None, "", "salt", "to taste"),
        ],
        "method": steps(
            "Boil the lentils in three cups of water with the turmeric until soft, about 20 minutes.",
            "Fry the onion, garlic and chillies in the oil until golden, then add the bitter gourd.",
            "Stir the fried vegetables into the lentils, salt to taste and simmer five more minutes.",
            "Serve with plain rice.",
        ),
    },
    {
        "slug": "chin-sabuti-corn-soup",
        "title": "Sabuti: Chin corn and bean soup",
        "cook_name": "Mang",
        "community": "Chin",
        "country_of_origin": "MM",
        "tags": ["gluten-free", "dairy-free"],
        "servings": 6,
        "prep_time": 20,
        "cook_time": 90,
        "story": "<p>In the Chin hills sabuti is cooked in a big pot for the whole family. Mang says a bowl "
        "of it on a rainy evening in Kuala Lumpur is the closest thing to home.</p>",
        "ingredients": [
            i("2", "cup", "dried hominy corn", "soaked overnight"),
            i("0.5", "cup", "dried red beans", "soaked overnight"),
            i("300", "g", "pork or chicken bones", "optional"),
            i("1", "piece", "onion", "chopped"),
            i("1", "handful", "mustard greens", "chopped"),
            i(None, "", "salt and chilli", "to taste"),
        ],
        "method": steps(
            "Drain the corn and beans and put them in a large pot with the bones and eight cups of water.",
            "Simmer gently for about an hour and a half, until the corn splits and the soup thickens.",
            "Add the onion and greens for the last ten minutes, then season with salt and chilli.",
        ),
    },
    {
        "slug": "kachin-herb-chicken",
        "title": "Kachin chicken with herbs and chilli",
        "cook_name": "Seng",
        "community": "Kachin",
        "country_of_origin": "MM",
        "tags": ["gluten-free", "dairy-free", "spicy"],
        "servings": 4,
        "prep_time": 25,
        "cook_time": 30,
        "story": "<p>Seng's family pounded herbs and chilli in a bamboo tube. She uses a mortar now, and "
        "shares the dish at church gatherings with friends from many countries.</p>",
        "ingredients": [
            ("group", "For the paste"),
            i("4", "piece", "dried chillies", "soaked"),
            i("4", "clove", "garlic"),
            i("1", "piece", "thumb of ginger"),
            i("1", "handful", "coriander and mint"),
            ("group", "For the chicken"),
            i("700", "g", "chicken pieces"),
            i("1", "tbsp", "oil"),
            i("0.5", "tsp", "salt"),
        ],
        "method": steps(
            "Pound the chillies, garlic, ginger and half the herbs into a rough paste.",
            "Rub the paste into the chicken with the salt and leave for fifteen minutes.",
            "Cook the chicken in the oil over a medium heat, covered, until done, about 25 minutes.",
            "Scatter the rest of the herbs on top and serve with rice.",
        ),
    },
    {
        "slug": "afghan-bolani",
        "title": "Bolani: Afghan flatbread filled with potato",
        "cook_name": "Zahra",
        "community": "Afghan",
        "country_of_origin": "AF",
        "tags": ["halal", "vegetarian"],
        "servings": 4,
        "prep_time": 40,
        "cook_time": 20,
        "story": "<p>Zahra made bolani for Eid in Kabul. In Malaysia she cooks them for her children's "
        "school friends, who now ask for them by name.</p>",
        "ingredients": [
            ("group", "For the dough"),
            i("2", "cup", "plain flour"),
            i("0.75", "cup", "warm water"),
            i("0.5", "tsp", "salt"),
            ("group", "For the filling"),
            i("3", "piece", "potatoes", "boiled and mashed"),
            i("4", "piece", "spring onions", "chopped"),
            i("1", "handful", "coriander", "chopped"),
            i("2", "tbsp", "oil", "for frying"),
        ],
        "method": steps(
            "Mix the flour, salt and water into a soft dough, knead it well and rest it for half an hour.",
            "Mix the potatoes with the spring onions, coriander and a little salt.",
            "Roll the dough into thin rounds, spread filling over half and fold into half-moons.",
            "Fry each bolani in a little oil until golden on both sides.",
        ),
    },
    {
        "slug": "somali-bariis-iskukaris",
        "title": "Bariis iskukaris: Somali spiced rice",
        "cook_name": "Hodan",
        "community": "Somali",
        "country_of_origin": "SO",
        "tags": ["halal", "gluten-free", "dairy-free"],
        "servings": 6,
        "prep_time": 15,
        "cook_time": 40,
        "story": "<p>Hodan's rice is the centre of every family meal. She mixes her own xawaash spice and "
        "gives little jars of it to new friends.</p>",
        "ingredients": [
            i("3", "cup", "basmati rice", "washed and soaked"),
            i("500", "g", "lamb or goat", "in pieces"),
            i("1", "piece", "onion", "sliced"),
            i("2", "piece", "tomatoes", "chopped"),
            i("1.5", "tsp", "xawaash spice mix", "cumin, coriander, cardamom, cinnamon"),
            i("2", "tbsp", "oil"),
            i("0.25", "cup", "raisins", "optional"),
        ],
        "method": steps(
            "Brown the meat and onion in the oil, add the tomatoes and spice and cook until tender.",
            "Add the drained rice and enough water to cover it by a finger's width.",
            "Cover tightly and cook on a low heat for 20 minutes without lifting the lid.",
            "Fluff the rice and scatter the raisins over it.",
        ),
    },
    {
        "slug": "syrian-muhammara",
        "title": "Muhammara: Syrian red pepper and walnut dip",
        "cook_name": "Rami",
        "community": "Syrian",
        "country_of_origin": "SY",
        "tags": ["halal", "vegan", "contains-nuts"],
        "servings": 6,
        "prep_time": 15,
        "cook_time": 20,
        "story": "<p>Rami's mother in Aleppo made muhammara with peppers dried on the roof. He now roasts "
        "them in a small oven in Selangor and serves the dip with bread at his stall.</p>",
        "ingredients": [
            i("3", "piece", "red peppers", "roasted and peeled"),
            i("1", "cup", "walnuts", "toasted"),
            i("0.333", "cup", "breadcrumbs"),
            i("2", "tbsp", "pomegranate molasses"),
            i("3", "tbsp", "olive oil"),
            i("1", "tsp", "ground cumin"),
            i(None, "", "chilli flakes and salt", "to taste"),
        ],
        "method": steps(
            "Blend the peppers, walnuts and breadcrumbs to a coarse paste.",
            "Stir in the pomegranate molasses, cumin, oil, chilli and salt.",
            "Leave for an hour for the flavours to settle, and serve with warm bread.",
        ),
    },
    {
        "slug": "pakistani-chana-masala",
        "title": "Chana masala: Pakistani spiced chickpeas",
        "cook_name": "Bilal",
        "community": "Pakistani",
        "country_of_origin": "PK",
        "tags": ["halal", "vegan", "gluten-free", "spicy"],
        "servings": 4,
        "prep_time": 10,
        "cook_time": 30,
        "story": "<p>Bilal cooks for the workers in his hostel on Sundays. Chana masala is the dish everyone "
        "agrees on, whatever country they come from.</p>",
        "ingredients": [
            i("2", "can", "chickpeas", "drained"),
            i("1", "piece", "onion", "chopped"),
            i("2", "piece", "tomatoes", "chopped"),
            i("1", "tbsp", "ginger-garlic paste"),
            i("1.5", "tsp", "garam masala"),
            i("0.5", "tsp", "chilli powder"),
            i("2", "tbsp", "oil"),
        ],
        "method": steps(
            "Fry the onion in the oil until brown, then add the ginger-garlic paste and spices.",
            "Add the tomatoes and cook until they break down into a thick sauce.",
            "Add the chickpeas and a cup of water and simmer for 15 minutes, mashing a few chickpeas.",
        ),
    },
]


def load(stdout):
    locale = source_locale()
    home = site_root(locale)
    if home is None:
        stdout.write("campaigns: no home page; skipped")
        return
    campaign = _campaign(home)
    fill_empty_fields(campaign, hero_image_alt=CAMPAIGN_HERO_IMAGE_ALT)
    recipes = [_recipe(campaign, spec) for spec in RECIPES]
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
