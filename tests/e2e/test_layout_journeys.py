"""Phone, keyboard and right-to-left journeys in a real browser."""

import pytest

PUBLIC_PATHS = ["/en/", "/ms/", "/ar/", "/en/who-we-are/", "/ar/who-we-are/", "/en/search/?q=migration"]

HORIZONTAL_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
        .filter(el => {
            const box = el.getBoundingClientRect();
            return box.width && (box.right > width + 0.5 || box.left < -0.5);
        })
        .slice(0, 5).map(el => el.tagName + '.' + el.className);
}"""


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_no_page_scrolls_sideways_on_a_320px_phone(site_url, phone, path):
    response = phone.goto(site_url + path)
    assert response.status == 200
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    assert phone.evaluate(HORIZONTAL_OVERFLOW) == []


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


def test_print_preview_hides_navigation(site_url, desktop):
    desktop.goto(site_url + "/en/who-we-are/")
    desktop.emulate_media(media="print")
    assert desktop.locator(".site-nav").is_hidden()
    assert desktop.locator(".language-switcher").is_hidden()
    assert desktop.locator("h1").is_visible()
