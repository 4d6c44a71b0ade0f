"""A page answers to the restrictions on it and on every page above it, and an alias to those of
its source, exactly as Wagtail decides, though the site reads them in one query
(core/view_restrictions.py `restrictions_along`)."""

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "partners-2026"


@pytest.fixture
def tree(home_page):
    private = StandardPageFactory(parent=home_page, title="Partners", slug="partners")
    plans = StandardPageFactory(parent=private, title="Plans", slug="plans", introduction="Secret plans.")
    about = StandardPageFactory(parent=home_page, title="About", slug="about", introduction="Who we are.")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    alias = private.create_alias(parent=about, update_slug="partners-copy", recursive=True)
    return {
        "home": home_page,
        "private": private,
        "plans": plans,
        "about": about,
        "alias": alias,
        "alias of plans": alias.get_children().get(),
    }


def test_every_page_has_the_restrictions_wagtail_gives_it(tree):
    for name, page in tree.items():
        ours = set(page.specific.get_view_restrictions())
        assert ours == set(Page.get_view_restrictions(page)), name
    assert not tree["about"].specific.get_view_restrictions()
    assert len(tree["alias of plans"].specific.get_view_restrictions()) == 1


@pytest.mark.parametrize("name", ["private", "plans", "alias", "alias of plans"])
def test_a_page_under_a_password_or_aliasing_one_asks_for_it(client, tree, name):
    html = client.get(tree[name].url).content.decode()
    assert "<h1>Password required</h1>" in html
    assert "Secret plans." not in html


def test_a_public_page_beside_them_is_served(client, tree):
    assert "Who we are." in client.get(tree["about"].url).content.decode()
