"""The subscriber's pages: subscribe, confirm, change and unsubscribe.

Addresses arrive only in POST bodies (never in URLs, which servers log) and are
never logged; error reports hide them (sensitive_post_parameters). Every answer
is the same whether or not an address is already subscribed, so the form tells
nobody who reads the alerts. The pages behind a subscriber's secret link are
never cached and send no Referer.
"""

import logging
from datetime import timedelta
from functools import wraps
from smtplib import SMTPException

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.shortcuts import render as render_template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from core.client_address import client_network
from core.localization import pages_in_reader_language
from core.models import LegalPages
from core.throttling import take_attempt

from .forms import AlertChoicesForm, SubscribeForm
from .mail import confirmation_message
from .models import CONFIRMATION_DAYS, AlertDelivery, AlertSubscription
from .rate_limit import address_key

logger = logging.getLogger(__name__)

# One device may ask this often; one address gets this many confirmation e-mails a day.
REQUESTS_PER_CLIENT = 10
CLIENT_WINDOW = timedelta(hours=1)
CONFIRMATIONS_PER_ADDRESS = 3
ADDRESS_WINDOW = timedelta(days=1)


def render(request, template, context=None, status=200):
    """Render an alerts page; its language switcher leads to the same page in each language."""
    context = {**(context or {}), "same_view_in_every_language": True, "days": CONFIRMATION_DAYS}
    return render_template(request, template, context, status=status)


def private_page(view):
    """A page for one subscriber: not cached anywhere, not indexed, no Referer leaking its link."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapped)


@sensitive_post_parameters("email")
@require_http_methods(["GET", "POST"])
@never_cache
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    context = {"form": form, "privacy_page": privacy_notice(request)}
    if request.method == "POST":
        if take_attempt(f"alert-requests:{client_network(request)}", CLIENT_WINDOW) > REQUESTS_PER_CLIENT:
            return render(request, "news/alerts/subscribe.html", {**context, "too_many": True}, status=429)
        if form.is_valid():
            start_subscription(request, form)
            return redirect("news_alerts:requested")
    return render(request, "news/alerts/subscribe.html", context)


def privacy_notice(request):
    """The privacy notice in the reader's language, or None when the site names none."""
    pages = pages_in_reader_language(list(filter(None, [LegalPages.for_request(request).privacy_notice_id])))
    return pages[0] if pages else None


def start_subscription(request, form):
    """Save the pending subscription and e-mail its link, unless this address had enough today."""
    if take_attempt(address_key(form.cleaned_data["email"]), ADDRESS_WINDOW) > CONFIRMATIONS_PER_ADDRESS:
        return  # the same answer as usual: the form reveals nothing about an address
    subscription = form.save()
    base_url = request.build_absolute_uri("/")
    transaction.on_commit(lambda: send_confirmation(subscription, base_url))


def send_confirmation(subscription, base_url):
    """E-mail the confirmation link. A refusal is logged (without the address) and the reader
    gets the usual answer: the form says nothing about which addresses work."""
    try:
        confirmation_message(subscription, base_url).send()
    except (SMTPException, OSError) as error:
        logger.warning(
            "confirmation for alert subscription %s not sent: %s", subscription.pk, type(error).__name__
        )


@never_cache
def requested(request):
    return render(request, "news/alerts/requested.html")


def subscription_for(token, confirmed=None):
    subscription = AlertSubscription.objects.filter(token=token).first()
    if subscription is None or subscription.is_expired:
        return None
    if confirmed is not None and (subscription.confirmed_at is not None) != confirmed:
        return None
    return subscription


def link_not_valid(request):
    return render(request, "news/alerts/link_not_valid.html", status=404)


@require_http_methods(["GET", "POST"])
@private_page
def confirm(request, token):
    subscription = subscription_for(token)
    if subscription is None:
        return link_not_valid(request)
    if subscription.confirmed_at is not None:
        return redirect("news_alerts:manage", token=token)
    if request.method == "POST":
        activate(subscription)
        confirmed = _("Your e-mail alerts are on. You can change or stop them here at any time.")
        messages.success(request, confirmed)
        return redirect("news_alerts:manage", token=token)
    return render(request, "news/alerts/confirm.html", {"subscription": subscription})


def activate(subscription):
    """Confirm a subscription; it replaces the address's earlier one, and inherits the record of
    what that one was sent, so no story comes twice.

    Two links of one address confirmed at the same moment: the second finds the
    first's row in its way (the unique constraint) and replaces it in turn.
    """
    try:
        _replace_and_confirm(subscription)
    except IntegrityError:
        _replace_and_confirm(subscription)


@transaction.atomic
def _replace_and_confirm(subscription):
    earlier = AlertSubscription.objects.confirmed().for_address(subscription.email)
    earlier = earlier.exclude(pk=subscription.pk)
    sent = set(subscription.deliveries.values_list("story_key", flat=True))
    AlertDelivery.objects.filter(subscription__in=earlier).exclude(story_key__in=sent).update(
        subscription=subscription
    )
    earlier.delete()
    subscription.confirmed_at = timezone.now()
    subscription.save(update_fields=["confirmed_at"])


@require_http_methods(["GET", "POST"])
@private_page
def manage(request, token):
    subscription = subscription_for(token, confirmed=True)
    if subscription is None:
        return link_not_valid(request)
    form = AlertChoicesForm(request.POST or None, instance=subscription)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your choices are saved."))
        return redirect("news_alerts:manage", token=token)
    return render(request, "news/alerts/manage.html", {"form": form, "subscription": subscription})


# Mail programs' one-click unsubscribe (RFC 8058) POSTs here with no cookie and no
# CSRF token: the secret link itself proves the right to delete.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@private_page
def unsubscribe(request, token):
    subscription = AlertSubscription.objects.filter(token=token).first()
    if request.method == "GET":
        if subscription is None:
            return link_not_valid(request)
        return render(request, "news/alerts/unsubscribe.html", {"subscription": subscription})
    if subscription is not None:
        # The address, its choices, the record of what it was sent, and any link not yet opened.
        AlertSubscription.objects.for_address(subscription.email).delete()
    return render(request, "news/alerts/unsubscribed.html")
