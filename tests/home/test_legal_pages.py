"""Every footer links to the accessibility statement, privacy notice and content licence,
in the reader's language."""

import re

import pytest

from core.models import LegalPages
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def footer_links(client, url):
    html = client.get(url).content.decode()
    nav = html.split('<nav class="site-footer__legal"')
    if len(nav) == 1:
        return None
    return re.findall(r'<li><a href="([^"]+)" dir="auto"[^>]*>([^<]+)</a></li>', nav[1].split("</nav>")[0])


@pytest.fixture
def legal(home_page):
    pages = {
        "accessibility_statement": StandardPageFactory(parent=home_page, title="Accessibility", slug="a11y"),
        "privacy_notice": StandardPageFactory(parent=home_page, title="Privacy", slug="privacy"),
        "content_licence": StandardPageFactory(parent=home_page, title="Licence", slug="licence"),
    }
    LegalPages.objects.create(site=home_page.get_site(), **pages)
    return pages


def test_no_legal_links_until_the_pages_are_chosen(client, home_page):
    assert footer_links(client, home_page.url) is None


def test_every_page_links_to_the_legal_pages_in_order(client, home_page, legal):
    expected = [("/en/a11y/", "Accessibility"), ("/en/privacy/", "Privacy"), ("/en/licence/", "Licence")]
    assert footer_links(client, home_page.url) == expected
    assert footer_links(client, legal["privacy_notice"].url) == expected


def test_the_footer_links_to_the_readers_language(client, home_page, legal, locales, translate_now):
    translate_now(home_page, [locales["ms"]])
    translate_now(legal["privacy_notice"], [locales["ms"]])
    malay_privacy = legal["privacy_notice"].get_translation(locales["ms"])
    malay_privacy.title = "Privasi"
    malay_privacy.save_revision().publish()
    malay_home = client.get(home_page.get_translation(locales["ms"]).url).content.decode()
    assert '<nav class="site-footer__legal" aria-label="Tentang laman ini">' in malay_home
    links = footer_links(client, home_page.get_translation(locales["ms"]).url)
    # The translated page in Malay; the others, not yet translated, in English rather than missing,
    # marked as English for screen readers.
    assert links == [("/en/a11y/", "Accessibility"), ("/ms/privacy/", "Privasi"), ("/en/licence/", "Licence")]
    assert '<a href="/en/a11y/" dir="auto" lang="en">Accessibility</a>' in malay_home
    assert '<a href="/ms/privacy/" dir="auto">Privasi</a>' in malay_home


def test_an_unpublished_legal_page_is_not_linked(client, home_page, legal):
    legal["content_licence"].unpublish()
    assert [title for _url, title in footer_links(client, home_page.url)] == ["Accessibility", "Privacy"]
