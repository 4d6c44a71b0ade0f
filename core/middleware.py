"""Reliability and logging: a friendly 503 when the database is away, and one JSON log line per request.

What a request log line holds (and what it leaves out, on purpose):
`time`, `level`, `logger`, `message`, `method`, `path` (without the query
string: searches and links can carry names and e-mail addresses), `status`,
`duration_ms` and `staff` (whether a signed-in editor made the request). No IP
address, user name, cookie, user agent, referrer or query string is logged, and
a secret in the path (an alert subscriber's link token) is replaced by `<token>`.
"""

import logging
import sys
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

request_logger = logging.getLogger("iom.requests")
database_logger = logging.getLogger("iom.database")

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable_response():
    """The 503 page, rendered without a request context so it needs no database."""
    html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: a database that cannot be reached is a 503 ("try again soon"), not a 500.

    Django calls this inside its exception handler for any uncaught error,
    including those raised in middleware, so sys.exc_info() holds the error.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_DOWN):
        database_logger.error("Database unavailable: %s", type(error).__name__)
        return database_unavailable_response()
    return defaults.server_error(request, template_name)


class RequestLogMiddleware:
    """One structured log line per request, with no personal data of the reader (see the module doc)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        path = logged_path(request)
        request_logger.info(
            "%s %s %s",
            request.method,
            path,
            response.status_code,
            extra={
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "staff": bool(user is not None and user.is_authenticated and user.is_staff),
            },
        )
        return response


def logged_path(request):
    """The path as logged: at most 500 characters, a URL's `token` argument replaced by `<token>`."""
    match = getattr(request, "resolver_match", None)
    secret = match.kwargs.get("token") if match is not None else None
    path = request.path.replace(secret, "<token>") if secret else request.path
    return path[:500]
