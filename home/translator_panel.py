"""The translator's dashboard panel: what in their languages awaits their review, or is
outdated, in progress or missing.

First the translations another translator of their language submitted for approval
(the four-eyes task lets them approve: home/approval_task.py); then the translation
status report's states (home/translation_status.py), limited to the translator's
own languages, outdated work first. Each row is one click from the translation
editor (the copy's edit view opens it); a row not started has a button that
starts it (home/start_translation.py).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import TranslationSource

from core.translator_groups import translator_locales

from .dashboard import PANEL_LIMIT, PageListPanel, panel_item
from .translation_status import IN_PROGRESS, MISSING, OUTDATED, STATE_LABELS, build_status

# Outdated first (readers see a stale copy), then half-done work, then what is not started.
STATE_ORDER = {OUTDATED: 0, IN_PROGRESS: 1, MISSING: 2}
AWAITING_REVIEW = _("Awaiting your review")


class TranslationsToDoPanel(PageListPanel):
    name = "translations-to-do"
    heading = _("Translations to do")
    empty_text = _("Everything in your languages is translated and up to date.")
    order = 102

    @classmethod
    def for_user(cls, request):
        """The panel, for a translator; None for anyone else."""
        return cls(request) if translator_locales(request.user) else None

    def get_items(self):
        finder = AdminURLFinder(self.request.user)
        items = self._awaiting_review(finder)
        items += self._todo(finder, PANEL_LIMIT - len(items))
        for code in sorted(translator_locales(self.request.user)):
            items += self._new_pages(code, PANEL_LIMIT - len(items))
        return items

    def _awaiting_review(self, finder):
        """Pages in the translator's languages submitted for approval by someone else."""
        reviewable = (
            TaskState.objects.reviewable_by(self.request.user)
            .filter(workflow_state__base_content_type=ContentType.objects.get_for_model(Page))
            .values("workflow_state__object_id")
        )
        pages = (
            Page.objects.annotate(id_text=Cast("pk", CharField()))
            .filter(id_text__in=reviewable, locale__language_code__in=translator_locales(self.request.user))
            .select_related("locale")
            .order_by("-latest_revision_created_at")[:PANEL_LIMIT]
        )
        return [
            panel_item(
                page.get_admin_display_title(),
                finder.get_edit_url(page) or "",
                f"{page.locale.get_display_name()}: {AWAITING_REVIEW}",
                None,
            )
            for page in pages
        ]

    def _todo(self, finder, limit):
        """Outdated, in-progress and missing translations of what already has a translation source."""
        if limit <= 0:
            return []
        todo = []
        for code in sorted(translator_locales(self.request.user)):
            targets, rows, _summary = build_status(code)
            if not targets:
                continue  # no such locale on this site
            for row in rows:
                cell = row.cells[code]
                if cell.state in STATE_ORDER:
                    todo.append((STATE_ORDER[cell.state], cell.percent, row, targets[0], cell))
        todo.sort(key=lambda entry: entry[:2])
        return [self._item(finder, *entry[2:]) for entry in todo[:limit]]

    def _new_pages(self, code, limit):
        """English pages never translated into any language yet: no translation source exists for them."""
        if limit <= 0:
            return []
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:  # a translator group for a language the site does not have (yet)
            return []
        english = settings.LANGUAGE_CODE
        known = TranslationSource.objects.filter(locale__language_code=english).values("object_id")
        pages = (
            Page.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=2)
            .exclude(translation_key__in=Page.objects.filter(locale=locale).values("translation_key"))
            .exclude(translation_key__in=known)
            .order_by("-first_published_at")[:limit]
        )
        items = []
        for page in pages:
            item = panel_item(page.title, "", f"{locale.get_display_name()}: {STATE_LABELS[MISSING]}", None)
            item["start_url"] = reverse("start_page_translation", args=[page.pk, code])
            items.append(item)
        return items

    def _item(self, finder, row, locale, cell):
        detail = f"{locale.get_display_name()}: {cell.label}"
        if cell.state == IN_PROGRESS:
            detail += f" ({cell.percent}%)"
        if cell.state == MISSING:
            item = panel_item(row.title, "", detail, None)
            item["start_url"] = reverse("start_translation", args=[row.source.pk, locale.language_code])
            return item
        try:
            copy = row.source.get_translated_instance(locale)
        except ObjectDoesNotExist:  # the copy was deleted since
            return panel_item(row.title, "", detail, None)
        return panel_item(row.title, finder.get_edit_url(copy) or "", detail, None)
