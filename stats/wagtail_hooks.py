"""Admin for statistics and datasets: snippet views, usage-based delete protection, sum warnings,
and four eyes on every route to live.

Statistics and datasets are under the "Editorial approval" workflow (home/roles.py
assigns it to their content types). As on moderated pages, publishing is a
moderator's "Approve" of someone else's revision, never "Publish":

- the editor's "Publish" action (also after "Revert to this revision" and in
  "Copy") is removed, and a forged "action-publish" POST refused for everyone;
- wagtail-localize's translation editor "Publish" saves the translation as a
  draft revision and submits it for approval instead of writing the live row;
- wagtail-localize's "Sync translated snippets" with "Publish immediately" is
  refused (core/publishing_guards.py `refuse_sync_and_publish`).

Snippets have no bulk "Publish" action in Wagtail (only delete), so there is
no bulk route to guard.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.models import Page, ReferenceIndex, WorkflowMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import Translation

from core.workflow import submit_to_workflow

from .models import Dataset, Statistic


class StatisticViewSet(SnippetViewSet):
    model = Statistic
    icon = "pick"
    list_display = ["label", "value", "unit", "as_of", "locale", "corrected_on"]
    list_filter = ["unit", "provisional", "locale"]


class DatasetViewSet(SnippetViewSet):
    model = Dataset
    icon = "table"
    list_display = ["title", "slug", "as_of", "display", "locale", "corrected_on"]
    list_filter = ["display", "unit", "provisional", "locale"]


class StatisticsGroup(SnippetViewSetGroup):
    items = (StatisticViewSet, DatasetViewSet)
    menu_icon = "table"
    menu_label = gettext_lazy("Statistics")
    menu_name = "statistics"


register_snippet(StatisticsGroup)


def live_pages_using(obj):
    """Live pages whose content refers to `obj`, from Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type).values("object_id")
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids.values_list("object_id", flat=True)])


@hooks.register("before_delete_snippet")
def protect_snippets_in_use(request, instances):
    """A statistic or dataset shown on a live page cannot be deleted; say which pages show it."""
    blocked = []
    for instance in instances:
        if isinstance(instance, Statistic | Dataset):
            pages = list(live_pages_using(instance))
            if pages:
                blocked.append((instance, pages))
    if not blocked:
        return None
    for instance, pages in blocked:
        names = ", ".join(f"“{page.title}” ({page.url or page.url_path})" for page in pages)
        messages.error(
            request,
            _(
                "“%(object)s” cannot be deleted because live pages show it: %(pages)s. "
                "Remove it from them first."
            )
            % {"object": instance, "pages": names},
        )
    instance = blocked[0][0]
    return redirect(f"wagtailsnippets_stats_{type(instance)._meta.model_name}:usage", instance.pk)


def governed(model_or_instance):
    """True when a workflow governs this snippet type: publishing is then approval only."""
    model = model_or_instance if isinstance(model_or_instance, type) else type(model_or_instance)
    return issubclass(model, WorkflowMixin) and model.get_default_workflow() is not None


@hooks.register("construct_snippet_action_menu")
def remove_publish_on_moderated_snippets(menu_items, request, context):
    """On figures a workflow governs, publishing is the moderator's "Approve", never "Publish"."""
    model = context.get("model")
    if model is not None and governed(model):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _forged_publish(request):
    return request.method == "POST" and bool(request.POST.get("action-publish"))


def _translation_publish(request):
    return request.method == "POST" and request.POST.get("action") == "publish"


@hooks.register("before_create_snippet", order=-1)
def refuse_publish_posts_for_new_moderated_snippets(request, model):
    if _forged_publish(request) and governed(model):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-1)
def refuse_publish_posts_on_moderated_snippets(request, instance):
    """A "Publish" POST would save the sender's revision and publish it: refused for everyone.

    Before wagtail-localize's hook (order -1), so its translation editor's
    "Publish" of a governed figure becomes a submission for approval.
    """
    if not governed(instance):
        return None
    if _forged_publish(request):
        raise PermissionDenied
    if _translation_publish(request):
        return submit_translation_for_approval(request, instance)
    return None


def submit_translation_for_approval(request, instance):
    """The translation editor's "Publish": a draft revision of the translation, submitted for approval.

    wagtail-localize would write the translation's live row at once; here the
    row (what readers see) stays as it is until someone else approves.
    """
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    if not request.user.has_perm(f"{instance._meta.app_label}.change_{instance._meta.model_name}"):
        raise PermissionDenied
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    try:
        draft.save_revision(user=request.user, log_action=True)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(request.get_full_path())
    obj = type(instance).objects.get(pk=instance.pk)
    submit_to_workflow(obj, request.user)
    messages.success(
        request,
        _(
            "“%(object)s” in %(language)s was submitted for approval: another translator of this "
            "language or a moderator publishes it."
        )
        % {"object": obj, "language": obj.locale.get_display_name()},
    )
    return redirect(request.get_full_path())
