"""The event schedule: an accessible table, past rows marked, a QR code that scans, .ics downloads."""

import datetime
import re

import pytest
import zxingcpp
from django.utils import timezone
from icalendar import Calendar
from PIL import Image, ImageDraw

from news.models import NewsStoryPage
from tests.factories.news import NewsStoryPageFactory
from tests.news.conftest import REGISTRATION_URL, one_row, schedule_value, timed_schedule

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
    width = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
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
    event_story.body = [("event_schedule", schedule_value(past=False))]
    event_story.save_revision().publish()
    html = schedule_html(client, event_story)
    svg = html[html.index("<svg") : html.index("</svg>") + 6]
    assert "<title>QR code for the registration link</title>" in svg
    results = zxingcpp.read_barcodes(svg_to_image(svg))
    assert [result.text for result in results] == [REGISTRATION_URL]


def test_each_row_downloads_as_an_ics_file(client, event_story):
    html = schedule_html(client, event_story)
    links = re.findall(r'href="([^"]+/calendar/[^"]+/\d+/)" download', html)
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
    assert "example.org" not in str(event["description"])  # registration is closed

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


@pytest.mark.parametrize(
    ("times", "field"),
    [
        ({"end_time": "17:00"}, "start_time"),  # an end without a start
        ({"start_time": "17:00", "end_time": "09:00"}, "end_time"),  # ends before it starts, on one day
    ],
)
def test_times_that_cannot_be_are_rejected(times, field):
    from wagtail.blocks import StructBlockValidationError

    from news.blocks import ScheduleRowBlock

    block = ScheduleRowBlock()
    value = block.to_python({"start_date": "2031-05-22", "sessions": 1, "venue": "V", "city": "C", **times})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == [field]


def with_schedule(story, schedule):
    story.body = [("event_schedule", schedule)]
    story.save_revision().publish()
    return story


def test_registration_closes_when_every_session_is_over(client, event_story):
    closed = schedule_html(client, event_story)  # every session in 2023
    assert "Registration closed: every session is over." in closed
    assert ">Register</a>" not in closed and "<svg" not in closed and REGISTRATION_URL not in closed

    now = timezone.now()
    with_schedule(event_story, one_row(now - datetime.timedelta(hours=3), now + datetime.timedelta(hours=1)))
    still_on = schedule_html(client, event_story)
    assert ">Register</a>" in still_on and "<svg" in still_on and "Registration closed" not in still_on

    with_schedule(
        event_story, one_row(now - datetime.timedelta(hours=3), now - datetime.timedelta(minutes=5))
    )
    ended_today = schedule_html(client, event_story)
    assert "Registration closed: every session is over." in ended_today and "<svg" not in ended_today


def test_rows_show_their_times_street_address_and_a_map_link(client, event_story):
    schedule = timed_schedule()
    html = schedule_html(client, with_schedule(event_story, schedule))
    first_row = html.split('<th scope="row"')[1]
    assert "9 a.m. to 5 p.m., Kuala Lumpur time" in first_row
    assert "Jalan Dutamas 1" in first_row
    assert (
        'href="https://www.openstreetmap.org/search?query='
        'M+Resort+%26amp%3B+Hotel%2C+Jalan+Dutamas+1%2C+Kuala+Lumpur%2C+Malaysia"'
    ) not in first_row  # the query is encoded once, not after HTML escaping
    assert (
        'href="https://www.openstreetmap.org/search?query='
        'M+Resort+%26+Hotel%2C+Jalan+Dutamas+1%2C+Kuala+Lumpur%2C+Malaysia"'
    ) in first_row
    second_row = html.split('<th scope="row"')[2]
    assert "Kuala Lumpur time" not in second_row  # no times: a whole day


def test_a_timed_session_is_a_timed_calendar_event(client, event_story):
    schedule = timed_schedule()
    html = schedule_html(client, with_schedule(event_story, schedule))
    link = re.findall(r'href="([^"]+/calendar/[^"]+/0/)" download', html)[0]
    event = Calendar.from_ical(client.get(link).content).walk("VEVENT")[0]
    year = schedule["rows"][0]["start_date"].year
    assert event.decoded("dtstart") == datetime.datetime(year, 5, 22, 1, tzinfo=datetime.UTC)  # 09:00 in KL
    assert event.decoded("dtend") == datetime.datetime(year, 5, 23, 9, tzinfo=datetime.UTC)  # 17:00 in KL
    assert str(event["location"]) == "M Resort & Hotel, Jalan Dutamas 1, Kuala Lumpur"
    assert f"Register: {REGISTRATION_URL}" in str(event["description"])  # a session is still ahead


def calendar_links(client, story):
    html = schedule_html(client, story)
    return re.findall(r'href="([^"]+/calendar/[^"]+/\d+/)" download', html), re.findall(
        r'href="([^"]+/calendar/[^"]+/all/)" download', html
    )


def file_name(response):
    return re.search(r'filename="([^"]+)"', response["Content-Disposition"]).group(1)


def test_calendar_files_have_distinct_readable_names_in_every_language(
    client, event_story, locales, translate_now
):
    rows, _whole = calendar_links(client, event_story)
    assert [file_name(client.get(link)) for link in rows] == [
        "sme-training-kuala-lumpur-2023-05-22.ics",
        "sme-training-kota-kinabalu-2023-09-13.ics",
    ]
    # A translation whose slug has no Latin letters is named after the English story.
    translate_now(event_story.get_parent(), [locales["ar"]])
    translate_now(event_story, [locales["ar"]])
    arabic = event_story.get_translation(locales["ar"])
    arabic.slug = "تدريب-الشركات"
    arabic.save_revision().publish()
    arabic = NewsStoryPage.objects.get(pk=arabic.pk)  # its address follows the new slug
    assert "/ar/news/%D8%AA" in arabic.url
    rows, _whole = calendar_links(client, arabic)
    assert [file_name(client.get(link)) for link in rows] == [
        "sme-training-kuala-lumpur-2023-05-22.ics",
        "sme-training-kota-kinabalu-2023-09-13.ics",
    ]


def test_one_calendar_file_holds_every_session(client, event_story):
    _rows, [whole] = calendar_links(client, event_story)
    response = client.get(whole)
    assert response.status_code == 200
    assert file_name(response) == "sme-training-all-sessions.ics"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [
        datetime.date(2023, 5, 22),
        datetime.date(2023, 9, 13),
    ]
    assert len({str(event["uid"]) for event in events}) == 2
    assert client.get(whole.replace("/all/", "/everything/")).status_code == 404


def test_a_schedule_without_rows_offers_no_calendar_and_no_closed_notice(client, event_story):
    schedule = {**schedule_value(), "rows": []}  # the admin form refuses this; an import may not
    with_schedule(event_story, schedule)
    html = client.get(event_story.url).content.decode()
    assert "Registration closed" not in html
    block_id = event_story.body[0].id
    assert client.get(f"{event_story.url}calendar/{block_id}/all/").status_code == 404


def test_a_row_without_a_session_count_still_downloads(client, event_story):
    schedule = schedule_value()
    schedule["rows"][0]["sessions"] = None
    with_schedule(event_story, schedule)
    rows, _whole = calendar_links(client, event_story)
    assert client.get(rows[0]).status_code == 200
