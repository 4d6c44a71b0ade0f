"""Stand-in values say so where readers see them: dates, contacts and registration links."""

import pytest

from core.models import SiteContactSettings
from tests.factories.news import NewsStoryPageFactory

from .conftest import schedule_value

pytestmark = pytest.mark.django_db

SAMPLE_DATE = "(sample date)"
SAMPLE_CONTACT = "Sample contact details for this demonstration site: they reach no one."
SAMPLE_REGISTRATION = (
    "Sample registration link for this demonstration site: it leads to no real registration."
)


def republish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_sample_date_is_marked_on_the_story_and_in_the_listing(client, news_index, event_story):
    real = NewsStoryPageFactory(parent=news_index, title="A story with its real date")
    republish(event_story, sample_date=True)
    story = client.get(event_story.url).content.decode()
    assert f'15 June 2023</time> <span class="sample-mark">{SAMPLE_DATE}</span>' in story
    listing = client.get(news_index.url).content.decode()
    assert listing.count(SAMPLE_DATE) == 1
    assert SAMPLE_DATE not in client.get(real.url).content.decode()


def test_a_sample_media_contact_says_it_reaches_no_one(client, event_story, contact):
    assert SAMPLE_CONTACT not in client.get(event_story.url).content.decode()
    contact.sample = True
    contact.save()
    assert SAMPLE_CONTACT in client.get(event_story.url).content.decode()


def test_sample_office_contact_details_are_marked_in_the_footer(client, home_page):
    contact = SiteContactSettings.for_site(home_page.get_site())
    contact.phone, contact.email = "+60 3 0000 0000", "office@example.org"
    contact.save()
    footer = client.get(home_page.url).content.decode().split('<footer class="site-footer">')[1]
    assert "+60 3 0000 0000" in footer and SAMPLE_CONTACT not in footer
    contact.sample = True
    contact.save()
    footer = client.get(home_page.url).content.decode().split('<footer class="site-footer">')[1]
    assert SAMPLE_CONTACT in footer


def test_a_sample_registration_link_is_marked_beside_the_button(client, event_story):
    assert SAMPLE_REGISTRATION not in client.get(event_story.url).content.decode()
    schedule = {**schedule_value(past=False), "registration_is_sample": True}
    republish(event_story, body=[("event_schedule", schedule)])
    html = client.get(event_story.url).content.decode()
    assert SAMPLE_REGISTRATION in html
    assert html.index(">Register</a>") < html.index(SAMPLE_REGISTRATION)


def test_sample_marks_are_in_the_readers_language(client, event_story, contact, locales, translate_now):
    republish(event_story, sample_date=True)
    contact.sample = True
    contact.save()
    translate_now(event_story.get_parent(), [locales["ms"]])
    translate_now(contact, [locales["ms"]])
    translate_now(event_story, [locales["ms"]])
    malay = client.get(event_story.get_translation(locales["ms"]).url).content.decode()
    assert "(tarikh sampel)" in malay
    assert "Butiran hubungan sampel untuk laman demonstrasi ini" in malay
