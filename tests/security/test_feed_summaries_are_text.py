"""Markup typed in a story's summary reaches feed readers as characters, never as markup.

An RSS reader takes `<description>` as HTML and an Atom reader follows the
summary's `type`. Each feed is parsed as XML, then decoded as the reader would:
RSS descriptions as HTML (html5lib), Atom summaries by their type.
"""

from xml.etree import ElementTree

import html5lib
import pytest

from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<img src=x onerror=alert(1)> Tom & Jerry\'s "story"'


@pytest.fixture
def hostile_story(home_page):
    news = NewsIndexPageFactory(parent=home_page, introduction="News <b>bold</b> & more")
    return NewsStoryPageFactory(parent=news, title="Training", summary=HOSTILE)


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314  our own feed


def as_html_reader_shows(html):
    """The elements and the text a reader gets from an HTML fragment."""
    fragment = html5lib.parseFragment(html, namespaceHTMLElements=False)
    elements = [element.tag for element in fragment.iter() if element is not fragment]
    return elements, "".join(fragment.itertext())


def test_rss_readers_show_the_summary_as_characters(client, hostile_story):
    channel = feed(client, "/en/news/feed/rss/").find("channel")
    description = channel.find("item").findtext("description")
    assert as_html_reader_shows(description) == ([], HOSTILE)
    assert as_html_reader_shows(channel.findtext("description")) == ([], "News <b>bold</b> & more")


def test_atom_readers_get_the_summary_as_text(client, hostile_story):
    summary = feed(client, "/en/news/feed/atom/").find(f"{ATOM}entry").find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text == HOSTILE
