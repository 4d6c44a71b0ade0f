import pytest


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for a commit (reference index updates, translations) at once."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
