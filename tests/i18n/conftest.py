import pytest
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files are build output (gitignored): build them, as `make test` does."""
    call_command("compilemessages_babel", verbosity=0)
