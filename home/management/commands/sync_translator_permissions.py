"""Give each "Translators (<language>)" group page permissions on its locale's home page."""

from django.core.management.base import BaseCommand

from home.roles import sync_translator_page_permissions


class Command(BaseCommand):
    help = "Give the translator groups page permissions on their locale's home page (idempotent)."

    def handle(self, *args, **options):
        added = sync_translator_page_permissions()
        self.stdout.write(f"Added {added} translator page permission(s).")
