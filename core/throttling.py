"""Throttling of Wagtail's password forms for password-protected pages and document collections.

Wagtail checks a page's or collection's shared password without any limit. Here,
after `FAILURE_LIMIT` wrong guesses at one password from one client address
(core/client_address.py), each within `WINDOW` of the one before, its forms
refuse every attempt, the right password included, with a 429 until `WINDOW`
has passed without one. The counters live in
the shared cache, so every worker sees them.

A counter belongs to the password, not to one restriction: a page's
translations carry copies of its restriction (core/view_restrictions.py), and
guessing through each copy in turn must not multiply the limit. Each attempt
takes its place in the count before the password is checked, so guesses sent
in parallel are limited too; an attempt that turns out right gives its place back.
"""

import hashlib
from datetime import timedelta

from django.core.cache import cache
from django.shortcuts import render
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from .client_address import client_address

FAILURE_LIMIT = 5
WINDOW = timedelta(minutes=15)
# Wagtail's password views, by URL name, and the keyword naming their restriction.
PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": ("page_view_restriction_id", PageViewRestriction),
    "wagtaildocs_authenticate_with_password": ("restriction_id", CollectionViewRestriction),
}


def failures_key(request):
    """The cache key counting this client's guesses at this restriction's password, or None."""
    match = request.resolver_match
    if request.method != "POST" or match.url_name not in PASSWORD_VIEWS:
        return None
    keyword, model = PASSWORD_VIEWS[match.url_name]
    password = model.objects.filter(pk=match.kwargs[keyword]).values_list("password", flat=True).first()
    if password is None:
        return None  # Wagtail answers 404
    secret = hashlib.sha256(password.encode()).hexdigest()
    return f"password-failures:{secret}:{client_address(request)}"


def take_attempt(key, window=WINDOW):
    """Count one more attempt under `key` in the shared cache and return the count.

    The count is forgotten `window` after the latest attempt: someone who keeps
    trying stays counted. Other rate limits (e-mail alerts: news/alerts/) count
    with it too. With Redis the count is atomic; the file cache used without
    Redis counts with a read and a write, so attempts at the very same moment
    may be counted once.
    """
    timeout = window.total_seconds()
    cache.add(key, 0, timeout)
    try:
        count = cache.incr(key)
    except ValueError:  # expired in between
        cache.set(key, 1, timeout)
        return 1
    # Django's file and database caches write an incremented value back with the
    # default timeout (5 minutes), which would end the window early: set it again.
    cache.touch(key, timeout)
    return count


def give_back_attempt(key, window=WINDOW):
    try:
        cache.decr(key)
    except ValueError:
        return  # expired meanwhile
    cache.touch(key, window.total_seconds())


class PasswordFormThrottleMiddleware:
    """Refuses a locked client's password attempts and counts its wrong ones.

    Wagtail's view redirects after the right password and shows the form
    again (200) after a wrong one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "password_failures_key", None)
        if key is not None and response.status_code != 200:
            give_back_attempt(key)  # the right password (a redirect) is not a failure
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        key = failures_key(request)
        if key is None:
            return None
        if take_attempt(key) > FAILURE_LIMIT:
            return render(request, "password_locked.html", status=429)
        request.password_failures_key = key
        return None
