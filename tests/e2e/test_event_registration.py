"""An event with sessions ahead, as readers see it in a real browser: the QR code scans at every width."""

import io

import pytest
import zxingcpp
from PIL import Image

REGISTRATION_URL = "https://example.org/register/ethical-recruitment-clinics-for-smes"

# A story like the SME trainings, with every session next year, published on the server.
CREATE_STORY = """
import datetime
REGISTRATION_URL = %r
from django.utils import timezone
from wagtail.models import Locale
from news.models import NewsIndexPage, NewsStoryPage

index = NewsIndexPage.objects.get(locale=Locale.get_default())
year = timezone.localdate().year + 1
places = [("M Resort & Hotel", "Kuala Lumpur", ""), ("DoubleTree by Hilton", "Melaka", "Melaka"),
          ("The Light Hotel", "Seberang Jaya", "Penang"), ("Holiday Villa", "Johor Bahru", "Johor"),
          ("Grand Darul Makmur", "Kuantan", "Pahang"), ("Hilton Hotel", "Kuching", "Sarawak"),
          ("Promenade Hotel", "Kota Kinabalu", "Sabah")]
rows = [{"start_date": datetime.date(year, 3 + month, 10), "end_date": None, "sessions": 1,
         "start_time": datetime.time(9), "end_time": datetime.time(17), "venue": venue,
         "address": "", "city": city, "region": region}
        for month, (venue, city, region) in enumerate(places)]
story = NewsStoryPage(
    title="Ethical recruitment clinics for SMEs next year",
    slug="browser-test-ethical-recruitment-clinics",
    summary="Clinics for small and medium enterprises across Malaysia.",
    kind="event",
    body=[("event_schedule", {"title": "Ethical recruitment clinics for SMEs", "introduction": "",
                               "rows": rows, "registration_url": REGISTRATION_URL})],
)
index.add_child(instance=story)
story.save_revision().publish()
print(story.url)
"""


@pytest.fixture(scope="module")
def event_url(site_url, manage):
    return site_url + manage("shell", "-v0", "-c", CREATE_STORY % REGISTRATION_URL).strip()


@pytest.mark.parametrize("width", [320, 768, 1024, 1440])
def test_the_registration_qr_code_is_whole_and_scans_at_every_width(browser, event_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        assert page.goto(event_url).status == 200
        assert page.get_by_role("link", name="Register").get_attribute("href") == REGISTRATION_URL
        code = page.locator(".event-schedule__qr svg")
        code.scroll_into_view_if_needed()
        box = code.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"the code is cut off: {box}"
        # What the reader's camera sees: the page as drawn, clipping included.
        picture = Image.open(io.BytesIO(page.screenshot(clip=box)))
        assert [result.text for result in zxingcpp.read_barcodes(picture)] == [REGISTRATION_URL]
    finally:
        context.close()
