"""The history page has one place in the tree: under a StandardPage such as 'Who we are'."""

import pytest
from wagtail.models import Page

from home.models import HistoryPage, HomePage, StandardPage
from tests.factories.history import HistoryPageFactory

pytestmark = pytest.mark.django_db


def test_history_page_can_be_added_under_a_standard_page_only(home_page, who_we_are):
    assert HistoryPage.can_create_at(who_we_are)
    assert not HistoryPage.can_create_at(home_page)
    assert not HistoryPage.can_create_at(Page.get_first_root_node())


def test_standard_pages_offer_the_history_page_and_home_does_not():
    assert HistoryPage in StandardPage.allowed_subpage_models()
    assert HistoryPage not in HomePage.allowed_subpage_models()


def test_history_page_has_no_children(who_we_are):
    history = HistoryPageFactory(parent=who_we_are)
    assert HistoryPage.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(history)


def test_editors_can_open_the_history_page_form_under_who_we_are(client, who_we_are, django_user_model):
    admin = django_user_model.objects.create_superuser("editor", "editor@example.org", "pass-word-123")
    client.force_login(admin)
    response = client.get(f"/admin/pages/add/home/historypage/{who_we_are.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "They are shown oldest first, whatever their order here." in html  # the timeline's help text
