"""One source of truth on every page: a figure that is a statistic comes from its snippet, never typed.

The demo history page shows its key figures from the statistics snippets only (with
the snippet's source), so a corrected figure changes everywhere at once; a figure
shown twice on one page (a timeline entry and the key figures panel) keeps the
page's element ids unique, the first copy keeping the plain `stat-<slug>` anchor.
"""

from collections import Counter
from decimal import Decimal

import html5lib
import pytest
from django.utils import translation
from wagtail.models import Page

from core.demo_utils import resync_translations
from home.demo_history import KEY_FIGURE_SLUGS
from stats.demo import STATISTICS
from stats.formatting import format_number
from stats.models import Statistic
from tests.databases import load_demo

pytestmark = [pytest.mark.django_db, pytest.mark.heavy, pytest.mark.usefixtures("demo_content")]

HISTORY_URLS = {"en": "/en/who-we-are/history/", "ms": "/ms/who-we-are/history/"}
DEMO_NUMBERS = ["113,166", "113166", "989", "645", "135,037", "135037", "2,446", "2446"]


def parse(response):
    assert response.status_code == 200
    return html5lib.parse(response.content.decode(), namespaceHTMLElements=False)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def has_class(element, css_class):
    return css_class in (element.get("class") or "").split()


def duplicate_ids(tree):
    counts = Counter(element.get("id") for element in tree.iter() if element.get("id") is not None)
    return sorted(element_id for element_id, count in counts.items() if count > 1)


def figures(tree):
    """The statistic figures (`.stat`) on the page: [(element id, value text, whole text)]."""
    return [
        (
            element.get("id"),
            text_of(next(p for p in element.iter("p") if has_class(p, "stat__value"))),
            text_of(element),
        )
        for element in tree.iter("div")
        if has_class(element, "stat")
    ]


def text_outside_figures(element):
    """The element's text with every statistic figure (`.stat`) left out."""
    parts = [element.text or ""]
    for child in element:
        if not has_class(child, "stat"):
            parts.append(text_outside_figures(child))
        parts.append(child.tail or "")
    return "".join(parts)


def number_as_shown(slug, language):
    statistic = Statistic.objects.get(slug=slug, locale__language_code=language)
    with translation.override(language):
        return format_number(statistic.value, statistic.unit)


def test_history_page_states_each_figure_once_per_place_from_its_snippet(client, demo_site):
    for language in HISTORY_URLS:
        check_history_page(client, language)


def check_history_page(client, language):
    tree = parse(client.get(HISTORY_URLS[language]))
    assert duplicate_ids(tree) == []

    main = tree.find(".//main")
    typed = text_outside_figures(main)
    for number in DEMO_NUMBERS:
        assert number not in typed, f"{number} typed into the page's text"
    assert "mission figures" not in text_of(main)  # the typed copy's own source line

    key_figures = next(el for el in main.iter("section") if has_class(el, "key-figures"))
    shown = figures(key_figures)
    for slug in KEY_FIGURE_SLUGS:
        number = number_as_shown(slug, language)
        copies = [figure for figure in shown if figure[1] == number]
        assert len(copies) == 1, (slug, number, shown)
        source = Statistic.objects.get(slug=slug, locale__language_code=language).source_name
        assert source in copies[0][2]
        assert text_of(key_figures).count(number) == 1

    # Shown twice on the page (the 2005–2009 timeline entry and the panel), with distinct ids;
    # the first keeps the plain anchor.
    ids = [
        figure[0] for figure in figures(main) if figure[0].startswith("stat-refugees-resettled-since-2005")
    ]
    assert ids == ["stat-refugees-resettled-since-2005", "stat-refugees-resettled-since-2005--2"]


def test_a_corrected_statistic_replaces_the_old_value_everywhere_on_the_history_page(client, demo_site):
    statistic = Statistic.objects.get(slug="refugees-resettled-since-2005", locale__language_code="en")
    statistic.value, statistic.correction_note = Decimal("113200"), "Late departures added."
    statistic.corrected_on = statistic.as_of
    statistic.save_revision().publish()
    resync_translations(statistic)  # "Sync translated snippets": numbers are synchronised

    for language, url in HISTORY_URLS.items():
        html = client.get(url).content.decode()
        assert "113,200" in html, language
        assert "113,166" not in html and "113166" not in html, language
        main = parse(client.get(url)).find(".//main")
        assert [figure[1] for figure in figures(main)].count("113,200") == 2  # timeline and panel


def test_every_demo_page_in_every_language_has_unique_element_ids(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).exclude(slug__startswith="generated").specific()
    checked = Counter()
    for page in pages:
        response = client.get(page.url)
        if (
            response.status_code != 200
        ):  # a password-protected page's form is a 200 too; redirects are not pages
            continue
        assert duplicate_ids(parse(response)) == [], page.url
        checked[page.locale.language_code] += 1
    assert set(checked) == {"en", "ms", "zh-hans", "ta", "my", "ar"}
    assert min(checked.values()) > 5, checked


def test_the_demo_statistics_are_the_numbers_this_test_looks_for():
    assert {f"{spec['value']:,}" for spec in STATISTICS} <= set(DEMO_NUMBERS)


def test_loading_the_demo_again_removes_the_typed_copies_an_earlier_demo_made(
    client, demo_site, django_capture_on_commit_callbacks
):
    """A demo database made when the figures were also typed is upgraded; another run changes nothing."""
    from wagtail.models import Revision

    from home.demo_history import LEGACY_KEY_FIGURES
    from news.demo import LEGACY_MOVEMENT_TEXT
    from news.models import NewsStoryPage

    with django_capture_on_commit_callbacks(execute=True):
        demo_site.key_figures.insert(0, ("paragraph", LEGACY_KEY_FIGURES))
        demo_site.save_revision().publish()
        resync_translations(demo_site)
        story = NewsStoryPage.objects.get(
            slug="refugee-and-migration-movement-management", locale__language_code="en"
        )
        old_summary, old_body = list(LEGACY_MOVEMENT_TEXT)
        first = story.body[0]
        story.summary = old_summary
        story.body[0] = ("paragraph", first.block.to_python(old_body), first.id)
        story.save_revision().publish()
        resync_translations(story)
    assert "mission figures" in client.get(HISTORY_URLS["ms"]).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    revisions = Revision.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert Revision.objects.count() == revisions
    check_history_page(client, "en")
    check_history_page(client, "ms")
    for language in ["en", "ms"]:
        html = client.get(f"/{language}/news/refugee-and-migration-movement-management/").content.decode()
        main = html5lib.parse(html, namespaceHTMLElements=False).find(".//main")
        # The story's own text (summary and body); the datasets' titles still name 2,446.
        typed = " ".join(
            text_outside_figures(el)
            for el in main.iter()
            if has_class(el, "lead") or has_class(el, "rich-text")
        )
        assert "2,233" in typed and "MHAC" in typed, language
        assert not any(number in typed for number in ["2,446", "113,166", "135,037"]), language
        assert "2,233" in html
    malay = client.get("/ms/news/refugee-and-migration-movement-management/").content.decode()
    assert "Angka di bawah menunjukkan" in malay and "Suku tahun ini dalam angka" in malay
