from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom every content app stands on: base pages, site-wide pieces, security."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        # Signal and hook wiring needs every model loaded: Django's documented place for it.
        from . import two_factor  # noqa: F401  registers its private-content hooks
        from .moderation import connect_signals as connect_moderation_signals
        from .view_restrictions import connect_signals as connect_view_restriction_signals

        connect_moderation_signals()
        connect_view_restriction_signals()
