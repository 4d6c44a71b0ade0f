"""Bring every private page's translations in line with its restrictions.

The signals in core/view_restrictions.py keep them in step from the moment
they are installed; run this once to do the same for restrictions set before.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from core.view_restrictions import sync_translations


class Command(BaseCommand):
    help = "Give the translations of every private page the restrictions of the page they translate."

    def handle(self, **options):
        pages = Page.objects.filter(view_restrictions__isnull=False).distinct()
        for page in pages:
            sync_translations(page)
        self.stdout.write(f"Checked the translations of {len(pages)} private pages.")
