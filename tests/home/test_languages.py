"""Every page says its language and direction, and offers its translations."""

import pytest

from tests.factories.home import StandardPageFactory, translate_text_as_is

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"),
    [("en", "en", "ltr"), ("ms", "ms", "ltr"), ("zh-hans", "zh-hans", "ltr"), ("ar", "ar", "rtl")],
)
def test_html_element_carries_lang_and_dir(client, translated_home, prefix, lang, direction):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}">' in response.content.decode()


def test_switcher_links_to_translations_and_falls_back_to_home(
    client, translated_home, locales, translate_now
):
    page = StandardPageFactory(parent=translated_home["en"], title="Partnerships")
    translate_now(page, [locales["ms"]])
    translate_text_as_is(page, ["ms"])
    html = client.get("/en/partnerships/").content.decode()
    assert 'href="/ms/partnerships/" lang="ms"' in html
    # No Arabic translation of this page: the switcher leads to the Arabic home page.
    assert 'href="/ar/" lang="ar"' in html


def test_hreflang_lists_live_translations_with_x_default(client, translated_home, locales, translate_now):
    page = StandardPageFactory(parent=translated_home["en"], title="Partnerships")
    translate_now(page, [locales["ms"]])
    translate_text_as_is(page, ["ms"])
    html = client.get("/ms/partnerships/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/partnerships/">' in html
    assert '<link rel="alternate" hreflang="ms" href="http://testserver/ms/partnerships/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/partnerships/">' in html
    assert 'hreflang="ar"' not in html.split("<body")[0]
    assert '<link rel="canonical" href="http://testserver/ms/partnerships/">' in html


def test_menu_and_footer_use_the_active_languages_snippet(client, translated_home, locales, translate_now):
    from tests.factories.home import MainMenuFactory, OrganisationProfileFactory

    profile = OrganisationProfileFactory()
    menu = MainMenuFactory()
    page = StandardPageFactory(parent=translated_home["en"], title="Who we are")
    menu.links.append(("link", {"text": "Who we are", "page": page, "external_url": ""}))
    menu.save()
    translate_now(page, [locales["ms"]])
    translate_now(profile, [locales["ms"]])
    translate_now(menu, [locales["ms"]])
    malay_profile = profile.get_translation(locales["ms"])
    malay_profile.name = "Pertubuhan Antarabangsa bagi Migrasi"
    malay_profile.save()
    malay = client.get("/ms/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Pertubuhan Antarabangsa bagi Migrasi" in malay
    assert "Pertubuhan Antarabangsa bagi Migrasi" not in english
    assert 'href="/ms/who-we-are/"' in malay  # menu links lead to the Malay page
    assert 'href="/en/who-we-are/"' in english


def test_untranslated_snippet_falls_back_to_english(client, translated_home):
    from tests.factories.home import OrganisationProfileFactory

    OrganisationProfileFactory(name="International Organization for Migration")
    assert "International Organization for Migration" in client.get("/ta/").content.decode()


def test_menu_keeps_the_chosen_page_where_its_translation_is_missing_or_unpublished(
    client, translated_home, locales, translate_now
):
    from tests.factories.home import MainMenuFactory

    menu = MainMenuFactory()
    translated = StandardPageFactory(parent=translated_home["en"], title="Partnerships")
    unpublished = StandardPageFactory(parent=translated_home["en"], title="Careers")
    untranslated = StandardPageFactory(parent=translated_home["en"], title="Contact")
    for page in (translated, unpublished, untranslated):
        menu.links.append(("link", {"text": "", "page": page, "external_url": ""}))
    menu.links.append(("link", {"text": "Data portal", "page": None, "external_url": "https://example.org/"}))
    menu.save()
    translate_now(translated, [locales["ms"]])
    translate_now(unpublished, [locales["ms"]])
    unpublished.get_translation(locales["ms"]).unpublish()

    menu_html = client.get("/ms/").content.decode().split('class="site-nav__list"')[1].split("</ul>")[0]
    assert 'href="/ms/partnerships/"' in menu_html
    assert 'href="/en/careers/"' in menu_html
    assert 'href="/en/contact/"' in menu_html
    assert '<a href="https://example.org/"' in menu_html and "Data portal" in menu_html
    assert menu_html.index("/partnerships/") < menu_html.index("/careers/") < menu_html.index("/contact/")
