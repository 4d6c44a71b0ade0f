"""The Dari Dapur campaign page and the recipes below it.

Dari Dapur ('from the kitchen') tells the stories of migrant and refugee
communities in Malaysia through their food. The campaign page explains the
campaign and lists its recipes with filters; each recipe page carries the
cook's story, the recipe itself and schema.org data for search engines.
"""

from fractions import Fraction

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES, CallToActionBlock
from core.fragments import fragment
from core.localization import in_reader_language
from core.models import BasePage, HeroMixin, image_alt_text, optional_image
from core.pagination import listing_address, paginate

from .blocks import CampaignStreamBlock, IngredientsBlock, MethodBlock, PartnerBlock
from .countries import country_choices, country_name, is_country_code, validate_country_code
from .quantities import MAX_SERVINGS, MIN_SERVINGS, format_quantity, parse_servings, scale, unit_label


class DietaryTag(models.Model):
    """A fixed vocabulary of dietary labels (halal, vegan, ...).

    Fixed in code rather than edited as snippets: the codes appear in filter
    URLs and map to schema.org diets, and the labels are translated once in the
    gettext catalogues, so every language shows them without translators
    touching each recipe. The rows are created by a data migration.
    """

    CHOICES = [
        ("halal", _("Halal")),
        ("vegetarian", _("Vegetarian")),
        ("vegan", _("Vegan")),
        ("gluten-free", _("Gluten-free")),
        ("dairy-free", _("Dairy-free")),
        ("contains-nuts", _("Contains nuts")),
        ("spicy", _("Spicy")),
    ]
    SCHEMA_DIETS = {
        "halal": "https://schema.org/HalalDiet",
        "vegetarian": "https://schema.org/VegetarianDiet",
        "vegan": "https://schema.org/VeganDiet",
        "gluten-free": "https://schema.org/GlutenFreeDiet",
    }

    code = models.SlugField(_("code"), max_length=30, unique=True, choices=CHOICES)

    class Meta:
        ordering = ["code"]
        verbose_name = _("dietary tag")
        verbose_name_plural = _("dietary tags")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def label(self):
        return self.get_code_display()


