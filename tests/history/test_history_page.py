"""What a reader sees on the history page: timeline, process cards, jump links, valid markup."""

from collections import Counter

import html5lib
import pytest
from django.core.exceptions import ValidationError

from home.blocks import TimelineEntryBlock
from tests.factories.history import HistoryPageFactory, process_card, timeline_entry
from tests.factories.home import ImageFactory, StandardPageFactory

from .helpers import find_all, parse, text_of

pytestmark = pytest.mark.django_db

URL = "/en/who-we-are/history/"


def timeline_alts(tree):
    return [
        img.get("alt")
        for figure in find_all(tree, "figure", "timeline__figure")
        for img in figure.iter("img")
    ]


def timeline_titles(tree):
    return [text_of(el) for el in find_all(tree, "span", "timeline__title")]


def test_timeline_runs_oldest_first_whatever_the_editors_order(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[
            timeline_entry(2009, "Talks on a country office"),
            timeline_entry(2005, "Resettlement from Myanmar", end_year=2009),
            timeline_entry(1978, "Indochinese refugee crisis", end_year=1994, date_label="Late 1970s–1994"),
            timeline_entry(2005, "Figures start"),
            timeline_entry(2002, "Bali Process"),
        ],
    )
    assert timeline_titles(parse(client.get(URL))) == [
        "Indochinese refugee crisis",
        "Bali Process",
        "Figures start",  # a single year comes before a period that starts that year
        "Resettlement from Myanmar",
        "Talks on a country office",
    ]


def test_entries_with_the_same_years_keep_the_editors_order(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[
            timeline_entry(2008, "Second in 2008"),
            timeline_entry(2002, "Earlier"),
            timeline_entry(2008, "First in 2008"),
        ],
    )
    assert timeline_titles(parse(client.get(URL))) == ["Earlier", "Second in 2008", "First in 2008"]


def test_timeline_is_an_ordered_list_with_years_as_time_elements(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[
            timeline_entry(1984, "Support to government agencies", end_year=1995),
            timeline_entry(2009, "Meeting", date_label="7 May 2009"),
        ],
    )
    tree = parse(client.get(URL))
    (timeline,) = find_all(tree, "ol", "timeline")
    items = timeline.findall("li")
    assert len(items) == 2
    period_times = [time.get("datetime") for time in items[0].iter("time")]
    assert period_times == ["1984", "1995"]  # not "1,984": years are never localised as numbers
    assert "timeline__item--period" in items[0].get("class")
    assert text_of(items[1].find(".//h3")) == "7 May 2009: Meeting"  # the label replaces the year
    assert not list(items[1].iter("time"))


def test_timeline_entry_shows_its_image_with_alt_text_and_its_link(client, who_we_are):
    story = StandardPageFactory(parent=who_we_are, title="Refugees resettled", slug="refugees-resettled")
    image = ImageFactory(title="Departure", description="Generic description")
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[
            timeline_entry(2005, "Resettlement", image=image, alt_text="Refugees boarding a bus", link=story),
            timeline_entry(2009, "Elsewhere", link="https://www.iom.int/"),
        ],
    )
    tree = parse(client.get(URL))
    assert timeline_alts(tree) == ["Refugees boarding a bus"]
    links = {
        text_of(a): a.get("href") for item in find_all(tree, "p", "timeline__link") for a in item.iter("a")
    }
    assert links == {
        "Refugees resettled": "/en/who-we-are/refugees-resettled/",
        "https://www.iom.int/": "https://www.iom.int/",
    }


def test_timeline_link_leads_to_the_stories_translation(client, who_we_are, locales, translate_now):
    story = StandardPageFactory(parent=who_we_are, title="Refugees resettled", slug="refugees-resettled")
    history = HistoryPageFactory(
        parent=who_we_are, timeline=[timeline_entry(2005, "Resettlement", link=story)]
    )
    malay = [locales["ms"]]
    for page in [who_we_are.get_parent(), who_we_are, story, history]:
        translate_now(page, malay)
    tree = parse(client.get("/ms/who-we-are/history/"))
    hrefs = [a.get("href") for item in find_all(tree, "p", "timeline__link") for a in item.iter("a")]
    assert hrefs == ["/ms/who-we-are/refugees-resettled/"]


