"""Tests: a fast password hasher, media in a temporary folder, no debug."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Browser tests share one media folder between the server and the loader.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="iom-test-media-"))  # noqa: F405
SERVE_MEDIA = True
# Static files straight from the source folders, so no collectstatic is needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The file cache (without REDIS_URL) in a folder of this run's own, so runs never
# share entries; a subprocess given TEST_CACHE_DIR shares this run's folder.
if not REDIS_URL:  # noqa: F405
    CACHES["default"]["LOCATION"] = os.environ.get("TEST_CACHE_DIR") or tempfile.mkdtemp(  # noqa: F405
        prefix="iom-test-cache-"
    )
# The page cache (perf/) is on only in the tests that prove it, so other
# tests never see a page cached by an earlier test.
PAGE_CACHE_ENABLED = False
FRAGMENT_CACHE_ENABLED = False
# Signing in with a second factor is on only in the tests that prove it
# (tests/security/test_two_factor.py); elsewhere force_login is enough.
TWO_FACTOR_REQUIRED_GROUPS = []
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = False
