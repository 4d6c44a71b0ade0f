"""Find a module of the same name in every installed app (demo.py, volume.py), so
commands that gather the apps' contributions never name the apps."""

from importlib import import_module, util

from django.apps import apps


def app_modules(name):
    """(app config, module) for each installed app with a module called `name`, in INSTALLED_APPS order."""
    found = []
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.{name}"
        if util.find_spec(module_name) is not None:
            found.append((app_config, import_module(module_name)))
    return found
