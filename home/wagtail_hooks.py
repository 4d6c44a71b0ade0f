"""Admin customisation for the site-wide pieces."""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail_localize.views import edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core import publishing_guards
from core.translation_guards import guard_override, guard_translation, refuse_other_locales
from core.translator_groups import translator_locales
from core.workflow import is_moderated

from .dashboard import MyDraftsPanel, ScheduledPanel, StaleStatisticsPanel
from .review_confirmation import put_review_queue_first
from .start_translation import start_page_translation, start_translation
from .translation_status import translation_status_view
from .translator_panel import TranslationsToDoPanel


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
    put_review_queue_first(panels)
    translations_to_do = TranslationsToDoPanel.for_user(request)
    if translations_to_do is not None:
        panels.append(translations_to_do)  # its order puts it after the review queue, before the rest
    panels.append(MyDraftsPanel(request))
    panels.append(ScheduledPanel(request))
    panels.append(StaleStatisticsPanel(request))


@hooks.register("construct_page_action_menu")
def remove_publish_on_moderated_pages(menu_items, request, context):
    """On pages a workflow governs, publishing is the moderator's "Approve", never "Publish"."""
    page = context.get("page") or page_being_created(request)
    if is_moderated(page, context.get("parent_page")):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def page_being_created(request):
    """A new, unsaved page of the type the "add page" view creates, or None on other views."""
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    if "content_type_model_name" not in kwargs:
        return None
    model = apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    return model()


@hooks.register("before_edit_page")
def refuse_publish_posts_on_moderated_pages(request, page):
    """A forged "Publish" POST would save the sender's revision and publish it: refuse it."""
    if request.method == "POST" and request.POST.get("action-publish") and is_moderated(page):
        raise PermissionDenied


@hooks.register("before_create_page")
def refuse_publish_posts_for_new_moderated_pages(request, parent_page, page_class):
    if (
        request.method == "POST"
        and request.POST.get("action-publish")
        and is_moderated(page_class(), parent_page)
    ):
        raise PermissionDenied


# The other routes to "live" (core/publishing_guards.py). Registered before
# wagtail-localize's hooks (this app comes first), so its translation editor's
# "Publish" on a moderated page becomes a submission for approval.
hooks.register("before_edit_page", publishing_guards.submit_translation_for_approval)
hooks.register("before_copy_page", publishing_guards.refuse_copy_to_live)
hooks.register("before_move_page", publishing_guards.refuse_move_of_live_pages)
hooks.register("before_bulk_action", publishing_guards.refuse_bulk_publish_or_move)


# == Languages: translators, the translation status view, right-to-left editing ==
# (core/translator_groups.py names the translator groups; docs/languages.md explains the rules.)


@hooks.register("before_edit_snippet")
def translators_edit_only_their_locales_snippets(request, instance):
    refuse_other_locales(request.user, getattr(instance, "locale", None))


@hooks.register("before_delete_snippet")
def translators_never_delete_snippets(request, instances):
    if translator_locales(request.user) is not None:
        raise PermissionDenied


# Registered before wagtail-localize's own URLs (this app comes first in
# INSTALLED_APPS), so these paths resolve here and then call its views.
GUARDED_TRANSLATION_VIEWS = [
    ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
    ("pofile/download/", edit_translation.download_pofile),
    ("pofile/upload/", edit_translation.upload_pofile),
    ("machine_translate/", edit_translation.machine_translate),
    ("preview/", edit_translation.preview_translation),
    ("preview/<str:mode>/", edit_translation.preview_translation),
    ("disable/", edit_translation.stop_translation),
]


@hooks.register("register_admin_urls", order=-1)
def guard_wagtail_localize_views():
    return [
        *[
            path(f"localize/translate/<int:translation_id>/{suffix}", guard_translation(view))
            for suffix, view in GUARDED_TRANSLATION_VIEWS
        ],
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            guard_override(edit_translation.edit_override),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            publishing_guards.refuse_sync_and_publish(UpdateTranslationsView.as_view()),
        ),
    ]


@hooks.register("insert_editor_js")
def right_to_left_translation_editor():
    return format_html('<script src="{}" defer></script>', static("js/translation-editor-rtl.js"))


@hooks.register("register_admin_urls")
def translation_status_url():
    return [
        path("translation-status/", translation_status_view, name="translation_status"),
        path(
            "translations/start/<int:source_id>/<str:language_code>/",
            start_translation,
            name="start_translation",
        ),
        path(
            "translations/start-page/<int:page_id>/<str:language_code>/",
            start_page_translation,
            name="start_page_translation",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    class TranslationStatusMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("wagtail_localize.submit_translation")

    return TranslationStatusMenuItem(_("Translation status"), reverse("translation_status"), icon_name="site")


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    """Account → "Two-factor authentication": set up an authenticator app (core/two_factor.py)."""
    return {
        "url": reverse("two_factor:profile"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app, see your backup codes."),
    }
