"""The demo-content command builds a browsable site and is safe to run twice (the module reads the
worker's demo copy, tests/databases.py)."""

import os
import re
import subprocess
from pathlib import Path

import pytest
from django.apps import apps
from wagtail.models import Page, PageViewRestriction, Revision

from tests.databases import load_demo

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def content_counts():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    counts["revisions"] = Revision.objects.count()
    return counts


def test_demo_content_is_idempotent(django_capture_on_commit_callbacks):
    first = content_counts()
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert content_counts() == first
    assert first["home.HomePage"] == 6  # one per language


def test_demo_site_serves_every_language_and_search(client):
    for path in ["/en/", "/ms/", "/ar/", "/en/who-we-are/", "/ms/who-we-are/"]:
        assert client.get(path).status_code == 200, path
    response = client.get("/en/search/", {"q": "migration"})
    assert response.status_code == 200
    assert Page.objects.live().filter(locale__language_code="en").count() > 3
    assert "Who we are" in client.get("/en/").content.decode()  # main menu


def test_make_run_serves_the_demo_on_the_address_it_is_given():
    commands = subprocess.run(  # noqa: S603
        ["make", "-n", "run", "HOST=127.0.0.1:8101"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"},
    ).stdout
    assert "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8101 " in commands
    assert "load_demo_content" in commands and "runserver 127.0.0.1:8101" in commands


def test_the_demo_links_to_the_address_it_was_loaded_for(
    client, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    html = client.get("/en/news/", headers={"host": "127.0.0.1:8101"}).content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8101/en/news/">' in html
    assert '<link rel="alternate" hreflang="ms" href="http://127.0.0.1:8101/ms/news/">' in html
    sitemap = client.get("/sitemap.xml", headers={"host": "127.0.0.1:8101"}).content.decode()
    assert "<loc>http://127.0.0.1:8101/en/</loc>" in sitemap
    assert "http://testserver" not in html + sitemap


LEGAL_TITLES = {
    "en": ["Accessibility statement", "Privacy notice", "Content licence"],
    "ms": ["Pernyataan kebolehcapaian", "Notis privasi", "Lesen kandungan"],
    "zh-hans": ["无障碍声明", "隐私声明", "内容许可"],
    "ta": ["அணுகல்தன்மை அறிக்கை", "தனியுரிமை அறிவிப்பு", "உள்ளட உரிமம்"],
    "my": ["အသုံးပြုနိုင်မှုဆိုင်ရာ ထုတ်ပြန်ချက်", "ကိုယ်ရေးအချက်အလက် ကာကွယ်မှုဆိုင်ရာ အသိပေးချက်", "အကြောင်းအရာ လိုင်စင်"],
    "ar": ["بيان إمكانية الوصول", "إشعار الخصوصية", "ترخيص المحتوى"],
}


@pytest.mark.parametrize("language", LEGAL_TITLES)
def test_the_legal_pages_are_in_every_language_and_linked_from_every_footer(client, language):
    footer = client.get(f"/{language}/news/").content.decode().split('class="site-footer__legal"')[1]
    links = re.findall(r'<a href="([^"]+)" dir="auto">([^<]+)</a>', footer.split("</nav>")[0])
    assert [title for _url, title in links] == LEGAL_TITLES[language]
    assert [url for url, _title in links] == [
        f"/{language}/{slug}/" for slug in ("accessibility", "privacy", "content-licence")
    ]
    statement = client.get(f"/{language}/accessibility/").content.decode()
    assert "WCAG" in statement and "axe-core" in statement


def test_the_privacy_notice_says_what_the_site_records(client):
    notice = client.get("/en/privacy/").content.decode()
    assert "sets no cookies except on a page protected by a password or the e-mail alerts form" in notice
    assert "does not record your IP address" in notice
    assert "An address not confirmed within 7 days is deleted." in notice
    # What it says is so: readers' pages set no cookie.
    for url in ["/en/", "/ar/news/", "/en/search/?q=refugee", "/en/data/", "/en/privacy/"]:
        assert client.get(url).cookies == {}, url
    # ...and the exception it names: a password form sets the CSRF cookie.
    page = Page.objects.get(locale__language_code="en", slug="work-with-us")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3cret-words")
    assert "csrftoken" in client.get("/en/work-with-us/").cookies
    alerts_form = client.get("/en/alerts/")
    assert "csrftoken" in alerts_form.cookies
    assert '<a href="/en/privacy/">Privacy notice</a>' in alerts_form.content.decode()
    licence = client.get("/en/content-licence/").content.decode()
    assert "CC BY 4.0" in licence and "Sample text for this demonstration site" in licence


MENU_TITLES = ["Who we are", "What we do", "Partnerships", "Work with us", "Get involved", "Data", "News"]


@pytest.mark.parametrize("language", ["zh-hans", "ta", "my", "ar"])
def test_the_main_menu_speaks_every_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    menu = html.split('class="site-nav__list"')[1].split("</ul>")[0]
    labels = re.findall(r">([^<]+)</a>", menu)
    assert len(labels) >= len(MENU_TITLES)
    assert [label for label in labels if label in MENU_TITLES] == []
