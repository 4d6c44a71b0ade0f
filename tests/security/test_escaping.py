"""A title made to break out of HTML, attributes, scripts and spreadsheets is shown as text everywhere.

The same string is used as a page title, a snippet's name, an image's title and
alt text and a dataset's labels; each place it appears must carry it escaped
(or, in JSON-LD and feeds, encoded so it round-trips to the same text).
"""

import csv
import datetime
import io
import json
import re
from xml.etree import ElementTree

import pytest
from django.conf import settings
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import RawHTMLBlock, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.models import get_page_models
from wagtail.rich_text import RichText, expand_db_html
from wagtail.snippets.models import get_snippet_models

from home.models import StandardPage
from tests.factories.campaigns import CampaignPageFactory, RecipePageFactory
from tests.factories.home import ImageFactory, StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory
from tests.factories.stats import DataPageFactory, DatasetFactory, rows, series

pytestmark = pytest.mark.django_db

EVIL = "</script><script>alert(1)</script>\"'<b>"
# Any of these in a response means the string escaped its context.
UNESCAPED = ["<script>alert(1)", "<b>", "</script><script>"]


def assert_no_raw(html, where):
    for fragment in UNESCAPED:
        assert fragment not in html, f"{fragment!r} unescaped in {where}"


@pytest.fixture
def evil_site(home_page, translate_now):
    image = ImageFactory(title=EVIL, description=EVIL)
    section = StandardPageFactory(parent=home_page, title=EVIL, slug="evil-section", listing_image=image)
    child = StandardPageFactory(parent=section, title="Child page", slug="child")
    news = NewsIndexPageFactory(parent=home_page)
    topic = TopicFactory(name=EVIL, slug="evil-topic")
    story = NewsStoryPageFactory(
        parent=news,
        title=EVIL,
        slug="evil-story",
        summary=EVIL,
        topics=[topic],
        hero_image=image,
        date=datetime.date(2024, 1, 5),
    )
    campaign = CampaignPageFactory(parent=home_page)
    recipe = RecipePageFactory(parent=campaign, title=EVIL, slug="evil-recipe", photo=image)
    translate_now(section)
    return {"section": section, "child": child, "story": story, "recipe": recipe, "image": image}


