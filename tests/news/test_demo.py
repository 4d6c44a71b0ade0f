"""The demo news: the seed's stories in every language, a paginated listing, and a menu link."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from news.demo import _publication_times_from_dates
from news.models import NewsStoryPage
from tests.page_html import json_ld

ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_demo_news_in_every_language(client):
    english = NewsStoryPage.objects.live().filter(locale__language_code="en")
    assert english.count() > 12
    sme = english.get(slug="ethical-recruitment-training-for-smes")
    schedule = sme.schedules()[0][1]
    assert len(schedule["rows"]) == 7
    assert sum(row["sessions"] for row in schedule["rows"]) == 10
    assert all(story.topics.exists() and story.hero_image and story.media_contact for story in english)
    assert english.get(slug="home-affairs-minister-meets-iom-director-general-2009").kind == "press_release"

    html = client.get("/en/news/").content.decode()
    assert 'rel="next"' in html
    assert 'href="/en/news/"' in client.get("/en/").content.decode()  # main menu
    assert NewsStoryPage.objects.filter(slug=sme.slug).count() == 6  # a translation per language
    for code in ["ms", "zh-hans", "ta", "my", "ar"]:
        assert client.get(f"/{code}/news/ethical-recruitment-training-for-smes/").status_code == 200
    media = client.get("/en/news/shifting-narratives-through-media-engagement/").content.decode()
    assert 'href="/en/dari-dapur/"' in media
    malay = client.get("/ms/news/shifting-narratives-through-media-engagement/").content.decode()
    assert "Bengkel ini" in malay  # the demo's Malay text
    assert 'href="/ms/dari-dapur/"' in malay  # the link follows the reader's language
    assert "Jean-Philippe Chauzy" in client.get("/en/news/media/").content.decode()


def test_the_demo_marks_what_it_invented(client):
    """The seeds give no days for the 2023 stories, no media line and no registration address."""
    sme = client.get("/en/news/ethical-recruitment-training-for-smes/").content.decode()
    assert '15 June 2023</time> <span class="sample-mark">(sample date)</span>' in sme
    # Every 2023 session is over: the stand-in registration link is offered nowhere.
    assert "Registration closed: every session is over." in sme and "example.org/register" not in sme
    assert "+60 3 0000 0000" in sme
    contact_note = "Sample contact details for this demonstration site: they reach no one."
    footer = sme.split('<footer class="site-footer">')[1]
    assert contact_note in sme.split('<footer class="site-footer">')[0] and contact_note in footer
    # The 2009 press release's date and its Geneva spokesperson are real.
    release = client.get("/en/news/home-affairs-minister-meets-iom-director-general-2009/").content.decode()
    header = release.split('<p class="story__meta">')[1].split("</p>")[0]
    assert "7 May 2009</time>" in header and "(sample date)" not in header
    assert "Jean-Philippe Chauzy" in release and contact_note not in release.split("site-footer")[0]
    assert "(tarikh sampel)" in client.get("/ms/news/ethical-recruitment-training-for-smes/").content.decode()


def test_demo_stories_are_dated_by_their_content_not_the_day_it_was_loaded(client):
    atom = ET.fromstring(client.get("/en/news/feed/atom/").content)  # noqa: S314  our own feed
    updated = datetime.datetime.fromisoformat(atom.find(f"{ATOM}updated").text)
    assert timezone.localtime(updated).isoformat() == "2023-07-15T09:00:00+08:00"  # the latest demo story
    story = client.get("/en/news/ethical-recruitment-training-for-smes/").content.decode()
    assert json_ld(story)[0]["dateModified"] == "2023-06-15T09:00:00+08:00"
    assert "story__updated" not in story
    malay = client.get("/ms/news/ethical-recruitment-training-for-smes/").content.decode()
    assert json_ld(malay)[0]["dateModified"] == "2023-06-15T09:00:00+08:00"
    sitemap = client.get("/sitemap.xml").content.decode()
    entry = sitemap.split("/en/news/ethical-recruitment-training-for-smes/</loc>")[1].split("</url>")[0]
    assert "<lastmod>2023-06-15" in entry


def test_an_editors_publication_keeps_its_own_time_when_the_demo_loads_again(client, django_user_model):
    english = NewsStoryPage.objects.filter(locale__language_code="en")
    story = english.get(slug="ethical-recruitment-training-for-smes")
    editor = django_user_model.objects.create_superuser("editor", password="x")  # noqa: S106
    story.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
    _publication_times_from_dates(english)  # what loading the demo again does
    story.refresh_from_db()
    assert timezone.localtime(story.last_published_at).date() == timezone.localdate()  # Kuala Lumpur dates
    html = client.get("/en/news/ethical-recruitment-training-for-smes/").content.decode()
    assert "Updated on" in html


def test_the_demo_press_release_has_notes_to_editors_and_a_press_photo(client):
    release = client.get("/en/news/home-affairs-minister-meets-iom-director-general-2009/").content.decode()
    notes = release.split('<aside class="story__notes"')[1].split("</aside>")[0]
    assert "Notes to editors" in notes and "175 member states" in notes
    photos = release.split('<section class="press-photos"')[1].split("</section>")[0]
    assert "Illustration for the demo site, standing in for a photograph of the 2009 meeting" in photos
    assert "Generated image for the demo site" in photos and "Download the original" in photos
    malay = client.get("/ms/news/home-affairs-minister-meets-iom-director-general-2009/").content.decode()
    assert "Nota kepada editor" in malay and "175 negara anggota" in malay
    assert "Ilustrasi untuk laman demo, sebagai ganti gambar pertemuan pada 2009" in malay
    arabic = client.get("/ar/news/home-affairs-minister-meets-iom-director-general-2009/").content.decode()
    assert "ملاحظات للمحررين" in arabic and "175 دولة عضوًا" in arabic


def test_the_demo_library_offers_the_q2_update_and_the_mapping_guide_as_demo_files(client):
    library = client.get("/en/publications/").content.decode()
    assert "IOM Malaysia update: April to June 2023" in library
    assert "Labour Migration Process Mapping Guide" in library
    update = client.get("/en/publications/migration-update-q2-2023/").content.decode()
    assert "Demo file: a one-page stand-in generated for this demonstration site" in update
    assert '<span class="sample-mark">(sample date)</span>' in update
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" download>', update)
    assert [language for _url, language in links] == ["en", "ms"]
    pdf = b"".join(client.get(links[0][0]).streaming_content)
    assert pdf.startswith(b"%PDF")
    malay = client.get("/ms/publications/migration-update-q2-2023/").content.decode()
    assert "Kemas kini IOM Malaysia: April hingga Jun 2023" in malay
    assert 'href="/en/publications/"' in client.get("/en/").content.decode()  # main menu
