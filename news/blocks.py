"""Blocks only news stories offer: the event schedule for trainings and events.

The schedule is data, not formatted text, so the same rows give the table,
the stacked phone layout, the calendar downloads and the schema.org events.
"""

import datetime
import functools
import io

import segno
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.link_safety import WebURLBlock, public_url
from stats.blocks import BodyStreamBlock


class ScheduleRowValue(blocks.StructValue):
    def last_day(self):
        return self.get("end_date") or self.get("start_date")

    def is_past(self):
        """True once the row's last day is over (in the site's time zone)."""
        last_day = self.last_day()
        return bool(last_day) and last_day < timezone.localdate()

    def place(self):
        """Venue, city and region as one line, for calendars and screen readers."""
        parts = [self.get("venue"), self.get("city"), self.get("region")]
        return ", ".join(part for part in parts if part)


class ScheduleRowBlock(blocks.StructBlock):
    start_date = blocks.DateBlock(label=_("Start date"), help_text=_("The first day."))
    end_date = blocks.DateBlock(
        label=_("End date"),
        required=False,
        help_text=_("The last day, for events over several days. Leave empty for one day."),
    )
    sessions = blocks.IntegerBlock(
        label=_("Sessions"),
        min_value=1,
        default=1,
        help_text=_("How many workshops or sessions take place on these dates."),
    )
    venue = blocks.CharBlock(label=_("Venue"), help_text=_("e.g. 'M Resort & Hotel'."))
    city = blocks.CharBlock(label=_("City"), help_text=_("e.g. 'Kuala Lumpur'."))
    region = blocks.CharBlock(
        label=_("State or region"), required=False, help_text=_("e.g. 'Sabah'. Optional.")
    )

    class Meta:
        icon = "date"
        value_class = ScheduleRowValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("end_date") and value["end_date"] < value["start_date"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end_date": [_("The end date cannot be before the start date.")]}
            )
        return value


@functools.lru_cache(maxsize=512)
def qr_code_svg(url, title):
    """`url` as an inline SVG QR code titled `title`.

    Drawing a code costs several milliseconds of pure computation, the same
    every time for the same link, so each worker keeps the last few hundred.
    """
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        nl=False,
        scale=4,
        border=4,
        title=title,
        svgclass="qr-code",
        lineclass=None,
    )
    return buffer.getvalue().decode("utf-8")


class EventScheduleValue(blocks.StructValue):
    def registration_link(self):
        """The registration URL, or "" when it is not a web address readers may follow."""
        return public_url(self.get("registration_url"))

    def qr_svg(self):
        """The registration link as an inline SVG QR code, drawn on the server.

        No external service sees the link; the SVG scales without blurring and
        carries a title so screen readers announce it. "" when the link does not
        fit in a QR code (the page then says so beside the link).
        """
        url = self.registration_link()
        if not url:
            return ""
        try:
            svg = qr_code_svg(url, str(_("QR code for the registration link")))
        except segno.DataOverflowError:
            return ""
        return mark_safe(svg)  # noqa: S308  segno's own output

    def sorted_rows(self):
        return sorted(self.get("rows") or [], key=lambda row: row.get("start_date") or datetime.date.min)


class EventScheduleBlock(blocks.StructBlock):
    """Dates and venues of a training or event series, with registration link and QR code."""

    title = blocks.CharBlock(label=_("Title"), help_text=_("The name of the training or event."))
    introduction = blocks.TextBlock(
        label=_("Introduction"), required=False, help_text=_("Who it is for and what it covers.")
    )
    rows = blocks.ListBlock(
        ScheduleRowBlock(),
        label=_("Dates and venues"),
        min_num=1,
        help_text=_("One row per venue and date range."),
    )
    registration_url = WebURLBlock(
        label=_("Registration link"),
        required=False,
        help_text=_("Where readers sign up; shown as a link and a QR code."),
    )
    registration_is_sample = blocks.BooleanBlock(
        label=_("Sample registration link"),
        required=False,
        help_text=_("Tick while the link is a stand-in; readers then see it leads to no real registration."),
    )

    class Meta:
        icon = "calendar-alt"
        template = "news/blocks/event_schedule.html"
        value_class = EventScheduleValue
        group = _("Events")
        label = _("Event schedule")
        description = _("A table of dates and venues with a registration QR code and calendar downloads.")
        preview_value = {
            "title": "Ethical recruitment training for SMEs",
            "introduction": "One-day workshops for small and medium enterprises.",
            "rows": [
                {"start_date": "2023-05-22", "end_date": "2023-05-23", "sessions": 2, "venue": "M Resort",
                 "city": "Kuala Lumpur", "region": ""},
            ],
            "registration_url": "https://example.org/register",
        }  # fmt: skip


class NewsStreamBlock(BodyStreamBlock):
    """The shared blocks plus the event schedule."""

    event_schedule = EventScheduleBlock()
