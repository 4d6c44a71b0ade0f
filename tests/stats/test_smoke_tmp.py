import pytest
from tests.factories.stats import *
from tests.factories.home import StandardPageFactory
pytestmark = pytest.mark.django_db

def test_smoke(client, data_page, home_page):
    s = StatisticFactory()
    d = DatasetFactory(slug="resettlement")
    d2 = DatasetFactory(display="stacked", series=series("F","M"), rows=rows(("0-4","3; 10"),("5-17","20; 22")), unit="people")
    d3 = DatasetFactory(display="donut")
    page = StandardPageFactory(parent=home_page, body=[("statistics_panel", {"heading":"Figures at a glance","statistics":[s]}),("dataset",{"dataset":d,"display":"default","caption":""}),("dataset",{"dataset":d2,"display":"both","caption":"cap"}),("dataset",{"dataset":d3,"display":"chart","caption":""})])
    r = client.get(page.url)
    open("/tmp/page.html","w").write(r.content.decode())
    r = client.get("/en/data/")
    assert r.status_code == 200, r.content
    print(r.content.decode()[-5000:])
    r = client.get("/en/data/resettlement/csv/?hxl=1")
    print(r.status_code, r.headers, r.content.decode())
    r = client.get(f"/en/data/{s.slug}/json/")
    print(r.status_code, r.content.decode())
