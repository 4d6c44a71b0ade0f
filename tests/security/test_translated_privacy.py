"""A private page is private in every language: its translations and their descendants too.

Pages are translated through wagtail-localize, as the demo and translators do
(`translate_now`), then the English page's view restriction is changed.
"""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from core.demo_utils import ensure_locales
from home.models import StandardPage
from tests.factories.home import StandardPageFactory, make_home_page, translate_at_once

pytestmark = pytest.mark.django_db


def make_private(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def is_public(page):
    return Page.objects.public().filter(pk=page.pk).exists()


def about_and_team(parent, slug):
    about = StandardPageFactory(parent=parent, title="About us", slug=slug)
    StandardPageFactory(parent=about, title="Our team", slug="team")
    return about


@pytest.fixture(scope="module")
def site_content(module_db):
    """The home page, and an about page with its child, translated into every locale before
    any restriction.

    Translating them is the slow part, and no test changes them in a way its rollback does
    not undo, so they are built once for the module; the ids by name.
    """
    ensure_locales()
    home = translate_at_once(make_home_page())
    about = translate_at_once(about_and_team(home, "about"))
    team = translate_at_once(about.get_children().get(slug="team"))
    return {"home": home.pk, "about": about.pk, "team": team.pk}


@pytest.fixture
def translated_home(site_content):
    """The module's home page in every locale, by language code."""
    home = Page.objects.get(pk=site_content["home"])
    return {page.locale.language_code: page for page in home.get_translations(inclusive=True)}


@pytest.fixture
def about(site_content):
    """The English about page (its child: the team page), fetched afresh for each test."""
    return StandardPage.objects.get(pk=site_content["about"])


@pytest.fixture
def malay(about, translated_home, site_content):
    """The Malay about page and its child, translated before any restriction."""
    locale = translated_home["ms"].locale
    team = Page.objects.get(pk=site_content["team"])
    return about.get_translation(locale), team.get_translation(locale)


@pytest.fixture
def untranslated_about(translated_home):
    """An about page and its child not translated yet, for the one test that translates them itself."""
    return about_and_team(translated_home["en"], "about-us")


def test_translations_of_a_private_page_and_their_descendants_are_private(client, about, malay):
    ms_about, ms_team = malay
    assert is_public(ms_about) and is_public(ms_team)
    make_private(about)
    for page in (ms_about, ms_team):
        assert not is_public(page)
        response = client.get(page.url)
        assert response.status_code == 302 and "/login/" in response["Location"]
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/about/" not in sitemap and ms_about.url not in sitemap and ms_team.url not in sitemap


def test_translations_of_a_private_page_are_left_out_of_search(client, about, malay):
    ms_about, _ms_team = malay
    found = client.get("/ms/search/", {"q": "team"}).content.decode()
    assert ms_about.url + "team/" in found  # untranslated text shows the English words
    make_private(about)
    found = client.get("/ms/search/", {"q": "team"}).content.decode()
    assert ms_about.url + "team/" not in found


def test_changing_or_lifting_the_restriction_changes_the_translations(about, malay):
    ms_about, _ms_team = malay
    restriction = make_private(about)
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set([Group.objects.create(name="Staff")])
    [copy] = PageViewRestriction.objects.filter(page=ms_about)
    assert copy.restriction_type == PageViewRestriction.GROUPS
    assert [group.name for group in copy.groups.all()] == ["Staff"]
    restriction.delete()
    assert is_public(ms_about)


def test_deleting_the_private_page_leaves_its_translations_private(about, malay):
    ms_about, ms_team = malay
    make_private(about)
    Page.objects.get(pk=about.pk).delete()
    assert not is_public(ms_about) and not is_public(ms_team)


def test_a_translation_made_under_a_private_parent_keeps_its_own_restriction(
    untranslated_about, translated_home, translate_now
):
    """Wagtail copies a page's restrictions to a copy only when the new parent is not private."""
    about = untranslated_about
    team = about.get_children().get(slug="team")
    make_private(about)
    make_private(team)
    translate_now(about)
    translate_now(team)
    ms_team = team.get_translation(translated_home["ms"].locale)
    PageViewRestriction.objects.get(page=about).delete()  # the section public again, the team page not
    assert is_public(about.get_translation(translated_home["ms"].locale))
    assert not is_public(ms_team)


def test_lifting_the_restriction_on_a_translation_leaves_it_private_while_its_source_is(about, malay):
    ms_about, ms_team = malay
    make_private(about)
    PageViewRestriction.objects.get(page=ms_about).delete()  # a translator's privacy setting
    assert not is_public(ms_about) and not is_public(ms_team)
    assert not is_public(about)


def test_a_restriction_on_a_translation_alone_leaves_the_source_public(about, malay, translated_home):
    ms_about, _ms_team = malay
    make_private(ms_about)
    assert not is_public(ms_about)
    assert is_public(about) and is_public(about.get_translation(translated_home["ta"].locale))


def test_restrictions_set_before_the_sync_reach_the_translations_with_one_command(about, malay):
    ms_about, _ms_team = malay
    restriction = PageViewRestriction(page=about, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.bulk_create([restriction])  # as before the sync: no signals
    assert is_public(ms_about)
    call_command("sync_view_restrictions", stdout=StringIO())
    assert not is_public(ms_about)
