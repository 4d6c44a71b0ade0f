"""One "Translators (<language>)" group per content locale (see home/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_translator_roles(apps, schema_editor):
    from home.roles import apply_translator_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_translator_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_alter_historypage_key_figures_alter_homepage_body_and_more"),
        ("stats", "0001_initial"),
        ("news", "0002_alter_newsstorypage_body"),
        ("campaigns", "0003_alter_campaignpage_body"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_translator_roles, migrations.RunPython.noop)]