def test_timeline_entry_rejects_an_end_year_before_its_start():
    block = TimelineEntryBlock()
    value = block.to_python(timeline_entry(2009, "Backwards", end_year=2005)["value"])
    with pytest.raises(ValidationError):
        block.clean(value)
    block.clean(block.to_python(timeline_entry(2005, "Forwards", end_year=2009)["value"]))  # no link: fine


def test_regional_processes_show_as_cards(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        processes=[
            process_card(
                "Bali Process",
                2002,
                purpose="Combats people smuggling and trafficking in persons.",
                role="<p>A member since 2002.</p>",
            ),
            process_card("Colombo Process", None, role="<p>Signed the Abu Dhabi Declaration in 2008.</p>"),
        ],
    )
    tree = parse(client.get(URL))
    cards = find_all(tree, "article", "process-card")
    assert [text_of(card.find("h3")) for card in cards] == ["Bali Process", "Colombo Process"]
    bali = text_of(cards[0])
    assert "Joined 2002" in bali
    assert "Purpose Combats people smuggling and trafficking in persons." in bali
    assert "role A member since 2002." in bali
    assert "Joined" not in text_of(cards[1])  # no year given, none invented
    assert "Abu Dhabi Declaration in 2008" in text_of(cards[1])
    section = tree.find(".//section[@aria-labelledby='regional-processes']")
    assert section.find("ul").get("class") == "process-cards"


def test_anchor_menu_links_point_at_headings_on_the_page(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[timeline_entry(2002, "Bali Process")],
        processes=[process_card("Bali Process", 2002)],
        key_figures=[("paragraph", "<p>113,166 refugees resettled since 2005.</p>")],
    )
    tree = parse(client.get(URL))
    (menu,) = find_all(tree, "nav", "anchor-menu")
    targets = [a.get("href") for a in menu.iter("a")]
    assert targets == ["#timeline", "#regional-processes", "#key-figures"]
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    for target in targets:
        assert target[1:] in ids
    assert "113,166 refugees resettled since 2005." in text_of(
        tree.find(".//section[@aria-labelledby='key-figures']")
    )


def test_anchor_menu_lists_only_sections_that_have_content(client, who_we_are):
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[timeline_entry(2002, "Bali Process")],
        key_figures=[("paragraph", "<p>989 voluntary returns.</p>")],
    )
    tree = parse(client.get(URL))
    (menu,) = find_all(tree, "nav", "anchor-menu")
    assert [a.get("href") for a in menu.iter("a")] == ["#timeline", "#key-figures"]
    assert tree.find(".//*[@id='regional-processes']") is None


def test_history_page_is_well_formed_html_without_duplicate_ids(client, who_we_are):
    image = ImageFactory(title="Departure", description="Refugees waiting")
    HistoryPageFactory(
        parent=who_we_are,
        timeline=[
            timeline_entry(2005, "Same year", image=image, alt_text="One"),
            timeline_entry(2005, "Same year", image=image, alt_text="Two"),
            timeline_entry(1978, "Crisis", end_year=1994),
        ],
        processes=[process_card("Bali Process", 2002), process_card("Colombo Process")],
        key_figures=[("heading", {"text": "Since 2005", "level": "h3"}), ("paragraph", "<p>Figures.</p>")],
    )
    response = client.get(URL)
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    tree = parser.parse(response.content.decode())
    assert parser.errors == []
    ids = Counter(el.get("id") for el in tree.iter() if el.get("id"))
    assert [id_ for id_, count in ids.items() if count > 1] == []
    assert timeline_alts(tree) == ["One", "Two"]  # one image used twice keeps each entry's alt text
    assert len(tree.findall(".//h1")) == 1


def test_history_page_appears_as_a_card_on_who_we_are(client, who_we_are):
    HistoryPageFactory(parent=who_we_are, title="Our history", listing_summary="")
    html = client.get("/en/who-we-are/").content.decode()
    assert 'href="/en/who-we-are/history/"' in html
    assert "IOM has worked here since the late 1970s." in html  # summary falls back to the introduction
