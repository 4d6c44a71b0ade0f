"""Take the screenshots in docs/editors.md from the running admin, in headless Chromium.

    python manage.py runserver 127.0.0.1:8000 &
    python manage.py editor_screenshots --base-url http://127.0.0.1:8000

It signs in as a temporary superuser, which it deletes afterwards.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.urls import reverse
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

from news.models import NewsStoryPage
from news.publications import PublicationPage
from stats.models import Dataset, Statistic

OUT = Path(settings.BASE_DIR) / "docs" / "images"


class Command(BaseCommand):
    help = "Screenshot the admin screens the editor's guide explains (needs /usr/bin/chromium)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")

    def handle(self, *args, base_url, **options):
        story = NewsStoryPage.objects.filter(
            locale__language_code="en", slug="ethical-recruitment-training-for-smes"
        ).first()
        statistic = Statistic.objects.filter(locale__language_code="en").order_by("pk").first()
        dataset = Dataset.objects.filter(locale__language_code="en", unit="percent").order_by("pk").first()
        malay_story = story.get_translation(Locale.objects.get(language_code="ms"))
        story_edit = reverse("wagtailadmin_pages:edit", args=[story.pk])
        release = NewsStoryPage.objects.filter(locale__language_code="en", kind="press_release").first()
        publication = PublicationPage.objects.filter(locale__language_code="en").order_by("-date").first()
        screens = [
            ("dashboard", reverse("wagtailadmin_home"), None),
            ("story-edit", story_edit, None),
            ("story-event-schedule", story_edit, "[data-contentpath='body']"),
            ("story-settings", story_edit + "#tab-settings", None),
            (
                "story-press-photos",
                reverse("wagtailadmin_pages:edit", args=[release.pk]),
                "[data-contentpath='press_photos']",
            ),
            ("publication-edit", reverse("wagtailadmin_pages:edit", args=[publication.pk]), None),
            (
                "publication-files",
                reverse("wagtailadmin_pages:edit", args=[publication.pk]),
                "[data-contentpath='files']",
            ),
            ("statistic-edit", reverse("wagtailsnippets_stats_statistic:edit", args=[statistic.pk]), None),
            (
                "dataset-edit",
                reverse("wagtailsnippets_stats_dataset:edit", args=[dataset.pk]),
                "[data-contentpath='total_note']",
            ),
            # A synced translation opens in wagtail-localize's translation editor.
            ("translate-story", reverse("wagtailadmin_pages:edit", args=[malay_story.pk]), None),
            # What readers fill in to get a story by e-mail when it is published.
            ("alerts-subscribe", "/en/alerts/", None),
        ]
        password = secrets.token_urlsafe(16)
        user = get_user_model().objects.create_superuser(f"screens-{secrets.token_hex(4)}", "", password)
        try:
            self._shoot(base_url, user.username, password, screens, story)
        finally:
            user.delete()
        # What an Arabic translator sees on signing in: their "Translations to do".
        translator = get_user_model().objects.create_user(f"screens-{secrets.token_hex(4)}", "", password)
        translator.groups.add(Group.objects.get(name="Translators (Arabic)"))
        try:
            self._shoot(base_url, translator.username, password, [("translator-dashboard", "/admin/", None)])
        finally:
            translator.delete()

    def _shoot(self, base_url, username, password, screens, story=None):
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = browser.new_page(viewport={"width": 1280, "height": 860}, base_url=base_url)
            page.goto(reverse("wagtailadmin_login"))
            page.fill("#id_username", username)
            page.fill("#id_password", password)
            page.click("button[type=submit]")
            page.wait_for_url("**/admin/")
            for name, path, scroll_to in screens:
                page.goto(path)
                page.wait_for_load_state("networkidle")
                if scroll_to:
                    page.locator(scroll_to).first.scroll_into_view_if_needed()
                page.screenshot(path=str(OUT / f"{name}.png"))
                self.stdout.write(f"docs/images/{name}.png")
            if story is not None:
                page.goto(reverse("wagtailadmin_pages:edit", args=[story.pk]))
                page.locator("footer [data-w-dropdown-target='toggle']").last.click()
                page.wait_for_timeout(800)  # let the menu finish opening
                page.screenshot(path=str(OUT / "story-actions.png"))
                self.stdout.write("docs/images/story-actions.png")
            browser.close()
