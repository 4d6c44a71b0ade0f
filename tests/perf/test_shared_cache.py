"""App processes share the page cache: a purge in one process reaches every other.

With Redis (REDIS_URL), every app server; without, the default file cache
every process on the machine (gunicorn's workers, `manage.py publish_scheduled`).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches

from perf.file_cache import SharedFileCache

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


def purge_in_another_process(path, **environment):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", **environment}
    code = f"import django; django.setup(); from perf.store import purge_paths; purge_paths([{path!r}])"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)  # noqa: S603


def test_page_cached_through_redis_is_purged_by_another_process(client, home_page, redis_page_cache):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    entries = caches["default"].keys("pagecache:entry:*")
    assert entries  # stored in Redis, where every app server sees it
    purge_in_another_process("/en/", REDIS_URL=REDIS_URL)
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_the_default_cache_is_shared_with_other_processes(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["default"].clear()
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    # Another process with the same settings: a gunicorn worker, or publish_scheduled from cron.
    purge_in_another_process("/en/", TEST_CACHE_DIR=settings.CACHES["default"].get("LOCATION", ""))
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_without_redis_the_cache_is_a_folder_every_process_shares():
    if os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is set: the cache is Redis")
    assert settings.CACHES["default"]["BACKEND"] == "perf.file_cache.SharedFileCache"


def test_only_one_of_two_processes_adding_a_key_succeeds(tmp_path, monkeypatch):
    first, second = SharedFileCache(str(tmp_path), {}), SharedFileCache(str(tmp_path), {})
    assert first.add("pagecache:lock", "first")
    assert not second.add("pagecache:lock", "second")
    # Both checked for the key before either wrote it: still only one wins.
    monkeypatch.setattr(SharedFileCache, "has_key", lambda *args, **kwargs: False)
    assert not second.add("pagecache:lock", "second")
    assert second.get("pagecache:lock") == "first"
