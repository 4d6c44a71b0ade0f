"""Load the demo content of every app that has some.

Each app keeps its own demo content in a `demo.py` module with a `load(stdout)`
function and an `ORDER` number (lower runs first). A module whose content
depends on several other apps' (a page that links to stories and figures) can
instead list `STEPS = [(order, function), ...]`. This command finds them
through Django's app registry, so adding an app never means editing it.
"""

from django.core.management.base import BaseCommand

from core.app_modules import app_modules
from perf.purging import one_purge_afterwards


def demo_loaders():
    """(order, app label, load function) for each installed app with a demo module, in order."""
    loaders = []
    for app_config, module in app_modules("demo"):
        steps = getattr(module, "STEPS", None) or [(getattr(module, "ORDER", 100), module.load)]
        loaders.extend((order, app_config.label, load) for order, load in steps)
    return sorted(loaders, key=lambda loader: loader[:2])


class Command(BaseCommand):
    help = "Create the demo content. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        # Not wrapped in one transaction on purpose: wagtail-localize publishes a
        # translation when its transaction commits, from a copy of the page made
        # earlier, so a parent translated inside a long transaction would later be
        # saved again with a stale child count and lose its children. The loaders
        # are idempotent, so a run that stops halfway is finished by the next one.
        with one_purge_afterwards():  # cached pages: one whole-site purge at the end
            for _order, label, load in demo_loaders():
                load(self.stdout)
                self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {label}"))
