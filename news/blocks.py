"""Blocks only news stories offer: the event schedule for trainings and events.

The schedule is data, not formatted text, so the same rows give the table,
the stacked phone layout, the calendar downloads and the schema.org events.
"""

import datetime
import functools
import io
from urllib.parse import urlencode

import segno
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from core.link_safety import WebURLBlock, public_url
from stats.blocks import BodyStreamBlock

OPENSTREETMAP_SEARCH = "https://www.openstreetmap.org/search"


class ScheduleRowValue(blocks.StructValue):
    def last_day(self):
        return self.get("end_date") or self.get("start_date")

    def starts_at(self):
        """The first day's start as an aware datetime (site time zone), or None without a start time."""
        return _at(self.get("start_date"), self.get("start_time"))

    def ends_at(self):
        """The last day's end as an aware datetime (site time zone), or None without an end time."""
        return _at(self.last_day(), self.get("end_time"))

    def is_past(self):
        """True once the row is over: after its end time, else after its last day (site time zone)."""
        ends_at = self.ends_at()
        if ends_at is not None:
            return ends_at <= timezone.now()
        last_day = self.last_day()
        return bool(last_day) and last_day < timezone.localdate()

    def changes_at(self):
        """When the row becomes past: its end time, else the midnight after its last day; None if past."""
        if self.is_past():
            return None
        ends_at = self.ends_at()
        if ends_at is not None:
            return ends_at
        last_day = self.last_day()
        return _at(last_day + datetime.timedelta(days=1), datetime.time.min) if last_day else None

    def place(self):
        """Venue, street address, city and region as one line, for calendars and screen readers."""
        parts = [self.get("venue"), self.get("address"), self.get("city"), self.get("region")]
        return ", ".join(part for part in parts if part)

    def map_url(self):
        """The place on OpenStreetMap: a plain link, no script or tiles on our pages."""
        parts = [self.get("venue"), self.get("address"), self.get("city"), self.get("region"), "Malaysia"]
        return f"{OPENSTREETMAP_SEARCH}?{urlencode({'query': ', '.join(part for part in parts if part)})}"


def _at(day, time):
    if not day or time is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, time))


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
    start_time = blocks.TimeBlock(
        label=_("Start time"),
        required=False,
        help_text=_("Optional; Kuala Lumpur time. Without it the row is a whole day."),
    )
    end_time = blocks.TimeBlock(
        label=_("End time"),
        required=False,
        help_text=_("Optional; Kuala Lumpur time, on the last day. Registration closes when it has passed."),
    )
    address = blocks.CharBlock(
        label=_("Street address"),
        required=False,
        default="",  # rows saved before the field existed are translated as an empty string
        help_text=_("Optional, e.g. 'Jalan Dutamas 1'. Shown with a map link (OpenStreetMap)."),
    )

    class Meta:
        icon = "date"
        value_class = ScheduleRowValue
        form_layout = [
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "sessions",
            "venue",
            "address",
            "city",
            "region",
        ]

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("end_date") and value["end_date"] < value["start_date"]:
            errors["end_date"] = [_("The end date cannot be before the start date.")]
        if value.get("end_time") and not value.get("start_time"):
            errors["start_time"] = [_("Give the start time too, or leave both times empty.")]
        elif value.get("end_time") and value.ends_at() <= value.starts_at():
            errors["end_time"] = [_("The end time must be after the start time.")]
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
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
        # A viewBox and no fixed size: the code scales to the width the stylesheet gives it.
        # With width="180" and a narrower box, browsers cut off its right and bottom edges.
        omitsize=True,
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

    def registration_open(self):
        """Registration is offered while a session is still ahead: not once every row is over."""
        return any(not row.is_past() for row in self.get("rows") or [])

    def changes_at(self):
        """The next moment a row becomes past (and the schedule's page changes), or None."""
        moments = [moment for row in self.get("rows") or [] if (moment := row.changes_at())]
        return min(moments, default=None)


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


CC_BY_4_0 = "https://creativecommons.org/licenses/by/4.0/"
PHOTO_LICENCES = [
    ("cc-by-4.0", _("CC BY 4.0: free to reuse for any purpose, with the credit")),
    ("news-reporting", _("Free for news reporting about this story, with the credit")),
]


class PressPhotoValue(blocks.StructValue):
    def licence_label(self):
        return dict(PHOTO_LICENCES).get(self.get("licence"), "")

    def licence_url(self):
        return CC_BY_4_0 if self.get("licence") == "cc-by-4.0" else ""

    def original_format(self):
        """The original file's format as readers know it: JPEG, PNG, WEBP… ("" without an image)."""
        image = self.get("image")
        if image is None:
            return ""
        extension = image.file.name.rsplit(".", 1)[-1].upper()
        return "JPEG" if extension == "JPG" else extension


class PressPhotoBlock(blocks.StructBlock):
    """A photo journalists may download in full size, with the credit and licence they must respect."""

    image = ImageBlock(label=_("Photo"))
    caption = blocks.CharBlock(
        label=_("Caption"), help_text=_("Who and what the photo shows, where and when.")
    )
    credit = blocks.CharBlock(
        label=_("Credit"), help_text=_("How it must be credited, e.g. '© IOM 2023 / Photographer's name'.")
    )
    licence = blocks.ChoiceBlock(
        label=_("Licence"),
        choices=PHOTO_LICENCES,
        default="news-reporting",
        help_text=_("What journalists may do with the photo; shown beside its download link."),
    )

    class Meta:
        icon = "image"
        template = "news/blocks/press_photo.html"
        value_class = PressPhotoValue
        label = _("Press photo")


class NewsStreamBlock(BodyStreamBlock):
    """The shared blocks plus the event schedule."""

    event_schedule = EventScheduleBlock()
