"""With Redis, app servers share the page cache: a purge in one process reaches every other."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches

REDIS_URL = "redis://127.0.0.1:6379/5"
REDIS_CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "KEY_PREFIX": "iom",  # as config/settings/base.py sets it when REDIS_URL is set
    }
}
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_page_cache(settings):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = REDIS_CACHES
    settings.PAGE_CACHE_ENABLED = True
    yield
    caches["default"].delete_pattern("*pagecache:*")


def purge_in_another_process(path):
    env = {**os.environ, "REDIS_URL": REDIS_URL, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    code = f"import django; django.setup(); from perf.cache import purge_paths; purge_paths([{path!r}])"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)  # noqa: S603


def test_page_cached_through_redis_is_purged_by_another_process(client, home_page, redis_page_cache):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    entries = caches["default"].keys("pagecache:entry:*")
    assert entries  # stored in Redis, where every app server sees it
    purge_in_another_process("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "miss"
