"""A reader's e-mail alert subscription, and the stories already sent to it."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# An unconfirmed subscription, and its confirmation link, lasts this long.
CONFIRMATION_DAYS = 7


def new_token():
    """The secret in a subscriber's links: 256 random bits, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


class AlertSubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def expired(self, now=None):
        """Unconfirmed subscriptions whose confirmation link has run out."""
        cutoff = (now or timezone.now()) - timedelta(days=CONFIRMATION_DAYS)
        return self.filter(confirmed_at__isnull=True, created_at__lt=cutoff)

    def for_address(self, email):
        return self.filter(email__iexact=email)


class AlertSubscription(models.Model):
    """What one address wants to hear about, and in which language.

    A request to subscribe makes a pending row; opening the e-mailed link confirms
    it and replaces any earlier confirmed row of the same address, so an address
    has at most one confirmed subscription and gets at most one message per story.
    """

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    all_news = models.BooleanField(_("all news"), default=False)
    press_releases = models.BooleanField(_("press releases"), default=False)
    # Source-language topics: stories in every language point at these.
    topics = models.ManyToManyField("news.Topic", verbose_name=_("topics"), blank=True, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AlertSubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail alert subscription")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=models.Q(confirmed_at__isnull=False),
                name="one_confirmed_alert_subscription_per_address",
            )
        ]

    def __str__(self):
        return f"alert subscription {self.pk}"  # never the address: this ends up in logs

    @property
    def is_expired(self):
        deadline = self.created_at + timedelta(days=CONFIRMATION_DAYS)
        return self.confirmed_at is None and deadline < timezone.now()


class AlertDelivery(models.Model):
    """One story claimed for (and then sent to) one subscription.

    The row is written before the message is sent and its uniqueness decides who
    sends: a second run, or a run after a crash, never sends the same story again.
    A story is every language's copy of it (its translation key).
    """

    subscription = models.ForeignKey(AlertSubscription, on_delete=models.CASCADE, related_name="deliveries")
    story_key = models.UUIDField()
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "story_key"], name="one_alert_per_story_per_subscription"
            )
        ]

    def __str__(self):
        return f"story {self.story_key} for alert subscription {self.subscription_id}"
