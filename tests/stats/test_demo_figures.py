"""The demo content adds the statistics, the data page and its menu link."""

import pytest

from stats.models import DataPage, Statistic

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_demo_content_adds_figures_data_page_and_menu_link(client):
    assert Statistic.objects.filter(locale__language_code="en").count() == 5
    assert DataPage.objects.filter(locale__language_code="en", url_path__endswith="/data/").exists()
    home = client.get("/en/").content.decode()
    assert "Figures at a glance" in home and "113,166" in home and "135,037" in home
    assert 'href="/en/data/"' in home  # main menu
    data = client.get("/en/data/").content.decode()
    assert "Sample numbers for demonstration" in data
    assert client.get("/en/data/countries-of-resettlement-q2-2023/csv/").status_code == 200
