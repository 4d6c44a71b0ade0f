"""Four eyes on every route to live: the checks behind the admin hooks.

On pages a workflow governs (each language's news and campaign trees),
nothing goes live without someone other than its author approving it. Wagtail
and wagtail-localize offer several routes to "live" besides the editor's
Publish button; each is refused or turned into a submission here:

- the editor's "Publish" (also from "Revert to this revision"): the button is
  removed and a forged POST refused (home/wagtail_hooks.py);
- wagtail-localize's translation editor "Publish": saved as a draft and
  submitted for approval, `submit_translation_for_approval`;
- wagtail-localize's "Sync translated pages" (or snippets, for statistics and
  datasets) with "Publish immediately": refused, `refuse_sync_and_publish`;
- copying into a moderated tree with "Publish copies" or as an alias of an
  unmoderated page: refused, `refuse_copy_to_live`;
- moving a live (or scheduled) page from an unmoderated tree into a moderated
  one, alone or in bulk: refused, `refuse_move_of_live_pages`;
- the bulk "Publish" action: refused when any chosen page is moderated,
  `refuse_bulk_publish`.

Scheduled publishing publishes only revisions whose go-live date an approval
(or a Publish, refused above) set. Each refusal is an error message on the
page the user came from, never a bare 403.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision, WorkflowMixin
from wagtail_localize.models import Translation, TranslationSource

from .workflow import is_moderated, submit_to_workflow


def _refuse(request, message, url):
    messages.error(request, message)
    return redirect(url)


def _synced_translation(page):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def submit_translation_for_approval(request, page):
    """The translation editor's "Publish" on a moderated page: a draft, submitted for approval."""
    if request.method != "POST" or request.POST.get("action") != "publish" or not is_moderated(page):
        return None
    translation = _synced_translation(page)
    if translation is None:
        return None
    edit_url = request.path
    # A revision only: wagtail-localize's own draft save writes the page's row,
    # which for a live page is what readers see.
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    try:
        draft.save_revision(user=request.user)
    except ValidationError as error:
        return _refuse(request, " ".join(error.messages), edit_url)
    page = Page.objects.get(pk=page.pk).specific
    submit_to_workflow(page, request.user)
    messages.success(
        request,
        _(
            "“%(title)s” in %(language)s was submitted for approval: another translator of this "
            "language or a moderator publishes it."
        )
        % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
    )
    return redirect(edit_url)


def refuse_sync_and_publish(view):
    """wagtail-localize's "Sync translated pages", refusing "Publish immediately" on moderated pages."""

    def guarded(request, translation_source_id):
        if request.method == "POST" and request.POST.get("publish_translations"):
            source = TranslationSource.objects.filter(pk=translation_source_id).first()
            if source is not None and _moderated_source(source):
                return _refuse(
                    request,
                    _(
                        "These translations go live only when someone else approves them: sync without "
                        "“Publish immediately”, then submit each translation for approval."
                    ),
                    request.path,
                )
        return view(request, translation_source_id=translation_source_id)

    return guarded


def _moderated_source(source):
    """True when a workflow governs the translations of `source`: pages in a moderated tree, or a
    snippet type under a workflow (statistics and datasets)."""
    model = source.specific_content_type.model_class()
    if model is None:
        return False
    if issubclass(model, Page):
        return any(is_moderated(page) for page in Page.objects.filter(translation_key=source.object_id))
    return issubclass(model, WorkflowMixin) and model.get_default_workflow() is not None


def _publishes_copy(request, page):
    if request.POST.get("publish_copies"):
        return True
    # An alias is live whenever its source is, with the source's content.
    return bool(request.POST.get("alias")) and not is_moderated(page)


def refuse_copy_to_live(request, page):
    """Copying into a moderated tree gives a draft to submit, never a live page."""
    if request.method != "POST":
        return None
    destination = Page.objects.filter(pk=request.POST.get("new_parent_page") or None).first()
    if destination is None or not is_moderated(parent_page=destination):
        return None
    if _publishes_copy(request, page):
        return _refuse(
            request,
            _(
                "Copies in this section go live only when someone else approves them: copy without "
                "publishing, then submit the copy for approval."
            ),
            request.get_full_path(),
        )
    return None


def _goes_live_unreviewed(page, destination):
    """True when moving `page` under `destination` would bring live or scheduled content into moderation."""
    if is_moderated(page) or not is_moderated(parent_page=destination):
        return False
    pages = page.get_descendants(inclusive=True)
    if pages.filter(live=True).exists():
        return True
    page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    return Revision.page_revisions.filter(object_id__in=page_ids, approved_go_live_at__isnull=False).exists()


def _move_refusal_message(page):
    return _(
        "“%(title)s” is live or scheduled outside the approval workflow: unpublish it first, then "
        "move it and submit it for approval."
    ) % {"title": page.get_admin_display_title()}


def refuse_move_of_live_pages(request, page, destination):
    if request.method == "POST" and _goes_live_unreviewed(page, destination):
        return _refuse(request, _move_refusal_message(page), request.get_full_path())
    return None


def refuse_bulk_publish_or_move(request, action_type, objects, action):
    """Bulk "Publish" of moderated pages, and bulk moves of live pages into moderation, are refused."""
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "publish":
        moderated = [page for page in pages if is_moderated(page)]
        if moderated:
            return _refuse(
                request,
                _(
                    "%(title)s and other pages under the approval workflow go live only when someone "
                    "else approves them."
                )
                % {"title": moderated[0].get_admin_display_title()},
                action.next_url,
            )
    if action_type == "move":
        destination = action.cleaned_form.cleaned_data["chooser"]
        for page in pages:
            if _goes_live_unreviewed(page, destination):
                return _refuse(request, _move_refusal_message(page), action.next_url)
    return None
