from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The base app: home and generic pages, site-wide pieces and shared blocks."""

    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        from .roles import connect_translator_signals

        connect_translator_signals()
