"""The messages a subscriber gets: the confirmation link, and one alert per story.

Both are plain text in the subscription's language. Alerts carry the one-click
unsubscribe headers of RFC 2369 and RFC 8058, so mail programs offer an
"Unsubscribe" button that works without opening the site.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.localization import site_wide_copy
from core.models import OrganisationProfile

from .models import CONFIRMATION_DAYS


def link(base_url, name, subscription):
    """An absolute link to one of the subscriber's pages, in the subscription's language."""
    with translation.override(subscription.language):
        return base_url.rstrip("/") + reverse(f"news_alerts:{name}", args=[subscription.token])


def sender_name():
    profile = site_wide_copy(OrganisationProfile)
    return profile.signature if profile else ""


def _message(subscription, template, context, headers=None):
    """The message from `<template>_subject.txt` and `<template>.txt`, in the subscription's language."""
    with translation.override(subscription.language):
        context = {"sender": sender_name(), **context}
        subject = render_to_string(f"news/alerts/email/{template}_subject.txt", context)
        body = render_to_string(f"news/alerts/email/{template}.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),  # no line breaks: they would end the header
        body=body.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={"Content-Language": subscription.language, **(headers or {})},
    )


def confirmation_message(subscription, base_url):
    context = {
        "subscription": subscription,
        "confirm_url": link(base_url, "confirm", subscription),
        "days": CONFIRMATION_DAYS,
    }
    return _message(subscription, "confirm", context)


def alert_message(story, subscription, base_url, reason):
    """The alert for one story: title, date, summary and link, why it came, and how to stop it."""
    unsubscribe_url = link(base_url, "unsubscribe", subscription)
    context = {
        "story": story,
        "reason": reason,
        "manage_url": link(base_url, "manage", subscription),
        "unsubscribe_url": unsubscribe_url,
    }
    one_click = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return _message(subscription, "story", context, one_click)
