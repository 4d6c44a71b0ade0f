"""Phone, keyboard and right-to-left journeys in a real browser."""

import re
import urllib.request
from collections import defaultdict
from urllib.parse import urlsplit

import pytest

PUBLIC_PATHS = ["/en/", "/ms/", "/ar/", "/en/who-we-are/", "/ar/who-we-are/", "/en/search/?q=migration"]

# Elements reaching past the screen's edge, except inside a row that scrolls sideways on its own
# (the phone header's menu and languages, wide tables): the page itself must not scroll.
HORIZONTAL_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const inScrollingRow = (el) => {
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX)) return true;
        }
        return false;
    };
    return [...document.querySelectorAll('body *')]
        .filter(el => {
            const box = el.getBoundingClientRect();
            return box.width && (box.right > width + 0.5 || box.left < -0.5) && !inScrollingRow(el);
        })
        .slice(0, 5).map(el => el.tagName + '.' + el.className);
}"""
LANGUAGES = ["en", "ms", "zh-hans", "ta", "my", "ar"]
# One page of each type, below the language prefix.
PAGE_TYPES = [
    "",
    "who-we-are/",
    "who-we-are/history/",
    "news/",
    "news/ethical-recruitment-training-for-smes/",
    "publications/",
    "dari-dapur/",
    "dari-dapur/afghan-bolani/",
    "data/",
    "search/?q=migrant",
    "alerts/",
]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_no_page_scrolls_sideways_on_a_320px_phone(site_url, phone, path):
    response = phone.goto(site_url + path)
    assert response.status == 200
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    assert phone.evaluate(HORIZONTAL_OVERFLOW) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_fits_a_320px_phone_and_shows_its_heading_on_the_first_screen(
    site_url, browser, language
):
    """No sideways scroll at 320 px; at 360 × 740 the header is compact and the heading on screen."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    too_wide, headings = {}, {}
    for path in PAGE_TYPES:
        url = f"{site_url}/{language}/{path}"
        page.set_viewport_size({"width": 320, "height": 640})
        assert page.goto(url).status == 200, url
        overflow = page.evaluate(HORIZONTAL_OVERFLOW)
        if page.evaluate("document.documentElement.scrollWidth") > 320 or overflow:
            too_wide[path] = overflow
        page.set_viewport_size({"width": 360, "height": 740})
        headings[path] = page.evaluate(
            "[document.querySelector('.site-header').getBoundingClientRect().height,"
            " document.querySelector('h1').getBoundingClientRect().top]"
        )
    context.close()
    assert too_wide == {}
    assert {path: top for path, (_header, top) in headings.items() if top >= 740} == {}
    assert max(header for header, _top in headings.values()) <= 220, headings


def sitemap_sample(site_url, per_kind=2):
    """Paths from /sitemap.xml: up to `per_kind` of every kind of page in every language.

    A page's kind is its section and depth (/en/news/ is the index, /en/news/x/ a story).
    """
    with urllib.request.urlopen(site_url + "/sitemap.xml", timeout=30) as response:  # noqa: S310
        paths = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", response.read().decode())]
    kinds = defaultdict(list)
    for path in paths:
        parts = path.strip("/").split("/")
        kinds[(parts[0], parts[1] if len(parts) > 1 else "", len(parts))].append(path)
    return sorted(path for sample in kinds.values() for path in sample[:per_kind])


def test_no_page_in_the_sitemap_scrolls_sideways_on_a_320px_phone(site_url, phone):
    paths = sitemap_sample(site_url)
    # Every page type, in every language of the site, is in the sample.
    assert {path.split("/")[1] for path in paths} >= {"en", "ms", "ar"}
    assert any("/dari-dapur/" in path and path.count("/") == 4 for path in paths)
    paths += ["/ms/search/?q=migran", "/en/news/media/", "/ar/no-such-page/"]
    paths += [f"/{language}/search/?q=migrant" for language in LANGUAGES]
    paths += [f"/{language}/alerts/" for language in LANGUAGES]
    overflowing = {}
    for path in paths:
        response = phone.goto(site_url + path)
        assert response.status in (200, 404), path
        too_wide = phone.evaluate(HORIZONTAL_OVERFLOW)
        if phone.evaluate("document.documentElement.scrollWidth") > 320 or too_wide:
            overflowing[path] = too_wide
    assert overflowing == {}


