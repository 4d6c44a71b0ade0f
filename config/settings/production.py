"""Production: every secret from the environment, HTTPS only.

`manage.py check --deploy --settings=config.settings.production` passes with
no warning when SECRET_KEY and ALLOWED_HOSTS are set.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names, comma-separated.")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Mail goes to an SMTP server (EMAIL_HOST, else a mail server on this host),
# never to the console: messages carry subscribers' addresses and links.
# Django's other backends print, write to files, keep in memory or drop: never in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
if EMAIL_BACKEND.startswith("django.core.mail.backends.") and not EMAIL_BACKEND.endswith(
    ".smtp.EmailBackend"
):
    raise ImproperlyConfigured(
        "Production sends mail through SMTP: unset EMAIL_BACKEND, or name a delivery service's backend."
    )

# A TLS-terminating proxy in front of the app must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# == Reliability (security branch) ==
# Fail fast when the database host does not answer, rather than holding a
# worker for the operating system's TCP timeout (minutes); the 503 page follows.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 3  # noqa: F405
