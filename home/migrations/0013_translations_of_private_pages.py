"""Restrictions set before core/view_restrictions.py reach the translations of private pages.

The same as `manage.py sync_view_restrictions`, once, on every existing site;
a new database has no restrictions and nothing to do.
"""

from django.core.management import call_command
from django.db import migrations


def sync_view_restrictions(apps, schema_editor):
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    if PageViewRestriction.objects.exists():
        call_command("sync_view_restrictions", verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_moderate_translations"),
    ]

    operations = [migrations.RunPython(sync_view_restrictions, migrations.RunPython.noop)]
