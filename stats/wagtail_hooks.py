"""Admin for statistics and datasets: snippet views, usage-based delete protection, sum warnings."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.models import Page, ReferenceIndex
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_percentages(request, instance):
    """Percentages that do not add up to 100 are allowed (rounding, 'other') but worth a second look."""
    if isinstance(instance, Dataset):
        for name, total in instance.sum_warnings():
            messages.warning(
                request,
                _(
                    "The percentages in “%(series)s” add up to %(total)s, not 100. "
                    "Check for a missing row or a typo."
                )
                % {"series": name, "total": total},
            )
