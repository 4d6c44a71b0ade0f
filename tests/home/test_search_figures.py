"""Readers find statistics, datasets and media contacts in the site search, in their own language."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.demo_utils import ensure_locales
from home.models import HomePage
from news.models import MediaContact
from stats.formatting import format_number
from stats.models import Dataset, Statistic
from tests.factories.home import make_home_page, translate_at_once
from tests.factories.news import MediaContactFactory, NewsIndexPageFactory
from tests.factories.stats import DataPageFactory, DatasetFactory, StatisticFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def figure_pks(module_db):
    """A data page in every language, a statistic and a dataset, built once for the module."""
    ensure_locales()
    home = translate_at_once(make_home_page())
    translate_at_once(DataPageFactory(parent=home))
    statistic = StatisticFactory(
        slug="resettled", label="refugees resettled", value=Decimal("113166"), source_name="UNHCR Malaysia"
    )
    dataset = DatasetFactory(
        slug="resettlement",
        title="Countries of resettlement",
        source_name="Department of Statistics Malaysia",
    )
    return {"home": home.pk, "statistic": statistic.pk, "dataset": dataset.pk}


@pytest.fixture
def figures(figure_pks):
    return {
        "home": HomePage.objects.get(pk=figure_pks["home"]),
        "statistic": Statistic.objects.get(pk=figure_pks["statistic"]),
        "dataset": Dataset.objects.get(pk=figure_pks["dataset"]),
    }


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("query", ["refugees resettled", "resettled", "113,166", "113166", "UNHCR"])
def test_search_finds_a_statistic_by_its_label_number_or_source(client, figures, query):
    html = search(client, "en", query)
    assert 'href="/en/data/resettled/"' in html, query
    assert "113,166 refugees resettled" in html


@pytest.mark.parametrize("query", ["Countries of resettlement", "Department of Statistics", "Australia"])
def test_search_finds_a_dataset_by_its_title_source_or_categories(client, figures, query):
    html = search(client, "en", query)
    assert 'href="/en/data/resettlement/"' in html, query


def test_malay_search_finds_the_malay_statistic_and_only_it(client, figures, translate_now, locales):
    translate_now(figures["statistic"], [locales["ms"]])
    malay = Statistic.objects.get(translation_key=figures["statistic"].translation_key, locale=locales["ms"])
    malay.label = "pelarian ditempatkan semula"
    malay.save()
    html = search(client, "ms", "pelarian ditempatkan")
    assert 'href="/ms/data/resettled/"' in html
    assert "pelarian ditempatkan semula" in html
    assert 'href="/ms/data/resettled/"' in search(
        client, "ms", format_number(Decimal("113166"), "count", "ms")
    )
    # Each language finds only its own copy.
    assert "#resettled" not in search(client, "en", "pelarian")
    assert "/en/data/" not in search(client, "ms", "113166")


def test_tamil_search_finds_the_number_as_tamil_writes_it(client, figures, translate_now, locales):
    translate_now(figures["statistic"], [locales["ta"]])
    # Tamil as written in Malaysia (ta_MY): grouped in thousands.
    assert format_number(Decimal("113166"), "count", "ta") == "113,166"
    for query in ["113,166", "113166"]:
        assert 'href="/ta/data/resettled/"' in search(client, "ta", query), query


def test_search_finds_a_media_contact_by_name_and_leads_to_the_press_room(
    client, figures, translate_now, locales
):
    news = NewsIndexPageFactory(parent=figures["home"])
    translate_now(news)
    contact = MediaContactFactory(name="Paul Dillon Chauzy", role="Spokesperson")
    translate_now(contact, [locales["ms"]])
    html = search(client, "en", "Chauzy")
    assert 'href="/en/news/media/#contacts-heading"' in html
    assert "Paul Dillon Chauzy" in html
    assert MediaContact.objects.filter(name="Paul Dillon Chauzy").count() == 2
    assert 'href="/ms/news/media/#contacts-heading"' in search(client, "ms", "Chauzy")


def test_an_unpublished_figure_is_not_found(client, figures):
    Statistic.objects.filter(pk=figures["statistic"].pk).update(live=False)
    assert "#resettled" not in search(client, "en", "refugees resettled")


def test_search_query_count_does_not_grow_with_figures(client, figures):
    def count(query):
        search(client, "en", query)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            search(client, "en", query)
        return len(queries)

    few = count("resettlement")
    for number in range(10):
        StatisticFactory(label=f"resettlement figure {number}")
        DatasetFactory(title=f"Resettlement dataset {number}")
    assert count("resettlement") <= few + 1  # one more kind of result (statistics) on the page
