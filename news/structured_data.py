"""schema.org JSON-LD for a story: a NewsArticle, and an Event for each schedule row.

Search engines read these to show the story with its image and date, and
each training date as an event with its venue and registration link.
"""

from django.templatetags.static import static
from django.utils import timezone, translation

from core.link_safety import public_url
from core.localization import site_wide_copy
from core.models import OrganisationProfile

from .feeds import story_datetime

# 1:1, 4:3 and 16:9, as Google's article guidelines ask for.
ARTICLE_RENDITIONS = [
    "fill-1200x1200|format-jpeg|jpegquality-75",
    "fill-1200x900|format-jpeg|jpegquality-75",
    "fill-1200x675|format-jpeg|jpegquality-75",
]


def story_structured_data(story, request):
    profile = site_wide_copy(OrganisationProfile)
    root_url = request.build_absolute_uri("/")
    organisation = {
        "@type": "Organization",
        "name": profile.full_name if profile else "",
        "url": root_url,
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("images/logo.svg"))},
    }
    published = story_datetime(story)
    modified = timezone.localtime(story.last_published_at) if story.last_published_at else published
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title[:110],
        "description": story.summary_text,
        "datePublished": published.isoformat(),
        "dateModified": max(modified, published).isoformat(),
        "inLanguage": translation.get_language(),
        "mainEntityOfPage": story.get_full_url(request),
        "author": organisation,
        "publisher": organisation,
    }
    image = story.card_image
    if image is not None:
        article["image"] = [
            request.build_absolute_uri(image.get_rendition(spec).url) for spec in ARTICLE_RENDITIONS
        ]
    topics = story.localized_topics
    if topics:
        article["keywords"] = ", ".join(topic.name for topic in topics)

    items = [article]
    for _block_id, schedule in story.schedules():
        for row in schedule.sorted_rows():
            event = _event(schedule, row, organisation, story, request, profile)
            if "image" in article:
                event["image"] = article["image"]
            items.append(event)
    return items


def _event(schedule, row, organisation, story, request, profile):
    end = row.get("end_date") or row["start_date"]
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": f"{schedule.get('title')} – {row.get('city')}",
        "startDate": (row.starts_at() or row["start_date"]).isoformat(),
        "endDate": (row.ends_at() or end).isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {
            "@type": "Place",
            "name": row.get("venue"),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": row.get("city"),
                "addressRegion": row.get("region") or row.get("city"),
            },
        },
        "organizer": organisation,
        "url": story.get_full_url(request),
    }
    if row.get("address"):
        event["location"]["address"]["streetAddress"] = row["address"]
    if profile is not None and profile.country_code:
        event["location"]["address"]["addressCountry"] = profile.country_code
    if schedule.get("introduction"):
        event["description"] = schedule["introduction"]
    registration = public_url(schedule.get("registration_url"))
    if registration and schedule.registration_open():
        event["offers"] = {
            "@type": "Offer",
            "url": registration,
            "availability": "https://schema.org/InStock",
            "validFrom": story_datetime(story).isoformat(),
        }
    return event
