"""The gunicorn settings every server reads: workers keep the loaded site out of full collections."""

import gc
import runpy
from pathlib import Path

import pytest
from gunicorn.config import Config

CONFIG_FILE = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.fixture
def frozen_by_worker_hook():
    settings = Config()
    for name, value in runpy.run_path(str(CONFIG_FILE)).items():
        if name in settings.settings:
            settings.set(name, value)
    gc.unfreeze()
    tracked_before = len(gc.get_objects())
    settings.post_worker_init(worker=None)
    yield tracked_before
    gc.unfreeze()


def test_gunicorn_started_from_the_repository_root_reads_this_file():
    default_path = Config().settings["config"].get()
    assert (CONFIG_FILE.parent / default_path).resolve() == CONFIG_FILE
    assert CONFIG_FILE.is_file()


def test_a_worker_freezes_the_loaded_site_so_full_collections_skip_it(frozen_by_worker_hook):
    tracked_before = frozen_by_worker_hook
    # What a full collection still walks: a small remainder, not the application.
    assert gc.get_freeze_count() >= tracked_before * 0.9
    assert len(gc.get_objects()) < tracked_before / 10
