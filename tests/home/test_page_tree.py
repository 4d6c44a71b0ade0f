"""Each page type has one clear place in the tree."""

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_sits_only_at_the_root(home_page):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home_page)


def test_standard_pages_nest_under_home_and_each_other(home_page):
    who_we_are = StandardPageFactory(parent=home_page, title="Who we are")
    assert StandardPage.can_create_at(home_page)
    assert StandardPage.can_create_at(who_we_are)
    assert not StandardPage.can_create_at(Page.get_first_root_node())


def test_home_page_accepts_only_its_declared_children():
    assert StandardPage in HomePage.allowed_subpage_models()
    assert HomePage not in HomePage.allowed_subpage_models()
