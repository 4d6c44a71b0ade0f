"""Dashboard panels that answer an editor's first questions of the day."""

import datetime

from django.conf import settings
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision

from stats.models import Dataset, Statistic

PANEL_LIMIT = 10


def panel_item(title, url, detail, when):
    """One row of a panel: what it is, where to edit it, and a short detail with a date."""
    return {"title": title, "url": url, "detail": detail, "when": when}


def page_item(page, detail, when):
    """A panel row for a page, linking to its editor."""
    return panel_item(
        page.get_admin_display_title(), reverse("wagtailadmin_pages:edit", args=[page.pk]), detail, when
    )


class PageListPanel(Component):
    """A dashboard panel listing pages with a link to edit each and a short detail."""

    template_name = "dashboard/page_list_panel.html"
    name = ""
    heading = ""
    empty_text = ""

    def __init__(self, request):
        self.request = request

    def get_items(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {
            "panel_id": self.name,
            "heading": self.heading,
            "empty_text": self.empty_text,
            "items": self.get_items(),
            # A row may carry a form (start a translation): it needs the dashboard's CSRF token.
            "csrf_token": parent_context.get("csrf_token"),
        }


class MyDraftsPanel(PageListPanel):
    """Pages whose latest revision is mine and not yet live."""

    name = "my-drafts"
    heading = _("My drafts")
    empty_text = _("You have no unpublished changes.")
    order = 105

    def get_items(self):
        pages = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=self.request.user)
            .exclude(depth=1)
            .select_related("locale")
            .order_by("-latest_revision_created_at")[:PANEL_LIMIT]
        )
        return [
            page_item(page, page.locale.get_display_name(), page.latest_revision_created_at) for page in pages
        ]


class ScheduledPanel(PageListPanel):
    """Approved revisions waiting for their go-live time."""

    name = "scheduled"
    heading = _("Scheduled to go live")
    empty_text = _("Nothing is scheduled.")
    order = 106

    def get_items(self):
        revisions = (
            Revision.page_revisions.filter(approved_go_live_at__isnull=False)
            .annotate(page_id=F("object_id"))
            .order_by("approved_go_live_at")[:PANEL_LIMIT]
        )
        pages = Page.objects.in_bulk([int(revision.object_id) for revision in revisions])
        items = []
        for revision in revisions:
            page = pages.get(int(revision.object_id))
            if page is not None:
                items.append(page_item(page, _("goes live"), revision.approved_go_live_at))
        return items


class StaleStatisticsPanel(PageListPanel):
    """Figures whose as-of date is more than a year old: journalists will quote them as current."""

    name = "stale-statistics"
    heading = _("Figures older than 12 months")
    empty_text = _("Every statistic and dataset is less than a year old.")
    order = 107

    def get_items(self):
        cutoff = timezone.localdate() - datetime.timedelta(days=365)
        items = []
        for model in (Statistic, Dataset):
            stale = model.objects.filter(as_of__lt=cutoff, locale__language_code=settings.LANGUAGE_CODE)
            edit_url_name = f"wagtailsnippets_stats_{model._meta.model_name}:edit"
            for snippet in stale.order_by("as_of")[:PANEL_LIMIT]:
                url = reverse(edit_url_name, args=[snippet.pk])
                items.append(panel_item(str(snippet), url, _("as of"), snippet.as_of))
        return sorted(items, key=lambda item: item["when"])[:PANEL_LIMIT]
