import datetime

import pytest
from django.utils import timezone

from tests.factories.home import ImageFactory
from tests.factories.news import MediaContactFactory, NewsIndexPageFactory, NewsStoryPageFactory, TopicFactory

REGISTRATION_URL = "https://example.org/register/sme-training"


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def topics(locales):
    return {
        "recruitment": TopicFactory(name="Ethical recruitment", slug="ethical-recruitment"),
        "health": TopicFactory(name="Migration health", slug="migration-health"),
    }


@pytest.fixture
def contact(locales):
    return MediaContactFactory()


def schedule_value(past=True):
    year = 2023 if past else datetime.date.today().year + 1
    return {
        "title": "Ethical recruitment training",
        "introduction": "Workshops for small and medium enterprises.",
        "rows": [
            {
                "start_date": datetime.date(year, 5, 22),
                "end_date": datetime.date(year, 5, 23),
                "sessions": 2,
                "venue": "M Resort & Hotel",
                "city": "Kuala Lumpur",
                "region": "",
            },
            {
                "start_date": datetime.date(year, 9, 13),
                "end_date": None,
                "sessions": 1,
                "venue": "Promenade Hotel",
                "city": "Kota Kinabalu",
                "region": "Sabah",
            },
        ],
        "registration_url": REGISTRATION_URL,
    }


def one_row(start, end):
    """A schedule with one session from `start` to `end` (aware datetimes)."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    schedule = schedule_value(past=False)
    schedule["rows"] = [
        {
            **schedule["rows"][0],
            "start_date": start.date(),
            "start_time": start.time().replace(microsecond=0),
            "end_date": end.date(),
            "end_time": end.time().replace(microsecond=0),
        }
    ]
    return schedule


def timed_schedule():
    """schedule_value(past=False) whose first row runs 09:00–17:00 at a street address."""
    schedule = schedule_value(past=False)
    schedule["rows"][0].update(
        start_time=datetime.time(9), end_time=datetime.time(17), address="Jalan Dutamas 1"
    )
    return schedule


@pytest.fixture
def event_story(news_index, topics, contact):
    return NewsStoryPageFactory(
        parent=news_index,
        title="SME training on ethical recruitment",
        slug="sme-training",
        date=datetime.date(2023, 6, 15),
        kind="event",
        summary="Trainings for SMEs across Malaysia.",
        topics=[topics["recruitment"]],
        media_contact=contact,
        hero_image=ImageFactory(title="Training hall", description="Employers at a training workshop"),
        body=[
            ("paragraph", "<p>Trainings with employers.</p>"),
            ("event_schedule", schedule_value()),
        ],
    )
