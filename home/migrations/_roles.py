"""Shared by the role migrations: create permissions first, then apply home.roles."""

from django.contrib.auth.management import create_permissions


def create_roles(apps, schema_editor):
    from home.roles import apply_roles

    # Permissions are normally created after all migrations have run; create
    # them now so the groups can be given permissions on models made in this run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_roles(apps)
