from django.apps import AppConfig


class PerfConfig(AppConfig):
    """The page cache and what purges it."""

    name = "perf"
    verbose_name = "Performance"

    def ready(self):
        # Signals are wired once every model is loaded: Django's documented place for it.
        from .signals import connect_signals

        connect_signals()
