"""Private pages and documents ask for the second factor of a user who owes one.

A Moderator (who must use a second factor) signed in with the password only is
treated as not yet signed in for content restricted to signed-in users or to
groups: sent to the code form (with a device) or the setup (without), with
`?next=` back (core/two_factor.py). Public and password-protected content, and
users who need no second factor, are not affected.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils.http import urlencode
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories.home import StandardPageFactory
from tests.security.test_two_factor import (  # two_factor_on: the base settings' requirement, autouse
    SETUP,
    VERIFY,
    code_form,
    current_code,
    device_for,
    member_of,
    sign_in,
    two_factor_on,  # noqa: F401
)

pytestmark = pytest.mark.django_db


def restricted_page(parent, title, restriction_type, groups=()):
    page = StandardPageFactory(parent=parent, title=title)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type)
    restriction.groups.set(groups)
    return page


@pytest.fixture
def private_pages(home_page):
    return [
        restricted_page(home_page, "Staff only", PageViewRestriction.LOGIN),
        restricted_page(
            home_page, "Moderators only", PageViewRestriction.GROUPS, [Group.objects.get(name="Moderators")]
        ),
    ]


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return Document.objects.create(
        title="Minutes", collection=collection, file=ContentFile(b"minutes", name="minutes.txt")
    )


def private_urls(private_pages, private_document):
    return [page.url for page in private_pages] + [private_document.url]


def assert_sent_to(response, step, url):
    assert response.status_code == 302, url
    assert response["Location"] == f"{step}?{urlencode({'next': url})}", url


def test_a_moderator_without_a_device_is_sent_to_set_one_up(client, private_pages, private_document):
    sign_in(client, member_of("Moderators"))
    for url in private_urls(private_pages, private_document):
        assert_sent_to(client.get(url), SETUP, url)


def test_a_moderator_with_a_device_is_asked_for_the_code_and_then_gets_in(
    client, private_pages, private_document
):
    moderator = member_of("Moderators")
    device = device_for(moderator)
    sign_in(client, moderator)
    urls = private_urls(private_pages, private_document)
    for url in urls:
        assert_sent_to(client.get(url), VERIFY, url)
    response = client.post(VERIFY, code_form(device, current_code(device), urls[0]))
    assert response.status_code == 302 and response["Location"] == urls[0]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_public_pages_stay_open_to_an_unverified_moderator(client, home_page):
    sign_in(client, member_of("Moderators"))
    assert client.get("/en/").status_code == 200


def test_users_who_need_no_second_factor_read_private_content(client, private_pages, private_document):
    sign_in(client, member_of("Editors"))
    for url in [private_pages[0].url, private_document.url]:
        assert client.get(url).status_code == 200, url
