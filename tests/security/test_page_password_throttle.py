"""Wagtail's password forms for protected pages and documents lock after five wrong passwords.

Five wrong passwords for one restriction from one client address lock that
form for that address: the sixth attempt is refused with a 429, even with the
right password; another address still gets in (core/throttling.py).
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

PASSWORD = "the shared password"
LOCKED_MESSAGE = "the password form is locked for 15 minutes"


@pytest.fixture
def protected_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Partners only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page, f"/en/_util/authenticate_with_password/{restriction.id}/{page.id}/"


@pytest.fixture
def protected_document(db):
    collection = Collection.get_first_root_node().add_child(name="Partners")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = Document.objects.create(
        title="Agreement", collection=collection, file=ContentFile(b"text", name="agreement.txt")
    )
    return document, f"/documents/authenticate_with_password/{restriction.id}/"


def attempt(client, form_url, password, return_url, address="203.0.113.10"):
    return client.post(form_url, {"password": password, "return_url": return_url}, REMOTE_ADDR=address)


def fail_five_times(client, form_url, return_url):
    for _attempt in range(5):
        response = attempt(client, form_url, "a guess", return_url)
        assert response.status_code == 200  # the form again, with its error


def test_the_right_page_password_opens_the_page(client, protected_page):
    page, form_url = protected_page
    response = attempt(client, form_url, PASSWORD, page.url)
    assert response.status_code == 302 and response["Location"] == page.url
    assert client.get(page.url).status_code == 200


def test_after_five_wrong_page_passwords_even_the_right_one_is_refused(client, protected_page):
    page, form_url = protected_page
    fail_five_times(client, form_url, page.url)
    response = attempt(client, form_url, PASSWORD, page.url)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()
    assert 'name="password"' in client.get(page.url).content.decode()  # still asks for it


def test_a_page_password_lockout_holds_one_client_address_only(client, protected_page):
    page, form_url = protected_page
    fail_five_times(client, form_url, page.url)
    response = attempt(client, form_url, PASSWORD, page.url, address="198.51.100.20")
    assert response.status_code == 302 and response["Location"] == page.url


def test_after_five_wrong_document_passwords_even_the_right_one_is_refused(client, protected_document):
    document, form_url = protected_document
    fail_five_times(client, form_url, document.url)
    assert attempt(client, form_url, PASSWORD, document.url).status_code == 429
