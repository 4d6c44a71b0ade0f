"""The password form of a protected page or document is the site's own page, in the reader's
language, and names nothing of what it protects."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory

from .test_page_password_throttle import PASSWORD, attempt, protected_document  # noqa: F401  fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def malay_protected_page(home_page, locales, translate_now):
    page = StandardPageFactory(parent=home_page, title="Partners only", introduction="Secret plans.")
    translate_now(home_page, [locales["ms"]])
    translate_now(page, [locales["ms"]])
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page.get_translation(locales["ms"])


def test_the_form_is_in_the_site_layout_and_the_readers_language(client, malay_protected_page):
    html = client.get(malay_protected_page.url).content.decode()
    assert '<html lang="ms"' in html and 'class="site-footer"' in html
    assert "<h1>Kata laluan diperlukan</h1>" in html
    assert '<label for="id_password">Kata laluan</label>' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "Partners only" not in html and "Secret plans." not in html  # nothing of what it protects


def test_a_wrong_password_is_explained_in_the_readers_language(client, malay_protected_page):
    form = client.get(malay_protected_page.url).content.decode().split('class="password-form" action="')[1]
    form_url = form.split('"')[0]
    response = attempt(client, form_url, "a guess", malay_protected_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kata laluan yang anda masukkan tidak betul. Sila cuba lagi." in html
    assert 'role="alert"' in html
    response = attempt(client, form_url, PASSWORD, malay_protected_page.url)
    assert response.status_code == 302
    assert "Secret plans." in client.get(malay_protected_page.url).content.decode()


def test_a_protected_document_asks_in_the_same_page(client, protected_document):  # noqa: F811  fixture
    document, _form_url = protected_document
    html = client.get(document.url).content.decode()
    assert "<h1>Password required</h1>" in html and 'class="site-footer"' in html
    assert "Agreement" not in html
