"""The publications library: newest first, each publication's files by language with format and
size, in feeds, the sitemap and search."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories.news import PublicationIndexPageFactory, PublicationPageFactory, document, file_block

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def library(home_page):
    return PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def guide(library):
    return PublicationPageFactory(
        parent=library,
        title="Labour Migration Process Mapping Guide",
        slug="mapping-guide",
        date=datetime.date(2023, 5, 31),
        kind="guide",
        summary="A practical tool for businesses on risks to migrant workers in supply chains.",
        files=[
            file_block(document("Guide (English)", b"%PDF-1.4 " + b"x" * 2048, "guide-en.pdf"), "en"),
            file_block(document("Guide (Malay)", b"%PDF-1.4 " + b"y" * 4096, "guide-ms.pdf"), "ms"),
        ],
    )


def test_the_library_lists_publications_newest_first(client, library, guide):
    older = PublicationPageFactory(
        parent=library, title="Annual report 2022", date=datetime.date(2022, 12, 1)
    )
    html = client.get(library.url).content.decode()
    assert html.index(guide.title) < html.index(older.title)
    assert '<span class="story-card__kind">Guide</span>' in html
    assert "31 May 2023" in html


def test_a_publication_offers_each_language_version_with_format_and_size(client, guide):
    html = client.get(guide.url).content.decode()
    files = html.split('<section class="publication__files"')[1].split("</section>")[0]
    english, malay = (block.value["document"] for block in guide.files)
    hidden = f'<span class="visually-hidden">{guide.title}, </span>'
    assert (
        f'<a href="{english.url}" hreflang="en" download>{hidden}<span lang="en">English</span></a>' in files
    )
    assert (
        f'<a href="{malay.url}" hreflang="ms" download>{hidden}<span lang="ms">Bahasa Melayu</span></a>'
        in files
    )
    assert "(PDF, 2.1 kB)" in files and "(PDF, 4.1 kB)" in files  # 2,057 and 4,105 bytes, SI units
    assert client.get(english.url).status_code == 200  # the file itself downloads


def test_publications_have_feeds(client, library, guide):
    atom = ET.fromstring(client.get(f"{library.url}feed/atom/").content)  # noqa: S314  our own feed
    entries = atom.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [guide.title]
    assert entries[0].find(f"{ATOM}summary").text == guide.summary
    assert atom.find(f"{ATOM}author/{ATOM}name") is not None
    rss = ET.fromstring(client.get(f"{library.url}feed/rss/").content)  # noqa: S314  our own feed
    assert rss.find("channel/item/category").text == "Guide"
    html = client.get(library.url).content.decode()
    assert f'type="application/rss+xml" title="Publications: RSS feed" href="{library.url}feed/rss/"' in html


def test_publications_are_in_the_sitemap_and_search(client, guide):
    assert f"http://testserver{guide.url}</loc>" in client.get("/sitemap.xml").content.decode()
    results = client.get("/en/search/?q=supply+chains").content.decode()
    assert guide.title in results
