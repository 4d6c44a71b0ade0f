from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom every content app stands on: base pages, site-wide pieces, security."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        # Signal and hook wiring needs every model loaded: Django's documented place for it.
        from wagtail.models import ReferenceIndex

        from . import checks, two_factor  # noqa: F401  registers deployment checks and private-content hooks
        from .image_filters import install as parse_image_filters_once
        from .models import LegalPages
        from .moderation import connect_signals as connect_moderation_signals
        from .translation_editor_labels import install as label_translation_editor_segments
        from .translation_editor_warnings import install as name_missing_translations
        from .view_restrictions import connect_signals as connect_view_restriction_signals

        # Every footer links to the legal pages: recording the setting's links lets the page
        # cache purge every page when one of them is renamed, translated or unpublished.
        ReferenceIndex.register_model(LegalPages)
        connect_moderation_signals()
        connect_view_restriction_signals()
        label_translation_editor_segments()
        name_missing_translations()
        parse_image_filters_once()
