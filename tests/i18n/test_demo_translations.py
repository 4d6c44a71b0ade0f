"""Hand-written demo translations are added to synced translations, once."""

import pytest
from wagtail.models import Revision

from home.demo import HOME_TRANSLATIONS
from home.demo_utils import add_translations

pytestmark = pytest.mark.django_db


def test_translations_are_added_to_existing_synced_translations_once(
    client, translated_home, django_capture_on_commit_callbacks
):
    home = translated_home["en"]
    home.hero_heading = "Safe, orderly and dignified migration for all"
    home.save_revision().publish()
    strings = HOME_TRANSLATIONS["ms"]
    with django_capture_on_commit_callbacks(execute=True):
        assert add_translations(home, "ms", strings) >= 1
    assert "Migrasi yang selamat, teratur dan bermaruah untuk semua" in client.get("/ms/").content.decode()
    revisions = Revision.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert add_translations(home, "ms", strings) == 0
    assert Revision.objects.count() == revisions


def test_every_demo_locale_has_the_home_pages_strings():
    keys = set(HOME_TRANSLATIONS["ms"])
    for code in ("zh-hans", "ta", "my", "ar"):
        assert set(HOME_TRANSLATIONS[code]) == keys
