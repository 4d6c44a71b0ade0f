from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The top: the home page that gathers the other apps, generic pages, roles and the demo."""

    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        # Signal wiring needs every model loaded: Django's documented place for it.
        from wagtail.documents import get_document_model
        from wagtail.models import Locale, Site
        from wagtail_localize.models import Translation, TranslationSource

        from core.fragments import new_generation
        from perf.purging import content_changed

        from .roles import connect_translator_signals
        from .translator_notifications import connect_translator_notifications

        connect_translator_signals()
        connect_translator_notifications()
        # The page cache's purges (perf) also start the shared fragments over (core/fragments.py),
        # and so do changes no purge reports: a site's address, the languages, a translation
        # stopped or synced (hreflang, switcher, lang marks), a document (links and sizes).
        content_changed.connect(new_generation, dispatch_uid="fragments-follow-purges")
        for model in (Site, Locale, Translation, TranslationSource, get_document_model()):
            post_save.connect(new_generation, sender=model, dispatch_uid=f"fragments-{model.__name__}-save")
            post_delete.connect(
                new_generation, sender=model, dispatch_uid=f"fragments-{model.__name__}-delete"
            )
