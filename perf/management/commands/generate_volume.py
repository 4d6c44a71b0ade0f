"""Add many generated news stories (and recipes) in every locale, for benchmarks.

    manage.py generate_volume --stories 10000 [--recipes 200]

Needs the demo content (a news index per locale). Stories share a translation
key across locales, as translated stories do. Runs in bulk: thousands of
pages a second on PostgreSQL. Idempotent per number: stories already made
(by slug) are skipped.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from campaigns.models import CampaignPage
from news.models import NewsIndexPage, NewsStoryPage, Topic
from perf.volume import add_recipes, add_stories


class Command(BaseCommand):
    help = "Add generated news stories in every locale (and recipes) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=1000, help="Stories per locale.")
        parser.add_argument("--recipes", type=int, default=0, help="Recipes per campaign page.")

    def handle(self, stories, recipes, **options):
        indexes = list(NewsIndexPage.objects.select_related("locale").order_by("locale__language_code"))
        if not indexes:
            raise CommandError("No news index: run `manage.py load_demo_content` first.")
        existing = (
            NewsStoryPage.objects.filter(slug__startswith="generated-story-").values("locale_id").first()
        )
        start = 0
        if existing:
            start = NewsStoryPage.objects.filter(
                slug__startswith="generated-story-", locale_id=existing["locale_id"]
            ).count()
        count = max(0, stories - start)
        keys = None
        for index in indexes:
            topics = list(Topic.objects.filter(locale_id=index.locale_id)[:2])
            made = add_stories(index, count, start=start, topics=topics, translation_keys=keys)
            keys = keys or [page.translation_key for page in made]
            self.stdout.write(
                f"{index.locale.language_code}: {len(made)} stories added under {index.url_path}"
            )
        if recipes:
            for campaign in CampaignPage.objects.all():
                done = campaign.get_children().filter(slug__startswith="generated-dish-").count()
                add_recipes(campaign, max(0, recipes - done), start=done)
        # Bulk inserts leave the planner's statistics describing the small site
        # until autovacuum next analyses the tables; refresh them now so the
        # queries that follow are planned for the volume that is really there.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
