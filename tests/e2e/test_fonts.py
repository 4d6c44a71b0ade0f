"""Tamil and Burmese are readable on a device with no font for them, and English and Malay
pages download no font at all (scripts/build_fonts.py, static/css/site.css)."""

import shutil
import subprocess

import pytest

# A word of each script, and the family the site falls back to for it.
SCRIPTS = {
    "ta": ("தமிழ்", "Site Tamil"),
    "my": ("မြန်မာဘာသာ", "Site Myanmar"),
}
# Canvas widths of a word drawn in a family, once its faces have loaded, and in a
# family that does not exist (the system's fallback: empty boxes when it has no font).
MEASURE = """async ([word, family]) => {
    await document.fonts.ready;
    // Loaded by the page itself, before this script asks for it below.
    const loaded = [...document.fonts].some(
        (face) => face.family.replace(/"/g, "") === family && face.status === "loaded");
    await document.fonts.load(`32px "${family}"`, word);
    const context = document.createElement("canvas").getContext("2d");
    const width = (font) => { context.font = font; return context.measureText(word).width; };
    return {loaded, site: width(`32px "${family}"`), fallback: width('32px "No Such Font"')};
}"""


def system_has_font_for(language):
    """Whether fontconfig (which Chromium on Linux asks) knows a font for the language."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    listed = subprocess.run(  # noqa: S603  a fixed program and a language code of ours
        [fc_list, f":lang={language}"], capture_output=True, text=True, check=False
    )
    return bool(listed.stdout.strip())


@pytest.fixture
def fresh_phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    fonts = []
    page.on("request", lambda request: fonts.append(request.url) if request.resource_type == "font" else None)
    yield page, fonts
    context.close()


@pytest.mark.parametrize("language", SCRIPTS)
def test_pages_in_tamil_and_burmese_draw_real_letters_without_a_system_font(site_url, fresh_phone, language):
    page, fonts = fresh_phone
    word, family = SCRIPTS[language]
    assert page.goto(f"{site_url}/{language}/").status == 200
    page.wait_for_load_state("networkidle")
    fetched_by_the_page = list(fonts)
    if system_has_font_for(language):
        # This machine has a font for the script: the device's own is used, ours never fetched.
        assert not any("/static/fonts/" in url for url in fetched_by_the_page)
        return
    file_name = f"/static/fonts/noto-sans-{'tamil' if language == 'ta' else 'myanmar'}-"
    assert any(file_name in url for url in fetched_by_the_page), fetched_by_the_page
    measured = page.evaluate(MEASURE, [word, family])
    assert measured["loaded"], f"{family} did not load"
    # Empty boxes are one fixed width per character; shaped letters are not.
    assert abs(measured["site"] - measured["fallback"]) > 4, measured
    heading_font = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family in heading_font


@pytest.mark.parametrize("language", ["en", "ms"])
def test_english_and_malay_pages_download_no_font_yet_name_every_language_legibly(
    site_url, fresh_phone, language
):
    page, fonts = fresh_phone
    assert page.goto(f"{site_url}/{language}/").status == 200
    page.wait_for_load_state("networkidle")
    assert [url for url in fonts if not url.startswith("data:")] == []
    for word in ["தமிழ்", "မြန်မာဘာသာ", "简体中文"]:
        measured = page.evaluate(MEASURE, [word, "Site language names"])
        assert measured["loaded"] and measured["site"] != measured["fallback"], (word, measured)
    switcher_font = page.evaluate(
        "getComputedStyle(document.querySelector('.language-switcher [lang=ta]')).fontFamily"
    )
    assert "Site language names" in switcher_font


def test_burmese_headings_leave_room_between_their_lines(site_url, fresh_phone):
    page, _fonts = fresh_phone
    page.goto(f"{site_url}/my/")
    ratio = page.evaluate(
        "(() => { const style = getComputedStyle(document.querySelector('h1'));"
        " return parseFloat(style.lineHeight) / parseFloat(style.fontSize); })()"
    )
    assert ratio >= 1.6
