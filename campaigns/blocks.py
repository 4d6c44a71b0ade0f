"""Blocks for the campaign page and recipes.

Ingredients and method steps are StreamField lists rather than inline models:
wagtail-localize then offers each item's words (the ingredient, its note, the
step) to translators as segments, while quantities and units, which are not
text, stay synchronised with the source recipe. A stream also lets a recipe
group its ingredients ('For the sauce'), keeps the whole recipe in one
revision for previews and comparisons, and editors reorder items by dragging.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

from core.link_safety import WebURLBlock, public_url
from core.localization import in_reader_language
from stats.blocks import BodyStreamBlock

from .quantities import UNIT_CHOICES, format_quantity, unit_label


class IngredientValue(blocks.StructValue):
    def quantity_display(self):
        return format_quantity(self.get("quantity"))

    def unit_display(self):
        return unit_label(self.get("unit"), self.get("quantity"))


class IngredientBlock(blocks.StructBlock):
    """One line of the ingredient list: quantity, unit, item and an optional note."""

    quantity = blocks.DecimalBlock(
        label=_("Quantity"),
        required=False,
        min_value=0,
        max_digits=8,
        decimal_places=3,
        help_text=_("A number: 0.5 for a half, 0.25 for a quarter, 0.333 for a third. Empty for 'to taste'."),
    )
    unit = blocks.ChoiceBlock(
        label=_("Unit"), choices=UNIT_CHOICES, required=False, help_text=_("Leave empty for '2 eggs'.")
    )
    item = blocks.CharBlock(label=_("Ingredient"), max_length=120, help_text=_("e.g. 'red lentils'."))
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=120,
        help_text=_("Preparation or substitutes, e.g. 'washed', 'or chickpeas'."),
    )

    class Meta:
        icon = "list-ul"
        value_class = IngredientValue
        label = _("Ingredient")


class IngredientsBlock(blocks.StreamBlock):
    ingredient = IngredientBlock()
    group = blocks.CharBlock(
        label=_("Group heading"),
        icon="title",
        max_length=80,
        help_text=_("Starts a group of ingredients, e.g. 'For the sauce'."),
    )


class MethodBlock(blocks.StreamBlock):
    step = blocks.TextBlock(
        label=_("Step"),
        icon="list-ol",
        help_text=_("One step, in the order the cook does it. Steps are numbered automatically."),
    )


class FeaturedRecipesBlock(blocks.StructBlock):
    """A hand-picked row of recipes, shown as cards in the reader's language."""

    heading = blocks.CharBlock(label=_("Heading"), help_text=_("e.g. 'Recipes for Ramadan'."))
    recipes = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="campaigns.RecipePage", label=_("Recipe")),
        label=_("Recipes"),
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "pick"
        template = "campaigns/blocks/featured_recipes.html"
        group = _("Campaign")
        description = _("Up to six recipes chosen by hand.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        recipe_model = self.child_blocks["recipes"].child_block.target_model  # RecipePage, from its label
        context["recipes"] = in_reader_language(list(value["recipes"]), recipe_model.for_cards())
        return context


class FeaturedStoriesBlock(blocks.StructBlock):
    """Stories that tell the campaign's side: any page, so this app never imports the news app."""

    heading = blocks.CharBlock(label=_("Heading"), help_text=_("e.g. 'In the news'."))
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Story"), help_text=_("Usually a news story or feature.")),
        label=_("Stories"),
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "doc-full"
        template = "campaigns/blocks/featured_stories.html"
        group = _("Campaign")
        description = _("Up to six stories or other pages, shown as cards.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        pages = in_reader_language(list(value["stories"]), Page.objects.all())
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
        context["stories"] = [specific[page.pk] for page in pages if page.pk in specific]
        return context


class CampaignStreamBlock(BodyStreamBlock):
    featured_recipes = FeaturedRecipesBlock()
    featured_stories = FeaturedStoriesBlock()


class PartnerValue(blocks.StructValue):
    def website(self):
        """The partner's site, or "" when it is not a web address readers may follow."""
        return public_url(self.get("url"))


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), help_text=_("The partner's full name."))
    role = blocks.CharBlock(
        label=_("Role"), required=False, help_text=_("e.g. 'Co-organised the media workshop'.")
    )
    url = WebURLBlock(label=_("Website"), required=False, help_text=_("The partner's own site."))
    logo = ImageBlock(required=False, label=_("Logo"))

    class Meta:
        icon = "group"
        template = "campaigns/blocks/partner.html"
        value_class = PartnerValue
        label = _("Partner")
        description = _("An organisation the campaign works with.")
