"""A translation published with gaps says where the gaps are.

wagtail-localize's translation editor answers "Publish" on an incomplete
translation with "Published 'X' in Arabic with missing translations - see
below." The missing segment is often on another tab (the slug, on Promote), so
"below" shows nothing. This replaces that message with one that names each
missing segment by tab and field, as the editor labels them: "Promote › Slug",
"Content › Body › Dates and venues › Row 2 › Venue". It wraps the editor view,
which wagtail-localize's edit hooks look up on its module at each request.
"""

import html

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.views import edit_translation as localize_views

SHOWN = 5  # places named in the message; the rest are counted


def missing_places(translation, source_instance):
    """'Tab › Field › Block' for each text segment of `translation` with no translation, in order."""
    tabs = localize_views.TabHelper(source_instance)
    labels = {tab["slug"]: str(tab["label"]) for tab in tabs.tabs_with_slugs}
    segments = (
        translation.source.stringsegment_set.order_by("order")
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context")
    )
    places = []
    for segment in segments:
        try:
            info = localize_views.get_segment_location_info(
                source_instance, tabs, segment.context.path, segment.context.get_field_path(source_instance)
            )
        except localize_views.FieldHasNoEditPanelError:
            continue
        parts = [labels.get(info["tab"], info["tab"]), info["field"], info.get("subField")]
        place = " › ".join(str(part) for part in parts if part)
        if place not in places:
            places.append(place)
    return places


def _message(instance, translation, places):
    shown = "; ".join(places[:SHOWN])
    more = len(places) - SHOWN
    text = ngettext(
        "Published '%(object)s' in %(language)s with a missing translation: %(places)s.",
        "Published '%(object)s' in %(language)s with missing translations: %(places)s.",
        len(places),
    ) % {"object": instance, "language": translation.target_locale.get_display_name(), "places": shown}
    if more > 0:
        text += " " + ngettext("And %(count)s more place.", "And %(count)s more places.", more) % {
            "count": more
        }
    return text


def _localize_warning(instance, translation):
    """The message wagtail-localize writes, in the same words (its catalogue, the same language)."""
    return _("Published '{object}' in {locale} with missing translations - see below.").format(
        object=str(instance), locale=translation.target_locale.get_display_name()
    )


def _says(message, text):
    """True when `message` is `text` (Wagtail's admin messages arrive escaped, with trailing lines)."""
    return html.unescape(str(message.message)).strip() == text


def with_missing_places(view):
    def wrapped(request, translation, instance, *args, **kwargs):
        response = view(request, translation, instance, *args, **kwargs)
        if request.method != "POST" or request.POST.get("action") != "publish":
            return response
        vague = _localize_warning(instance, translation)
        queued = list(messages.get_messages(request))  # reading marks them used: re-add all but the vague one
        if not any(_says(message, vague) for message in queued):
            for message in queued:
                messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
            return response
        places = missing_places(translation, translation.source.get_source_instance())
        for message in queued:
            text = (
                _message(instance, translation, places)
                if _says(message, vague) and places
                else message.message
            )
            messages.add_message(request, message.level, text, extra_tags=message.extra_tags)
        return response

    return wrapped


def install():
    """Make the translation editor's publish warning name the missing places (run once, from CoreConfig)."""
    localize_views.edit_translation = with_missing_places(localize_views.edit_translation)
