"""Which stories are due to which subscribers, and sending each at most once.

A story is due to a confirmed subscription when its copy in the subscription's
language is live and public, went live after the subscription was confirmed
and at most `MAX_AGE` ago (a sender that was stopped for a week does not send
a week of old news), and the subscription asked for all news, for press releases
(and it is one) or for one of its topics.

Each (subscription, story) pair is claimed by writing an AlertDelivery row
before the message is sent. The row's uniqueness means two senders running at
once, or a sender restarted after a crash, never send a story twice. A message
the mail server refused is unclaimed and tried again on the next run; a run
killed between claiming and sending leaves its claim, and that message is not
sent: at most once, never twice.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from smtplib import SMTPException

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.models import Page

from core.localization import in_reader_language

from ..models import NewsStoryPage
from .mail import alert_message
from .models import AlertDelivery, AlertSubscription

logger = logging.getLogger(__name__)

MAX_AGE = timedelta(days=2)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0  # refused by the mail server: tried again next run
    expired_deleted: int = 0


def due_stories(now):
    """Live, public stories that first went live in the last MAX_AGE, in a live section of a site."""
    stories = (
        NewsStoryPage.objects.live()
        .public()
        .filter(first_published_at__gte=now - MAX_AGE, first_published_at__lte=now)
        .select_related("locale")
        .prefetch_related("topics")
        .order_by("first_published_at", "pk")
    )
    return [story for story in stories if _readers_can_reach(story)]


def _readers_can_reach(story):
    """Whether the story's section is published too, and it belongs to a site (has a public address)."""
    unpublished_above = Page.objects.ancestor_of(story).filter(depth__gt=1, live=False).exists()
    return not unpublished_above and story.get_site() is not None


def subscriptions_due(story):
    """Confirmed subscriptions in the story's language that asked for it and have not had it."""
    wanted = Q(all_news=True) | Q(topics__in=list(story.topics.all()))
    if story.kind == NewsStoryPage.Kind.PRESS_RELEASE:
        wanted |= Q(press_releases=True)
    return (
        AlertSubscription.objects.confirmed()
        .filter(language=story.locale.language_code, confirmed_at__lte=story.first_published_at)
        .filter(wanted)
        .exclude(deliveries__story_key=story.translation_key)
        .prefetch_related("topics")
        .distinct()
        .order_by("pk")
    )


def reason(story, subscription):
    """Why this subscriber gets this story, in their language (call inside translation.override)."""
    if subscription.all_news:
        return translation.gettext("all news")
    if subscription.press_releases and story.kind == NewsStoryPage.Kind.PRESS_RELEASE:
        return translation.gettext("press releases")
    chosen = {topic.pk for topic in subscription.topics.all()}
    matching = [topic for topic in story.topics.all() if topic.pk in chosen]
    return ", ".join(topic.name for topic in in_reader_language(matching))


def claim(subscription, story):
    """Record that this story goes to this subscription; False if someone already did."""
    try:
        with transaction.atomic():
            return AlertDelivery.objects.create(
                subscription=subscription, story_key=story.translation_key, page=story
            )
    except IntegrityError:
        return None


def compose(story, subscription):
    with translation.override(subscription.language):
        why = reason(story, subscription)
    return alert_message(story, subscription, story.get_site().root_url, why)


def send_one(story, subscription, connection, report):
    # Composed before the claim: a story that cannot be composed is skipped and
    # logged, without a claim, and never stops the other subscribers' alerts.
    try:
        message = compose(story, subscription)
    except Exception:
        logger.exception("news alert for page %s could not be composed", story.pk)
        report.failed += 1
        return
    delivery = claim(subscription, story)
    if delivery is None:
        return
    message.connection = connection
    try:
        message.send()
    except (SMTPException, OSError):
        delivery.delete()  # not sent: the next run tries again
        report.failed += 1
        logger.warning(
            "news alert for page %s to subscription %s refused by the mail server", story.pk, subscription.pk
        )
        return
    AlertDelivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())
    report.sent += 1


def send_due_alerts(now=None):
    """Send every due alert once; delete unconfirmed subscriptions whose link has expired."""
    now = now or timezone.now()
    report = SendReport()
    _total, deleted = AlertSubscription.objects.expired(now).delete()
    report.expired_deleted = deleted.get(AlertSubscription._meta.label, 0)
    connection = get_connection()
    with connection:
        for story in due_stories(now):
            for subscription in subscriptions_due(story):
                send_one(story, subscription, connection, report)
    return report
