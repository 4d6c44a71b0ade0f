"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.contrib.staticfiles import finders
from django.core.checks import Error, Tags, register

BUILT_STYLESHEETS = ["css/fonts.css"]


@register(Tags.staticfiles, deploy=True)
def built_stylesheets_exist(app_configs, **kwargs):
    """Every page links css/fonts.css; with the manifest storage of production a missing file is a
    500 on every page, so a build that skipped `scripts/build_fonts.py` must not deploy."""
    return [
        Error(
            f"static/{name} is missing.",
            hint="Run `npm ci && python scripts/build_fonts.py` (make fonts) before collectstatic.",
            id="core.E001",
        )
        for name in BUILT_STYLESHEETS
        if finders.find(name) is None
    ]
