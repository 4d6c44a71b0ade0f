"""A reader's journey through the site, as one continuous session in Chromium."""

import datetime

from icalendar import Calendar
from playwright.sync_api import expect

STORY = "Ethical recruitment training for small and medium enterprises"
OTHER_TOPIC_STORY = "Improving domestic workers' effective access to social protection"


def test_reader_finds_a_story_adds_an_event_reads_in_malay_and_prints_a_recipe(site_url, desktop):
    page = desktop
    page.goto(site_url + "/en/")

    # Home → News through the main menu.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    expect(page).to_have_url(site_url + "/en/news/")
    expect(page.get_by_role("link", name=OTHER_TOPIC_STORY)).to_be_visible()

    # Filter by topic: only stories with that topic stay.
    page.select_option("#id_topic", "ethical-recruitment")
    page.get_by_role("button", name="Show stories").click()
    expect(page).to_have_url(site_url + "/en/news/?topic=ethical-recruitment&kind=&year=")
    expect(page.get_by_role("link", name=OTHER_TOPIC_STORY)).to_have_count(0)

    # The story, with its event schedule.
    page.get_by_role("link", name=STORY).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(STORY)

    # Download the first workshop as an .ics file and read it as a calendar would.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add Kuala Lumpur to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(open(download.path(), "rb").read())  # noqa: PTH123
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart") == datetime.date(2023, 5, 22)
    assert "M Resort" in str(events[0]["location"])
    assert "Kuala Lumpur" in str(events[0]["location"])

    # Switch to Malay: the same story, in Malay.
    page.locator(".language-switcher a[lang='ms']").click()
    expect(page).to_have_url(site_url + "/ms/news/ethical-recruitment-training-for-smes/")
    expect(page.locator("html")).to_have_attribute("lang", "ms")

    # Search in Malay, and open a recipe from the results.
    page.locator("#site-search").fill("lentil")
    page.locator("#site-search").press("Enter")
    expect(page).to_have_url(site_url + "/ms/search/?q=lentil")
    expect(page.locator("html")).to_have_attribute("lang", "ms")
    page.locator(".search-results a[href^='/ms/dari-dapur/rohingya-red-lentil-dal/']").first.click()
    expect(page).to_have_url(site_url + "/ms/dari-dapur/rohingya-red-lentil-dal/")

    # Print preview: the recipe stays, the navigation goes.
    heading = page.get_by_role("heading", level=1).inner_text()
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".language-switcher")).to_be_hidden()
    expect(page.locator(".search-form")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
