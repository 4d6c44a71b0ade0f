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
        ("home", "0007_editorial_roles_for_content"),
        ("stats", "0001_initial"),
        ("news", "0003_topic_background_page"),
        ("campaigns", "0003_alter_campaignpage_body"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_translator_roles, migrations.RunPython.noop)]
