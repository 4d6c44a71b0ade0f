"""The data page lists everything with citations; a page of figures costs a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.home import StandardPageFactory
from tests.factories.stats import DatasetFactory, StatisticFactory, rows, series

pytestmark = pytest.mark.django_db


def test_data_page_lists_statistics_and_datasets_with_citations(client, data_page):
    StatisticFactory(slug="resettled", label="refugees resettled")
    DatasetFactory(slug="resettlement", title="Countries of resettlement")
    response = client.get("/en/data/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "refugees resettled" in html and "Countries of resettlement" in html
    for path in ["/en/data/resettled/csv/", "/en/data/resettled/json/", "/en/data/resettlement/csv/?hxl=1"]:
        assert f'href="{path}"' in html
    assert "IOM Malaysia. “Countries of resettlement”. As of 30 June 2023. http://testserver/en/data/" in html
    assert "Accessed" in html and "CC BY 4.0" in html


def figures_page(parent, statistics, datasets):
    body = [("statistics_panel", {"heading": "Figures at a glance", "statistics": statistics})]
    body += [("dataset", {"dataset": dataset, "display": "both", "caption": ""}) for dataset in datasets]
    return StandardPageFactory(parent=parent, body=body)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    import os

    if os.environ.get("SHOWQ"):
        for q in queries.captured_queries:
            print(q["sql"][:150])
        print("----")
    return len(queries)


def test_figures_page_query_count_does_not_grow_with_items(client, data_page, home_page):
    """A panel of 4 statistics and 3 datasets costs the same as 1 and 1.

    The choosers load every statistic (and every dataset) of the page in one query
    each, with all their translations; the data page is looked up once per request.
    """
    few = figures_page(home_page, [StatisticFactory()], [DatasetFactory()])
    many = figures_page(
        home_page,
        [StatisticFactory() for _ in range(4)],
        [
            DatasetFactory(series=series("F", "M"), rows=rows(("a", "1; 2"), ("b", "30; 40")))
            for _ in range(3)
        ],
    )
    count_queries(client, few.url)  # warm caches (content types, site)
    few_count = count_queries(client, few.url)
    many_count = count_queries(client, many.url)
    assert many_count == few_count
    print(f"queries for a page with 4 statistics and 3 datasets: {many_count}")
