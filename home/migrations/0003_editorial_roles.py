"""Editors, Moderators and Administrators groups and the "Editorial approval" workflow.

Permissions are normally created after all migrations have run; this migration
creates them first, so the groups can be given permissions on models made in
the same run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from home.roles import apply_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_four_eyes_task"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