FOCUS_STATE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName + (el.className ? '.' + el.className : ''),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
            && box.right > 0 && box.left < innerWidth,
    };
}"""


@pytest.mark.parametrize(
    "path", ["/en/news/ethical-recruitment-training-for-smes/", "/ar/dari-dapur/afghan-bolani/", "/ms/data/"]
)
def test_focus_is_always_visible_while_tabbing_through_a_page_on_a_phone(site_url, phone, path):
    phone.goto(site_url + path)
    seen = 0
    for _step in range(40):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement === document.body"):
            break
        state = phone.evaluate(FOCUS_STATE)
        assert state["outline"], f"no visible focus outline on {state['tag']}"
        assert state["onScreen"], f"{state['tag']} has focus but is off screen"
        seen += 1
    assert seen >= 10


def test_whole_menu_and_language_switcher_work_by_keyboard_alone(site_url, phone):
    """Tab to each menu link in turn, and follow one with Enter."""
    phone.goto(site_url + "/en/")
    links = phone.locator(".site-nav a, .language-switcher a")
    menu_links = links.evaluate_all("els => els.map(e => e.href)")
    reached = []
    for _step in range(60):
        phone.keyboard.press("Tab")
        href = phone.evaluate("document.activeElement.href || ''")
        if href in menu_links and href not in reached:
            reached.append(href)
        if len(reached) == len(menu_links):
            break
    assert reached == menu_links
    # Shift+Tab back to the Malay link and press Enter: the page changes language.
    while phone.evaluate("document.activeElement.getAttribute('lang')") != "ms":
        phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Enter")
    phone.wait_for_url(site_url + "/ms/")
    assert phone.evaluate("document.documentElement.lang") == "ms"


def test_keyboard_reaches_skip_link_then_navigation_with_visible_focus(site_url, phone):
    phone.goto(site_url + "/en/")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.className") == "skip-link"
    assert phone.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    reached_menu = False
    for _step in range(12):
        phone.keyboard.press("Tab")
        focused = phone.evaluate(
            "({inMenu: !!document.activeElement.closest('.site-nav'),"
            " outline: getComputedStyle(document.activeElement).outlineStyle})"
        )
        assert focused["outline"] != "none"
        if focused["inMenu"]:
            reached_menu = True
            break
    assert reached_menu, "the main navigation was not reached by keyboard"


@pytest.mark.parametrize("language", ["en", "ms", "zh-hans", "ta", "my", "ar"])
def test_the_skip_link_is_out_of_sight_until_focused_in_every_language(site_url, phone, language):
    phone.goto(f"{site_url}/{language}/")
    bottom = "document.querySelector('.skip-link').getBoundingClientRect().bottom"
    assert phone.evaluate(bottom) <= 0
    phone.keyboard.press("Tab")
    assert phone.evaluate(bottom) > 0


def test_skip_link_moves_focus_to_the_main_content(site_url, phone):
    phone.goto(site_url + "/en/")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "main"


def test_arabic_home_renders_right_to_left(site_url, desktop, artifacts):
    desktop.goto(site_url + "/ar/")
    assert desktop.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    first_link = desktop.locator(".site-nav__list a").first.bounding_box()
    last_link = desktop.locator(".site-nav__list a").last.bounding_box()
    # In right-to-left the menu starts at the right-hand edge and runs leftwards.
    assert first_link["x"] > last_link["x"]
    assert first_link["x"] + first_link["width"] > 1280 / 2
    desktop.screenshot(path=str(artifacts / "arabic-home.png"), full_page=True)


def test_arabic_story_renders_right_to_left(site_url, desktop, artifacts):
    desktop.goto(site_url + "/ar/news/ethical-recruitment-training-for-smes/")
    assert desktop.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert desktop.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    first_link = desktop.locator(".site-nav__list a").first.bounding_box()
    last_link = desktop.locator(".site-nav__list a").last.bounding_box()
    assert first_link["x"] > last_link["x"]
    assert first_link["x"] + first_link["width"] > 1280 / 2
    # The breadcrumb trail starts at the right too (the story text itself keeps
    # dir="auto", so an untranslated English title rightly stays left to right).
    crumbs = desktop.locator(".breadcrumbs li")
    assert crumbs.first.bounding_box()["x"] > crumbs.last.bounding_box()["x"]
    desktop.screenshot(path=str(artifacts / "arabic-story.png"), full_page=True)
    phone_shot = desktop.context.browser.new_context(viewport={"width": 320, "height": 640})
    phone = phone_shot.new_page()
    phone.goto(site_url + "/ar/news/ethical-recruitment-training-for-smes/")
    phone.screenshot(path=str(artifacts / "arabic-story-phone.png"), full_page=True)
    phone_shot.close()


def test_print_preview_hides_navigation(site_url, desktop):
    desktop.goto(site_url + "/en/who-we-are/")
    desktop.emulate_media(media="print")
    assert desktop.locator(".site-nav").is_hidden()
    assert desktop.locator(".language-switcher").is_hidden()
    assert desktop.locator("h1").is_visible()
