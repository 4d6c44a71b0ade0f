"""Each process keeps copies of the fragments it read lately (core/local_copies.py): bounded in
size, dropped when their shared entry expires, and never shared as live objects between renders."""

import pytest

from core.fragments import fragment, new_generation
from core.local_copies import LocalCopies
from core.models import OrganisationProfile
from tests.factories.home import OrganisationProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_on(settings, empty_cache):
    settings.FRAGMENT_CACHE_ENABLED = True


def test_copies_stay_within_their_size_dropping_the_least_recently_read():
    copies = LocalCopies(max_bytes=100)
    copies.put("a", deadline=10, data=b"x" * 10)
    copies.put("b", deadline=10, data=b"y" * 10)
    assert copies.get("a", now=0) == b"x" * 10  # "b" is now the least recently read
    for number in range(9):
        copies.put(f"c{number}", deadline=10, data=b"z" * 10)
    assert copies.get("a", now=0) is not None
    assert copies.get("b", now=0) is None


def test_a_copy_expires_with_its_shared_entry_and_a_very_large_value_is_not_kept():
    copies = LocalCopies(max_bytes=800)
    copies.put("event", deadline=5, data=b"x")
    assert copies.get("event", now=4) == b"x"
    assert copies.get("event", now=5) is None
    copies.put("chart", deadline=10, data=b"x" * 101)  # over an eighth of the room
    assert copies.get("chart", now=0) is None


def test_a_value_one_render_changes_reaches_the_next_unchanged():
    first = fragment("titles", lambda: {"titles": ["Clinic opens"]})
    first["titles"].append("changed by a template")
    assert fragment("titles", lambda: None) == {"titles": ["Clinic opens"]}


def test_a_change_published_by_another_process_is_seen_despite_this_processs_copies(client, home_page):
    profile = OrganisationProfileFactory(office_name="Malaysia")
    assert "– Malaysia" in client.get("/en/").content.decode()
    # Another worker saves the profile: its purge starts a new generation in the shared cache.
    OrganisationProfile.objects.filter(pk=profile.pk).update(office_name="Kuala Lumpur")
    new_generation()
    assert "– Kuala Lumpur" in client.get("/en/").content.decode()
