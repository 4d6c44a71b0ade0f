"""Editors, Moderators and Administrators groups and the "Editorial approval" workflow.

Permissions are normally created after all migrations have run; this migration
creates them first, so the groups can be given permissions on models made in
the same run.
"""

from django.db import migrations

from home.migrations import _roles


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

    operations = [migrations.RunPython(_roles.create_roles, migrations.RunPython.noop)]
