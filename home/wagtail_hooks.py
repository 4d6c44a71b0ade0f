"""Admin customisation for the site-wide pieces."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from .dashboard import MyDraftsPanel, ScheduledPanel, StaleStatisticsPanel


class ContentAccessibilityItem(ContentCheckerItem):
    """Wagtail's accessibility checker with more of axe's content rules turned on.

    Beyond Wagtail's defaults (alt text quality, heading order, link and button
    names, empty headings), editors are warned about missing alt text, a page
    without one h1, broken lists and tables without headers.
    """

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "page-has-heading-one",
        "list",
        "listitem",
        "th-has-data-cells",
        "td-headers-attr",
        "document-title",
        "html-has-lang",
    ]


@hooks.register("construct_wagtail_userbar")
def use_content_accessibility_checker(request, items, page):
    # Wagtail still builds its deprecated AccessibilityItem subclass here.
    items[:] = [
        ContentAccessibilityItem()
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ContentAccessibilityItem)
        else item
        for item in items
    ]


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.append(MyDraftsPanel(request))
    panels.append(ScheduledPanel(request))
    panels.append(StaleStatisticsPanel(request))


def is_moderated(page=None, parent_page=None):
    """True when a workflow governs `page`, or would govern a new child of `parent_page`."""
    if page is not None and page.pk:
        return page.has_workflow
    return parent_page is not None and parent_page.get_workflow() is not None


@hooks.register("construct_page_action_menu")
def remove_publish_on_moderated_pages(menu_items, request, context):
    """On pages a workflow governs, publishing is the moderator's "Approve", never "Publish"."""
    if is_moderated(context.get("page"), context.get("parent_page")):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_edit_page")
def refuse_publish_posts_on_moderated_pages(request, page):
    """A forged "Publish" POST would save the sender's revision and publish it: refuse it."""
    if request.method == "POST" and request.POST.get("action-publish") and is_moderated(page):
        raise PermissionDenied


@hooks.register("before_create_page")
def refuse_publish_posts_for_new_moderated_pages(request, parent_page, page_class):
    if request.method == "POST" and request.POST.get("action-publish") and is_moderated(None, parent_page):
        raise PermissionDenied
