"""The site-wide pieces now belong to `core` (core/migrations/0001): `home` forgets them.

Only Django's idea of the models changes here; the tables stay. The roles are
applied again because their permissions on those models are now looked up
under `core` (home/roles.py), and a database built from scratch gave the
translator and administrator groups none under that label before the move.
"""

from django.db import migrations

from home.migrations import _roles


def reapply_roles(apps, schema_editor):
    from home.roles import apply_translator_roles

    _roles.create_roles(apps, schema_editor)
    apply_translator_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0013_translations_of_private_pages"),
        ("core", "0001_initial"),
        ("stats", "0003_existing_figures_live_and_moderated"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="MainMenu"),
                migrations.DeleteModel(name="OrganisationProfile"),
                migrations.DeleteModel(name="SiteContactSettings"),
            ],
            database_operations=[],
        ),
        migrations.RunPython(reapply_roles, migrations.RunPython.noop),
    ]
