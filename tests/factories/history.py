"""Factories for the history page. Timeline entries and process cards are built as raw StreamField data."""

import factory

from home.models import HistoryPage
from tests.factories.home import PageFactory


def timeline_entry(
    start_year,
    title,
    end_year=None,
    date_label="",
    text="",
    image=None,
    alt_text="",
    link=None,
    statistic=None,
):
    """The raw value of one timeline entry; `link` is a page or an external URL string."""
    page = link if link is not None and not isinstance(link, str) else None
    return {
        "type": "entry",
        "value": {
            "start_year": start_year,
            "end_year": end_year,
            "date_label": date_label,
            "title": title,
            "text": text or f"<p>What happened: {title}.</p>",
            "image": {
                "image": image.pk if image else None,
                "decorative": False,
                "alt_text": alt_text if image else "",
            },
            "link": {
                "text": "",
                "page": page.pk if page else None,
                "external_url": link if isinstance(link, str) else "",
            },
            "statistic": statistic.pk if statistic else None,
        },
    }


def process_card(name, year_joined=None, purpose="What it works on.", role="<p>A member.</p>"):
    return {
        "type": "process",
        "value": {"name": name, "year_joined": year_joined, "purpose": purpose, "role": role},
    }


class HistoryPageFactory(PageFactory):
    """A history page; pass `parent=` a StandardPage."""

    title = "Our history"
    slug = "history"
    introduction = "<p>IOM has worked here since the late 1970s.</p>"
    timeline = factory.LazyFunction(list)
    processes = factory.LazyFunction(list)
    key_figures = factory.LazyFunction(list)

    class Meta:
        model = HistoryPage
