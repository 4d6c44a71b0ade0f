"""One event-schedule row as an iCalendar (.ics) file readers add to their calendar."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from icalendar import Calendar, Event

from core.link_safety import public_url
from core.localization import site_wide_copy
from core.models import OrganisationProfile


def ics_response(story, request, schedule, row, block_id, index):
    calendar = Calendar()
    profile = site_wide_copy(OrganisationProfile)
    calendar.add("prodid", f"-//{profile.signature if profile else ''}//News//EN")
    calendar.add("version", "2.0")
    event = Event()
    host = request.get_host().split(":")[0]
    event.add("uid", f"{block_id}-{index}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("summary", schedule.get("title"))
    # All-day events: DTEND is the day after the last day (RFC 5545, 3.6.1).
    event.add("dtstart", row["start_date"])
    event.add("dtend", row.last_day() + datetime.timedelta(days=1))
    event.add("location", row.place())
    description = [schedule.get("introduction") or ""]
    if row.get("sessions", 1) > 1:
        description.append(gettext("%(count)s sessions") % {"count": row["sessions"]})
    registration = public_url(schedule.get("registration_url"))
    if registration:
        description.append(gettext("Register: %(url)s") % {"url": registration})
    event.add("description", "\n".join(part for part in description if part))
    event.add("url", registration or story.get_full_url(request))
    calendar.add_component(event)

    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    name = slugify(f"{schedule.get('title')}-{row.get('city')}-{row['start_date']}")[:80] or "event"
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response