class CampaignPage(HeroMixin, BasePage):
    """A campaign such as Dari Dapur: its purpose, partners, a call to action and its recipes."""

    # It and its recipes, in every language, go live only by approval (core/moderation.py).
    moderated_section = True

    purpose = RichTextField(
        _("purpose"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Why the campaign exists and what it asks of readers; shown under the hero."),
    )
    body = StreamField(
        CampaignStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The campaign's story, featured recipes and stories."),
    )
    partners = StreamField(
        [("partner", PartnerBlock())],
        blank=True,
        verbose_name=_("partners"),
        help_text=_("Organisations running or supporting the campaign."),
    )
    call_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("call to action"),
        help_text=_("What readers can do: share a recipe, join the conversation."),
    )

    content_panels = [
        *Page.content_panels,
        HeroMixin.hero_panel,
        FieldPanel("purpose"),
        FieldPanel("body"),
        FieldPanel("partners"),
        FieldPanel("call_to_action"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("purpose"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.RecipePage"]

    recipes_per_page = 12

    class Meta:
        verbose_name = _("campaign page")

    def recipes(self):
        """Live recipes below this page, ready for cards: photo renditions and tags prefetched."""
        return RecipePage.for_cards().child_of(self).live().order_by("title", "pk")

    def recipe_filters(self, request):
        """The reader's filters, checked before they reach the database.

        Returns (filters, problems): filters maps 'country' and 'diet' to valid
        values; problems lists the values we could not use.
        """
        filters, problems = {}, []
        country = request.GET.get("country", "").strip()
        if country:
            if is_country_code(country.upper()):
                filters["country"] = country.upper()
            else:
                problems.append(country[:40])
        diet = request.GET.get("diet", "").strip()
        if diet:
            if diet in dict(DietaryTag.CHOICES):
                filters["diet"] = diet
            else:
                problems.append(diet[:40])
        return filters, problems

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recipes = self.recipes()
        filters, problems = self.recipe_filters(request)
        all_recipes = RecipePage.objects.child_of(self).live()
        countries = sorted(
            {code for code in all_recipes.values_list("country_of_origin", flat=True) if code},
            key=country_name,
        )
        diets_present = set(
            DietaryTag.objects.filter(recipes__in=all_recipes).values_list("code", flat=True).distinct()
        )
        if problems:
            recipes = recipes.none()
        if "country" in filters:
            recipes = recipes.filter(country_of_origin=filters["country"])
        if "diet" in filters:
            recipes = recipes.filter(dietary_tags__code=filters["diet"])
        listing = paginate(recipes, request.GET.get("page"), self.recipes_per_page)
        context.update(
            listing,
            **listing_address(self, listing["page_obj"], filtered=bool(filters or problems)),
            filters=filters,
            filter_problems=problems,
            country_options=[
                {"code": code, "name": country_name(code), "query": _query(code, filters.get("diet"))}
                for code in countries
            ],
            diet_options=[
                {"code": code, "name": label, "query": _query(filters.get("country"), code)}
                for code, label in DietaryTag.CHOICES
                if code in diets_present
            ],
            all_countries_query=_query(None, filters.get("diet")),
            all_diets_query=_query(filters.get("country"), None),
            query_string=_query(filters.get("country"), filters.get("diet")),
        )
        return context


def _query(country, diet):
    parts = []
    if country:
        parts.append(f"country={country}")
    if diet:
        parts.append(f"diet={diet}")
    return "&".join(parts)


class RecipePage(BasePage):
    """A recipe shared by a cook from a migrant or refugee community, with their story."""

    # Pages of this type list their siblings (related items): the page cache (perf/)
    # purges the whole section below the parent when one changes.
    page_cache_purges_siblings = True

    card_template = "campaigns/includes/recipe_card.html"
    card_context_name = "recipe"

    cook_name = models.CharField(
        _("cook's name"),
        max_length=60,
        help_text=_(
            "A first name or a pseudonym only. Never publish a full name, or any name, without the "
            "cook's informed consent; use a pseudonym when in doubt (people may be at risk)."
        ),
    )
    community = models.CharField(
        _("community"),
        max_length=80,
        help_text=_("The community the recipe comes from, e.g. 'Rohingya', 'Chin', 'Somali'."),
    )
    country_of_origin = models.CharField(
        _("country of origin"),
        max_length=2,
        validators=[validate_country_code],
        help_text=_("The country the cook or the dish comes from; readers can filter by it."),
    )
    cook_story = RichTextField(
        _("the cook's story"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("In the cook's words where possible: what the dish means to them and their family."),
    )
    photo = optional_image(
        _("photo"), _("A photograph of the dish. Avoid faces unless the cook agreed to be shown.")
    )
    photo_alt = models.CharField(
        _("photo alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the dish for readers who cannot see it; defaults to the image's description."),
    )
    servings = models.PositiveSmallIntegerField(
        _("servings"),
        default=4,
        validators=[MinValueValidator(MIN_SERVINGS), MaxValueValidator(MAX_SERVINGS)],
        help_text=_("How many people the quantities below feed."),
    )
    prep_time = models.PositiveSmallIntegerField(
        _("preparation time (minutes)"),
        default=0,
        validators=[MaxValueValidator(24 * 60 * 3)],
        help_text=_("Hands-on time before cooking, in minutes (soaking overnight counts)."),
    )
    cook_time = models.PositiveSmallIntegerField(
        _("cooking time (minutes)"),
        default=0,
        validators=[MaxValueValidator(24 * 60 * 3)],
        help_text=_("Time on the stove or in the oven, in minutes."),
    )
    ingredients = StreamField(
        IngredientsBlock(),
        verbose_name=_("ingredients"),
        help_text=_("In the order they are used, for the number of servings above."),
    )
    method = StreamField(MethodBlock(), verbose_name=_("method"), help_text=_("The steps, in order."))
    dietary_tags = ParentalManyToManyField(
        DietaryTag,
        blank=True,
        related_name="recipes",
        verbose_name=_("dietary tags"),
        help_text=_("Tick every label that is true of the recipe as written."),
    )
    related_recipes = StreamField(
        [("recipe", PageChooserBlock(page_type="campaigns.RecipePage", label=_("Recipe")))],
        blank=True,
        max_num=3,
        verbose_name=_("related recipes"),
        help_text=_("Up to three; when empty, other recipes from the same country are shown."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("cook_name"),
                FieldRowPanel(
                    [
                        FieldPanel("community"),
                        FieldPanel("country_of_origin", widget=forms.Select(choices=country_choices())),
                    ]
                ),
                FieldPanel("cook_story"),
            ],
            heading=_("The cook"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldRowPanel([FieldPanel("servings"), FieldPanel("prep_time"), FieldPanel("cook_time")]),
        FieldPanel("ingredients"),
        FieldPanel("method"),
        FieldPanel("dietary_tags", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_recipes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("community"),
        index.SearchField("cook_story"),
        index.SearchField("ingredients"),
        index.FilterField("country_of_origin"),
    ]
    # Words are translated; the country, numbers, photo and tags follow the source recipe.
    override_translatable_fields = [
        SynchronizedField("country_of_origin"),
        SynchronizedField("dietary_tags"),
    ]

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    og_type = "article"

    class Meta:
        verbose_name = _("recipe")
        verbose_name_plural = _("recipes")

    @property
    def card_image(self):
        return self.listing_image or self.photo

    @property
    def card_image_alt_text(self):
        if self.listing_image_id is None and self.photo_id is not None:  # the card shows the photo
            return self.photo_alt_text
        return super().card_image_alt_text

    @classmethod
    def for_cards(cls):
        """Recipes ready for cards: photos, renditions and dietary labels prefetched (fixed query count)."""
        images = get_image_model().objects.prefetch_renditions()  # every size and format of the srcset
        return cls.objects.select_related("locale").prefetch_related(
            Prefetch("photo", queryset=images), "dietary_tags"
        )

    @property
    def photo_alt_text(self):
        return image_alt_text(self.photo, self.photo_alt)

    @property
    def summary_text(self):
        return super().summary_text or _("A recipe from the %(community)s community.") % {
            "community": self.community
        }

    @property
    def country_name(self):
        return country_name(self.country_of_origin)

    @property
    def total_time(self):
        return (self.prep_time or 0) + (self.cook_time or 0)

    def ingredient_lines(self, factor=Fraction(1)):
        """The ingredient list for templates: group headings and lines, scaled by `factor`."""
        lines = []
        for block in self.ingredients:
            if block.block_type == "group":
                lines.append({"group": block.value})
                continue
            value = block.value
            quantity = scale(value.get("quantity"), factor)
            lines.append(
                {
                    "quantity": format_quantity(quantity),
                    "unit": unit_label(value.get("unit"), quantity),
                    "item": value.get("item", ""),
                    "note": value.get("note", ""),
                }
            )
        return lines

    def ingredient_groups(self, factor=Fraction(1)):
        """The ingredient lines split at each group heading: [{'heading': ..., 'lines': [...]}]."""
        groups = [{"heading": "", "lines": []}]
        for line in self.ingredient_lines(factor):
            if "group" in line:
                groups.append({"heading": line["group"], "lines": []})
            else:
                groups[-1]["lines"].append(line)
        return [group for group in groups if group["heading"] or group["lines"]]

    def method_steps(self):
        return [block.value for block in self.method if block.block_type == "step"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        servings, given = parse_servings(request.GET.get("servings"))
        servings_message = ""
        if given and servings is None:
            servings_message = _(
                "Servings must be a whole number from %(min)s to %(max)s. "
                "The quantities below are for the original %(servings)s servings."
            ) % {"min": MIN_SERVINGS, "max": MAX_SERVINGS, "servings": self.servings}
        shown_servings = servings or self.servings
        factor = Fraction(shown_servings, self.servings or 1)
        # The parts read only when their cached HTML is missing (recipe_page.html) are lazy.
        context.update(
            shown_servings=shown_servings,
            servings_scaled=shown_servings != self.servings,
            servings_message=servings_message,
            min_servings=MIN_SERVINGS,
            max_servings=MAX_SERVINGS,
            ingredient_groups=SimpleLazyObject(lambda: self.ingredient_groups(factor)),
            steps=SimpleLazyObject(self.method_steps),
            campaign=SimpleLazyObject(lambda: self.get_parent().specific),
            related=SimpleLazyObject(self.related),
            recipe_schema=fragment(
                f"recipe-schema:{self.pk}:{translation.get_language()}:{request.build_absolute_uri('/')}",
                lambda: self.schema(request),
                request=request,
            ),
        )
        return context

    def related(self):
        """Chosen related recipes in the reader's language, else others from the same country."""
        queryset = RecipePage.for_cards()
        chosen = in_reader_language([block.value for block in self.related_recipes], queryset)
        if chosen:
            return chosen
        return list(
            queryset.sibling_of(self, inclusive=False)
            .live()
            .filter(country_of_origin=self.country_of_origin)
            .order_by("title")[:3]
        )

    def schema(self, request=None):
        """schema.org Recipe data, as a dict ready for JSON-LD."""
        data = {
            "@context": "https://schema.org",
            "@type": "Recipe",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "description": str(self.summary_text),
            "author": {"@type": "Person", "name": self.cook_name},
            "recipeCuisine": f"{self.community} ({country_name(self.country_of_origin, 'en')})",
            "recipeYield": str(self.servings),
            "prepTime": iso_duration(self.prep_time),
            "cookTime": iso_duration(self.cook_time),
            "totalTime": iso_duration(self.total_time),
            "recipeIngredient": [
                " ".join(part for part in (line["quantity"], line["unit"], line["item"]) if part)
                + (f" ({line['note']})" if line["note"] else "")
                for line in self.ingredient_lines()
                if "group" not in line
            ],
            "recipeInstructions": [
                {"@type": "HowToStep", "position": number, "text": text}
                for number, text in enumerate(self.method_steps(), start=1)
            ],
        }
        if self.photo:
            rendition = self.photo.get_rendition("fill-1200x900|format-jpeg")
            data["image"] = [request.build_absolute_uri(rendition.url) if request else rendition.full_url]
        diets = [
            DietaryTag.SCHEMA_DIETS[tag.code]
            for tag in self.dietary_tags.all()
            if tag.code in DietaryTag.SCHEMA_DIETS
        ]
        if diets:
            data["suitableForDiet"] = diets
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.date().isoformat()
        return data


def iso_duration(minutes):
    """Minutes as an ISO 8601 duration: 75 -> 'PT1H15M', 0 -> 'PT0M'."""
    hours, minutes = divmod(int(minutes or 0), 60)
    if hours and minutes:
        return f"PT{hours}H{minutes}M"
    if hours:
        return f"PT{hours}H"
    return f"PT{minutes}M"
