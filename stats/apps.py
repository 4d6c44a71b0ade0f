from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    """Statistics and datasets: snippets, blocks, charts and downloads."""

    name = "stats"
    verbose_name = _("Statistics")

    def ready(self):
        # Signals are wired once every model is loaded: Django's documented place for it.
        from wagtail.signals import published

        from . import live_translations
        from .models import Dataset, Statistic
        from .search import reindex_translations

        live_translations.connect([Dataset, Statistic])
        published.connect(reindex_translations, sender=Statistic, dispatch_uid="stats-reindex-translations")
