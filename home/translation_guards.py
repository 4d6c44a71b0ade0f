"""Checks in front of wagtail-localize's translation views.

wagtail-localize checks page permissions (which already limit translators to
their tree) but for snippets only the model permission, whatever the locale,
and it stores a translator's override of a link (a URL block or field, a
rich-text link, a chosen image) without the admin form's validation. These
wrappers refuse another locale's translation and an override the admin form
would refuse (home/link_safety.py), before the view runs.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.segments.extract import quote_path_component

from .link_safety import validate_rich_text_href, validate_web_url
from .roles import translator_locales


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
        if not str(value).isdigit():
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


def guard_override(view):
    """The override editor, refusing with 400 a value the admin form would refuse."""

    def guarded(request, translation_id, overridable_segment_id):
        if request.method == "PUT":
            segment = get_object_or_404(OverridableSegment, id=overridable_segment_id)
            value = _put_value(request)
            try:
                check_override(segment.data, segment.context.path, value)
            except ValidationError as error:
                return JsonResponse({"error": " ".join(error.messages)}, status=400)
        return view(request, translation_id, overridable_segment_id)

    return guard_translation(guarded)
