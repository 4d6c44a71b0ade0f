"""The event schedule: an accessible table, past rows marked, a QR code that scans, .ics downloads."""

import datetime
import re

import pytest
import zxingcpp
from icalendar import Calendar
from PIL import Image, ImageDraw

from tests.factories.news import NewsStoryPageFactory
from tests.news.conftest import REGISTRATION_URL, schedule_value

pytestmark = pytest.mark.django_db


def schedule_html(client, story):
    html = client.get(story.url).content.decode()
    start = html.index('<section class="event-schedule">')
    return html[start : html.index("</section>", start)]


def test_schedule_is_a_table_with_caption_and_headers(client, event_story):
    html = schedule_html(client, event_story)
    assert '<caption dir="auto">Ethical recruitment training</caption>' in html
    assert html.count('<th scope="col">') == 6
    assert html.count('<th scope="row"') == 2
    assert "M Resort &amp; Hotel" in html
    assert "Sabah" in html
    assert 'data-label="Venue"' in html  # labels for the stacked phone layout


def test_past_rows_are_marked_and_future_rows_are_not(client, news_index):
    past = NewsStoryPageFactory(
        parent=news_index, slug="past", body=[("event_schedule", schedule_value(True))]
    )
    future = NewsStoryPageFactory(
        parent=news_index, slug="future", body=[("event_schedule", schedule_value(False))]
    )
    assert schedule_html(client, past).count('class="is-past"') == 2
    assert schedule_html(client, past).count(">Past</span>") == 2
    assert "is-past" not in schedule_html(client, future)


def svg_to_image(svg):
    """Draw segno's SVG path (rows of horizontal runs) onto a bitmap, as a browser would."""
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    scale = int(re.search(r"scale\((\d+)\)", svg).group(1))
    path = re.search(r' d="([^"]+)"', svg).group(1)
    size = width // scale
    pixel = 8
    image = Image.new("L", (size * pixel, size * pixel), 255)
    draw = ImageDraw.Draw(image)
    x = y = 0.0
    for command, args in re.findall(r"([MmHhVv])([-\d. ]+)", path):
        numbers = [float(n) for n in args.split()]
        if command == "M":
            x, y = numbers
        elif command == "m":
            x, y = x + numbers[0], y + numbers[1]
        elif command == "h":
            row = int(y)  # lines are drawn through the middle of each module row
            draw.rectangle(
                [x * pixel, row * pixel, (x + numbers[0]) * pixel - 1, (row + 1) * pixel - 1], fill=0
            )
            x += numbers[0]
        else:
            raise AssertionError(f"unexpected path command {command}")
    return image


def test_qr_code_is_inline_svg_that_decodes_to_the_registration_url(client, event_story):
    html = schedule_html(client, event_story)
    svg = html[html.index("<svg") : html.index("</svg>") + 6]
    assert "<title>QR code for the registration link</title>" in svg
    results = zxingcpp.read_barcodes(svg_to_image(svg))
    assert [result.text for result in results] == [REGISTRATION_URL]


def test_each_row_downloads_as_an_ics_file(client, event_story):
    html = schedule_html(client, event_story)
    links = re.findall(r'href="([^"]+/calendar/[^"]+)" download', html)
    assert len(links) == 2
    response = client.get(links[0])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime.date(2023, 5, 22)
    assert event.decoded("dtend") == datetime.date(2023, 5, 24)  # exclusive end of a two-day event
    assert str(event["location"]) == "M Resort & Hotel, Kuala Lumpur"
    assert str(event["summary"]) == "Ethical recruitment training"
    assert REGISTRATION_URL in str(event["description"])

    second = Calendar.from_ical(client.get(links[1]).content).walk("VEVENT")[0]
    assert second.decoded("dtstart") == datetime.date(2023, 9, 13)
    assert second.decoded("dtend") == datetime.date(2023, 9, 14)
    assert str(second["location"]) == "Promenade Hotel, Kota Kinabalu, Sabah"


def test_unknown_calendar_rows_are_404(client, event_story):
    block_id = event_story.body[1].id
    assert client.get(f"{event_story.url}calendar/{block_id}/5/").status_code == 404
    assert client.get(f"{event_story.url}calendar/nope/0/").status_code == 404


def test_end_date_before_start_date_is_rejected():
    from wagtail.blocks import StructBlockValidationError

    from news.blocks import ScheduleRowBlock

    block = ScheduleRowBlock()
    value = block.to_python(
        {"start_date": "2023-05-23", "end_date": "2023-05-22", "sessions": 1, "venue": "V", "city": "C"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "end_date" in error.value.block_errors
