"""What the home page gathers from the other apps: latest stories, upcoming
events and the campaign. Only the home page imports news and campaigns
(see README, "Layout"); each helper costs a fixed number of queries.
"""

from campaigns.models import CampaignPage
from news.models import NewsIndexPage, NewsStoryPage
from news.taxonomy import attach_localized_topics

LATEST_STORIES = 3
UPCOMING_EVENTS = 4
EVENT_STORIES_SCANNED = 20


def latest_stories(locale):
    stories = (
        NewsStoryPage.objects.live()
        .public()
        .filter(locale=locale)
        .defer_streamfields()
        .select_related("hero_image", "listing_image")
        .prefetch_related("topics", "hero_image__renditions", "listing_image__renditions")
        .order_by("-date", "-pk")[:LATEST_STORIES]
    )
    return attach_localized_topics(stories)


def upcoming_events(locale, request=None):
    """The next event dates, soonest first, as plain data (kept in the fragment cache): each
    {"url", "title", "start_date", "end_date", "place", "changes_at"}.

    Dates live in the stories' event-schedule blocks, so the latest event
    announcements are read and their future rows collected.
    """
    stories = (
        NewsStoryPage.objects.live()
        .public()
        .filter(locale=locale, kind=NewsStoryPage.Kind.EVENT)
        .order_by("-date", "-pk")[:EVENT_STORIES_SCANNED]
    )
    rows = [
        (story, row)
        for story in stories
        for _block_id, schedule in story.schedules()
        for row in schedule.sorted_rows()
        if not row.is_past()
    ]
    rows.sort(key=lambda story_row: story_row[1]["start_date"])
    return [
        {
            "url": story.get_url(request),
            "title": story.title,
            "start_date": row.get("start_date"),
            "end_date": row.get("end_date"),
            "place": row.place(),
            "changes_at": row.changes_at(),
        }
        for story, row in rows[:UPCOMING_EVENTS]
    ]


def next_change(events):
    """When the first of `events` becomes past (the list changes with nothing published), or None."""
    return min((event["changes_at"] for event in events if event["changes_at"]), default=None)


def featured_campaign(locale):
    return (
        CampaignPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("hero_image", "listing_image")
        .order_by("path")
        .first()
    )


def news_index(locale):
    return NewsIndexPage.objects.live().filter(locale=locale).order_by("path").first()
