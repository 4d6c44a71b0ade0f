"""A transactional test gives the database back as the migrations left it.

Such a test ends by emptying every table. Tests that follow it on the same
worker (another module's, under pytest-xdist) still need what the migrations
wrote: Wagtail's root page, the default locale and the editorial groups
(tests/conftest.py, pytest_runtest_teardown, puts them back).
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page


def migrated_content():
    return {
        "root page": Page.objects.filter(depth=1).exists(),
        "default locale": Locale.objects.exists(),
        "Editors group": Group.objects.filter(name="Editors").exists(),
    }


# Serialized, as the suite's other transactional tests are, so the content is kept to restore.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_transactional_test_starts_with_the_migrated_content():
    Group.objects.create(name="Committed by a transactional test")
    assert all(migrated_content().values()), migrated_content()


# No django_db mark: pytest-django runs this after the transactional test above.
def test_the_next_test_still_finds_the_migrated_content(django_db_blocker):
    with django_db_blocker.unblock():
        assert all(migrated_content().values()), migrated_content()
        assert not Group.objects.filter(name="Committed by a transactional test").exists()
