"""Add many generated pages in every locale, for benchmarks and load tests.

    manage.py generate_volume --stories 10000 [--recipes 200]

Each app that has load-test content keeps it in a `volume.py` module with a
`generate(stdout, **options)` function; this command finds them through the app
registry, as `load_demo_content` finds `demo.py`. Needs the demo content (a news
index per locale). Idempotent per number: pages already made (by slug) are skipped.
"""

from django.core.management.base import BaseCommand
from django.db import connection

from core.app_modules import app_modules


class Command(BaseCommand):
    help = "Add generated news stories in every locale (and recipes) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=1000, help="Stories per locale.")
        parser.add_argument("--recipes", type=int, default=0, help="Recipes per campaign page.")

    def handle(self, *args, **options):
        for _app_config, module in app_modules("volume"):
            module.generate(self.stdout, **options)
        # Bulk inserts leave the planner's statistics describing the small site
        # until autovacuum next analyses the tables; refresh them now so the
        # queries that follow are planned for the volume that is really there.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
