from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The top: the home page that gathers the other apps, generic pages, roles and the demo."""

    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        # Signal wiring needs every model loaded: Django's documented place for it.
        from core.fragments import new_generation
        from perf.purging import content_changed

        from .roles import connect_translator_signals
        from .translator_notifications import connect_translator_notifications

        connect_translator_signals()
        connect_translator_notifications()
        # The page cache's purges (perf) also start the shared fragments over (core/fragments.py).
        content_changed.connect(new_generation, dispatch_uid="fragments-follow-purges")
