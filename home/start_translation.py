"""A translator starts a translation into their own language, from their dashboard.

wagtail-localize's "Translate this page" needs `submit_translation` and offers
every language: the source side belongs to editors. This view does one thing
for a translator: it makes the copy of one English page or snippet that readers
can see (live, and public for a page) in one of their own languages, then opens
it in the translation editor. A page's copy starts as a draft; a snippet without
drafts (a topic) is live at once with the English text, as when an editor
translates it. A page needs its section in that language first, and the
translator's permission to add a page there. Related snippets are not copied
along: they are an editor's to send.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.translator_groups import translator_locales


def may_start(user, language_code):
    """Translators in their own languages; editors who may submit translations, in any."""
    if user.has_perm("wagtail_localize.submit_translation"):
        return True
    return language_code in (translator_locales(user) or set())


@require_POST
def start_translation(request, source_id, language_code):
    """Start the translation of something already translated into another language (it has a source)."""
    source = get_object_or_404(TranslationSource, pk=source_id, locale__language_code=settings.LANGUAGE_CODE)
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:  # sources outlive what they were made from
        raise Http404 from None
    return _start(request, instance, language_code)


@require_POST
def start_page_translation(request, page_id, language_code):
    """Start the translation of an English page never translated before."""
    page = get_object_or_404(Page, pk=page_id, locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
    return _start(request, page.specific, language_code)


def _readers_see(instance):
    """Only what readers can see is offered for translation: live, and for a page, public."""
    if isinstance(instance, Page):
        return Page.objects.live().public().filter(pk=instance.pk).exists()
    return getattr(instance, "live", True)


def _start(request, instance, language_code):
    if not may_start(request.user, language_code) or language_code == settings.LANGUAGE_CODE:
        raise PermissionDenied
    if not request.user.has_perm("wagtail_localize.submit_translation") and not _readers_see(instance):
        raise PermissionDenied  # a draft, embargoed or private English page is the editors' to send
    locale = get_object_or_404(Locale, language_code=language_code)
    finder = AdminURLFinder(request.user)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return redirect(finder.get_edit_url(existing) or "wagtailadmin_home")
    if not isinstance(instance, Page) and not _may_edit_snippet(request.user, instance):
        raise PermissionDenied
    if isinstance(instance, Page) and not _can_add_copy(request.user, instance, locale):
        messages.error(
            request,
            _("“%(title)s” cannot be started in %(language)s yet: its section is not in that language.")
            % {"title": instance.get_admin_display_title(), "language": locale.get_display_name()},
        )
        return redirect("wagtailadmin_home")
    try:
        with transaction.atomic():
            # This object only: its related snippets (topics, contacts) are an editor's to send.
            creator = TranslationCreator(request.user, [locale])
            creator.create_translations(instance, include_related_objects=False)
    except IntegrityError:  # started twice at once: the other request made the copy
        pass
    copy = instance.get_translation_or_none(locale)
    if copy is None:  # wagtail-localize could not make it (a validation error)
        messages.error(request, _("The translation could not be started: ask an editor."))
        return redirect("wagtailadmin_home")
    return redirect(finder.get_edit_url(copy) or "wagtailadmin_home")


def _can_add_copy(user, page, locale):
    """Whether the page's parent exists in the locale and the user may add a page below it."""
    parent = page.get_parent().get_translation_or_none(locale)
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def _may_edit_snippet(user, snippet):
    """Whether the user may edit this kind of snippet (translators: the translatable ones)."""
    meta = snippet._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")
