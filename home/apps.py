from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The base app: home and generic pages, site-wide pieces and shared blocks."""

    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        from . import two_factor  # noqa: F401  registers its private-content hooks
        from .moderation import connect_signals as connect_moderation_signals
        from .roles import connect_translator_signals
        from .view_restrictions import connect_signals as connect_view_restriction_signals

        connect_translator_signals()
        connect_moderation_signals()
        connect_view_restriction_signals()
