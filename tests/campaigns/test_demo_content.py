"""The demo content builds Dari Dapur in every language, with sample recipes
(tests/home/test_demo_content.py proves a second run changes nothing)."""

import pytest

from campaigns.models import CampaignPage, RecipePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_demo_campaign_with_sample_recipes_in_every_language(client):
    english = RecipePage.objects.filter(locale__language_code="en")
    assert english.count() >= 6
    assert {recipe.community for recipe in english} >= {"Rohingya", "Chin", "Kachin", "Afghan", "Somali"}
    assert all(recipe.photo and recipe.photo.description for recipe in english)
    assert all("sample recipe" in recipe.cook_story for recipe in english)
    assert CampaignPage.objects.count() == 6  # one per language
    html = client.get("/en/dari-dapur/").content.decode()
    assert "Start with these" in html
    assert html.count('class="card recipe-card"') >= 6 + 3  # listing and featured row
    assert 'href="/en/dari-dapur/"' in client.get("/en/").content.decode()  # main menu
    assert '/dari-dapur/">Dari Dapur</a>' in client.get("/ms/").content.decode()  # synced Malay menu
    for path in [
        "/ms/dari-dapur/",
        "/ar/dari-dapur/afghan-bolani/",
        "/en/dari-dapur/afghan-bolani/?servings=8",
    ]:
        assert client.get(path).status_code == 200, path
