"""Factories for content. Pages are added to the tree and published, as an editor would."""

import factory
from django.test import TestCase
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, TranslationSource

from core.demo_utils import add_translations, demo_image, translate
from core.models import MainMenu, OrganisationProfile
from home.models import HomePage, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class EnglishModelFactory(factory.django.DjangoModelFactory):
    """Base for translatable models (snippets, figures): made in English, the source language."""

    locale = factory.LazyFunction(lambda: LocaleFactory(language_code="en"))

    class Meta:
        abstract = True


class PageFactory(factory.django.DjangoModelFactory):
    """Base for page factories: pass `parent=`; the page is published."""

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, parent=None, publish=True, **kwargs):
        page = model_class(**kwargs)
        parent = parent or Page.get_first_root_node()
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


class HomePageFactory(PageFactory):
    """A home page at the root; the first one made becomes the default site's root."""

    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Safe and dignified migration"
    locale = factory.LazyFunction(lambda: LocaleFactory(language_code="en"))

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    @factory.post_generation
    def make_site_root(page, create, extracted, **kwargs):
        if create and page.locale.language_code == "en":
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"root_page": page, "hostname": "testserver", "port": 80, "site_name": "Test"},
            )


class StandardPageFactory(PageFactory):
    introduction = "A short introduction."

    class Meta:
        model = StandardPage


class ImageFactory(factory.Factory):
    """A small generated image with a description (its alt text)."""

    title = factory.Sequence(lambda n: f"Image {n}")
    description = "A generated test picture."

    class Meta:
        model = dict

    @classmethod
    def _create(cls, model_class, title, description):
        return demo_image(title, description, size=(320, 180))


class OrganisationProfileFactory(EnglishModelFactory):
    name = "International Organization for Migration"
    office_name = "Malaysia"
    short_name = "IOM Malaysia"
    country_code = "MY"
    address = "Kuala Lumpur"

    class Meta:
        model = OrganisationProfile


class MainMenuFactory(EnglishModelFactory):
    title = "Main menu"

    class Meta:
        model = MainMenu


def make_home_page():
    """An English home page that is the default site's root (Wagtail's welcome page removed)."""
    Page.objects.filter(depth=2, slug="home").delete()
    return HomePageFactory(slug="home", title="IOM Malaysia")


def translate_text_as_is(instance, language_codes):
    """Translate every text segment of `instance` (its slug aside) into each language with the
    source's own words, as a translator who keeps them would, and publish: the copies then
    count as translated (core/translation_state.py) while their text stays the same."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    texts = {
        segment.string.data: segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
        if segment.context.path != "slug"
    }
    with TestCase.captureOnCommitCallbacks(execute=True):
        add_translations(instance, dict.fromkeys(language_codes, texts))
    return instance


def translate_at_once(instance, locales=None):
    """Translate with wagtail-localize and run the publications it leaves for the commit.

    wagtail-localize publishes translations on transaction commit, which never
    comes inside a test's transaction; this runs those callbacks.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate(instance, locales)
    return instance
