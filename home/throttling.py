"""Throttling of Wagtail's password forms for password-protected pages and document collections.

Wagtail checks a page's or collection's shared password without any limit. Here,
after `FAILURE_LIMIT` wrong passwords for one restriction from one client address
(home/client_address.py) within `WINDOW`, that form refuses every attempt, the
right password included, with a 429 until the window ends. The counters live in
the shared cache, so every worker sees them.
"""

from datetime import timedelta

from django.core.cache import cache
from django.shortcuts import render

from .client_address import client_address

FAILURE_LIMIT = 5
WINDOW = timedelta(minutes=15)
# Wagtail's password views, by URL name, and the keyword naming their restriction.
PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": "page_view_restriction_id",
    "wagtaildocs_authenticate_with_password": "restriction_id",
}


def failures_key(request):
    """The cache key counting this client's wrong passwords for this restriction, or None."""
    match = request.resolver_match
    if request.method != "POST" or match.url_name not in PASSWORD_VIEWS:
        return None
    restriction_id = match.kwargs[PASSWORD_VIEWS[match.url_name]]
    return f"password-failures:{match.url_name}:{restriction_id}:{client_address(request)}"


def count_failure(key):
    timeout = WINDOW.total_seconds()
    cache.add(key, 0, timeout)  # the window starts with the first failure
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.set(key, 1, timeout)


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
        if key is not None and response.status_code == 200:
            count_failure(key)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        key = failures_key(request)
        if key is None:
            return None
        if cache.get(key, 0) >= FAILURE_LIMIT:
            return render(request, "password_locked.html", status=429)
        request.password_failures_key = key
        return None
