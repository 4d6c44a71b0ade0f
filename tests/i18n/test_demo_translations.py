"""Hand-written demo translations: added to synced translations once, complete where promised."""

import pytest
from wagtail.models import Revision

from core.demo_utils import add_translations
from home.demo_translations import strings_for

pytestmark = pytest.mark.django_db


def test_translations_are_added_to_existing_synced_translations_once(
    client, translated_home, django_capture_on_commit_callbacks
):
    home = translated_home["en"]
    home.hero_heading = "Safe, orderly and dignified migration for all"
    home.save_revision().publish()
    tables = {"ms": strings_for("ms")}
    with django_capture_on_commit_callbacks(execute=True):
        assert add_translations(home, tables) >= 1
    assert "Migrasi yang selamat, teratur dan bermaruah untuk semua" in client.get("/ms/").content.decode()
    revisions = Revision.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert add_translations(home, tables) == 0
    assert Revision.objects.count() == revisions
