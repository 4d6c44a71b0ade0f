"""Event-schedule rows as iCalendar (.ics) files readers add to their calendar: one row, or all of them."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from icalendar import Calendar, Event
from wagtail.models import Locale

from core.link_safety import public_url
from core.localization import site_wide_copy
from core.models import OrganisationProfile

FILE_NAME_SLUG_LENGTH = 60


def ics_response(story, request, schedule, rows, block_id, file_name):
    """`rows` ((index, row) pairs) of `schedule` as one calendar file named `file_name`.ics."""
    calendar = Calendar()
    profile = site_wide_copy(OrganisationProfile)
    calendar.add("prodid", f"-//{profile.signature if profile else ''}//News//EN")
    calendar.add("version", "2.0")
    host = request.get_host().split(":")[0]
    for index, row in rows:
        calendar.add_component(_event(story, request, schedule, row, f"{block_id}-{index}@{host}"))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}.ics"'
    return response


def _event(story, request, schedule, row, uid):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now())
    event.add("summary", schedule.get("title"))
    starts_at, ends_at = row.starts_at(), row.ends_at()
    if starts_at is not None:
        # Times in UTC: every calendar reads them the same, with no time zone table in the file.
        event.add("dtstart", starts_at.astimezone(datetime.UTC))
        if ends_at is not None:
            event.add("dtend", ends_at.astimezone(datetime.UTC))
    else:
        # All-day events: DTEND is the day after the last day (RFC 5545, 3.6.1).
        event.add("dtstart", row["start_date"])
        event.add("dtend", row.last_day() + datetime.timedelta(days=1))
    event.add("location", row.place())
    description = [schedule.get("introduction") or ""]
    if (row.get("sessions") or 1) > 1:
        description.append(gettext("%(count)s sessions") % {"count": row["sessions"]})
    registration = public_url(schedule.get("registration_url")) if schedule.registration_open() else ""
    if registration:
        description.append(gettext("Register: %(url)s") % {"url": registration})
    event.add("description", "\n".join(part for part in description if part))
    event.add("url", registration or story.get_full_url(request))
    return event


def file_names(story, rows):
    """A readable, distinct file name (no extension) for each row, and one for the whole schedule.

    Names are ASCII in every language: the story's slug (the source page's when a
    translated slug has no Latin letters), the city where it has any, the first day.
    Returns (names by row index, name of the whole schedule).
    """
    base = _ascii_slug(story.slug) or _ascii_slug(_source_slug(story)) or "event"
    names = {}
    for index, row in rows:
        parts = [base, _ascii_slug(row.get("city")), row["start_date"].isoformat()]
        name = "-".join(part for part in parts if part)
        if name in names.values():
            name = f"{name}-{index + 1}"
        names[index] = name
    return names, f"{base}-all-sessions"


def _ascii_slug(text):
    return slugify(text or "")[:FILE_NAME_SLUG_LENGTH].strip("-")


def _source_slug(story):
    source = story.get_translation_or_none(Locale.get_default())
    return source.slug if source else ""
