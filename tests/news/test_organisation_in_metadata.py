"""The organisation's names and country in calendar files and search engines' data come from the
organisation profile editors keep, not from the code."""

import re

import pytest
from icalendar import Calendar

from tests.factories.home import OrganisationProfileFactory
from tests.page_html import json_ld

pytestmark = pytest.mark.django_db


def calendar_of(client, story):
    link = re.findall(r'href="([^"]+/calendar/[^"]+)" download', client.get(story.url).content.decode())[0]
    return Calendar.from_ical(client.get(link).content)


def events(client, story):
    return [item for item in json_ld(client.get(story.url).content.decode()) if item["@type"] == "Event"]


def test_calendar_files_are_signed_with_the_profiles_short_name(client, event_story):
    OrganisationProfileFactory(short_name="IOM Sabah Office")
    assert str(calendar_of(client, event_story)["prodid"]) == "-//IOM Sabah Office//News//EN"


def test_without_a_short_name_the_full_name_signs(client, event_story):
    OrganisationProfileFactory(short_name="", name="Organisation", office_name="Penang")
    assert str(calendar_of(client, event_story)["prodid"]) == "-//Organisation – Penang//News//EN"


def test_event_address_country_is_the_profiles(client, event_story):
    OrganisationProfileFactory(country_code="SG")
    found = events(client, event_story)
    assert found and {event["location"]["address"]["addressCountry"] for event in found} == {"SG"}
    assert {event["organizer"]["name"] for event in found} == {
        "International Organization for Migration – Malaysia"
    }


def test_no_country_is_claimed_when_the_profile_names_none(client, event_story):
    OrganisationProfileFactory(country_code="")
    found = events(client, event_story)
    assert found and all("addressCountry" not in event["location"]["address"] for event in found)