def test_page_titles_are_escaped_in_listings_breadcrumbs_and_meta(client, evil_site):
    for url in ["/en/evil-section/", "/en/evil-section/child/", "/en/news/", "/en/news/evil-story/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_no_raw(html, url)
    html = client.get("/en/evil-section/child/").content.decode()
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&lt;b&gt;" in breadcrumbs
    story = client.get("/en/news/evil-story/").content.decode()
    og_title = re.search(r'<meta property="og:title" content="([^"]*)">', story).group(1)
    assert og_title == "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&lt;b&gt;"
    og_alt = re.search(r'<meta property="og:image:alt" content="([^"]*)">', story).group(1)
    assert og_alt == og_title  # the image's alt text, escaped in the attribute
    assert og_title in client.get("/en/news/").content.decode()  # the story's card in the listing


def test_language_switcher_and_translated_copies_escape_the_title(client, evil_site):
    html = client.get("/ms/evil-section/").content.decode()
    assert_no_raw(html, "/ms/evil-section/")
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert "/en/evil-section/" in switcher


def test_json_ld_keeps_the_title_inside_its_script_element(client, evil_site):
    for url in ["/en/news/evil-story/", "/en/dari-dapur/evil-recipe/"]:
        html = client.get(url).content.decode()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert blocks, url
        data = [json.loads(block) for block in blocks]
        assert any(EVIL in (item.get("headline"), item.get("name")) for item in data), url
        assert all("</script" not in block and "<b>" not in block for block in blocks), url


def test_feeds_carry_the_title_as_text(client, evil_site):
    for url in ["/en/news/feed/rss/", "/en/news/feed/atom/", "/en/news/topic/evil-topic/feed/rss/"]:
        body = client.get(url).content
        assert_no_raw(body.decode(), url)
        tree = ElementTree.fromstring(body)  # noqa: S314  our own feed; proves it is well-formed
        titles = [element.text for element in tree.iter() if element.tag.endswith("title")]
        assert EVIL in titles, url
        if "topic" in url:
            assert any(EVIL in (title or "") for title in titles)


def test_csv_downloads_neutralise_spreadsheet_formulas(client, home_page):
    DataPageFactory(parent=home_page)
    DatasetFactory(
        slug="formulas",
        title=EVIL,
        category_label='=HYPERLINK("http://evil.example","x")',
        series=series("+SUM(A1:A9)", "@cmd"),
        rows=rows(("=1+1", "1; 2"), ("-2+3", "3; 4"), (EVIL, "5; 6")),
        source_name='=WEBSERVICE("http://evil.example")',
    )
    response = client.get("/en/data/formulas/csv/")
    assert response.status_code == 200
    cells = [cell for row in csv.reader(io.StringIO(response.content.decode()[1:])) for cell in row]
    assert cells, "empty download"
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@") or re.match(r"-\D", cell)]
    assert "'=1+1" in cells and '\'=HYPERLINK("http://evil.example","x")' in cells
    assert EVIL in cells  # text that is no formula is kept as it is


def test_admin_messages_escape_the_title(admin_client, evil_site):
    story = evil_site["story"]
    response = admin_client.post(f"/admin/pages/{story.pk}/unpublish/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html  # the message names the page, escaped
    assert "<script>alert(1)" not in html
    html = admin_client.get(f"/admin/images/{evil_site['image'].pk}/").content.decode()
    assert "<script>alert(1)" not in html


def stream_blocks(block):
    yield block
    children = []
    if isinstance(block, StreamBlock | StructBlock):
        children = block.child_blocks.values()
    elif isinstance(block, ListBlock):
        children = [block.child_block]
    for child in children:
        yield from stream_blocks(child)


def all_stream_blocks():
    models = [*get_page_models(), *get_snippet_models()]
    for model in models:
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield from ((model, block) for block in stream_blocks(field.stream_block))


def test_editors_have_no_raw_html_block_and_embeds_only_via_oembed():
    blocks = list(all_stream_blocks())
    assert len({model for model, _ in blocks}) >= 5  # the walk found the content models
    assert not [(model, block) for model, block in blocks if isinstance(block, RawHTMLBlock)]
    embeds = [block for _model, block in blocks if "embed" in type(block).__name__.lower()]
    assert embeds and all(isinstance(block, EmbedBlock) for block in embeds)
    finders = getattr(settings, "WAGTAILEMBEDS_FINDERS", [{"class": "wagtail.embeds.finders.oembed"}])
    assert [finder["class"] for finder in finders] == ["wagtail.embeds.finders.oembed"]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
    ],
)
def test_rich_text_links_never_keep_a_script_url(href):
    converter = ContentstateConverter(features=["link"])
    stored = converter.to_database_format(converter.from_database_format(f'<p><a href="{href}">x</a></p>'))
    html = expand_db_html(stored).lower().replace("&#106;", "j").replace("\t", "")
    assert "javascript:" not in html and "vbscript:" not in html and "data:text/html" not in html


def test_public_policy_blocks_script_urls_that_reach_a_page_anyway(client, home_page):
    # Rich text imported straight into the database skips the editor's filter
    # (and the page's link checks); the public policy (no 'unsafe-inline' for
    # scripts) stops the javascript: link running on the page that shows it.
    page = StandardPageFactory(parent=home_page, title="Imported", slug="imported")
    page.body = [("paragraph", RichText('<p><a href="javascript:alert(1)">Click</a></p>'))]
    StandardPage.objects.filter(pk=page.pk).update(body=page.body)
    response = client.get("/en/imported/")
    assert response.status_code == 200
    assert 'href="javascript:alert(1)"' in response.content.decode()  # it did reach the page
    policy = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy)
    assert script_src, policy
    assert "'unsafe-inline'" not in script_src.group(1).split()
