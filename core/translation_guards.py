"""Checks in front of wagtail-localize's translation views.

wagtail-localize checks page permissions (which already limit translators to
their tree) but for snippets only the model permission, whatever the locale,
and it stores a translator's override of a link (a URL block or field, a
rich-text link, a chosen image) without the admin form's validation. These
wrappers refuse another locale's translation and an override the admin form
would refuse (core/link_safety.py), before the view runs.
"""

import re

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.segments.extract import quote_path_component

from .link_safety import validate_rich_text_href, validate_web_url
from .translator_groups import translator_locales

ASCII_ID = re.compile(r"[0-9]+")


def refuse_other_locales(user, locale):
    """Translators work only in their own locales; anyone else keeps their usual permissions."""
    allowed = translator_locales(user)
    if allowed is not None and (locale is None or locale.language_code not in allowed):
        raise PermissionDenied


def guard_translation(view):
    """`view`, refused for a translation into a locale the user may not translate."""

    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        refuse_other_locales(request.user, translation.target_locale)
        return view(request, translation_id, *args, **kwargs)

    return guarded


def check_override(source_value, path, value):
    """Validate a translator's override of a segment whose source value is `source_value`.

    Overrides exist for URL blocks and fields (validated as web URLs), rich-text
    links (the segment's path ends with the quoted source href; validated like
    rich-text links) and chosen images or documents (an id).
    """
    if isinstance(source_value, int):
        if not ASCII_ID.fullmatch(str(value)):
            raise ValidationError(_("Choose an item."), code="invalid")
        return
    if not value:
        return
    if path.endswith(quote_path_component(str(source_value))):
        validate_rich_text_href(value)
    else:
        validate_web_url(value)


def _put_value(request):
    """The "value" of the override editor's PUT (multipart or URL-encoded), or None."""
    request.body  # noqa: B018  kept in memory, so the wrapped view can read the body again
    data = Request(request, parsers=[MultiPartParser(), FormParser()]).data
    return data.get("value")


def _translation_error(translation_id):
    """Why the translation cannot be built with its overrides as stored (a chosen item that does not
    exist), or None."""
    translation = Translation.objects.get(id=translation_id)
    try:
        translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    except (ObjectDoesNotExist, ValueError, TypeError):
        return _("Choose an item that exists.")
    return None


def guard_override(view):
    """The override editor, refusing with 400 a value the admin form would refuse.

    A URL or link is checked by its rules; a chosen item's id by building the
    translation with it, in a transaction rolled back when that fails.
    """

    def guarded(request, translation_id, overridable_segment_id):
        if request.method != "PUT":
            return view(request, translation_id, overridable_segment_id)
        segment = get_object_or_404(OverridableSegment, id=overridable_segment_id)
        try:
            check_override(segment.data, segment.context.path, _put_value(request))
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
        with transaction.atomic():
            response = view(request, translation_id, overridable_segment_id)
            error = _translation_error(translation_id) if response.status_code < 300 else None
            if error is not None:
                transaction.set_rollback(True)
                return JsonResponse({"error": str(error)}, status=400)
        return response

    return guard_translation(guarded)
