from django.apps import AppConfig


class PerfConfig(AppConfig):
    """Page cache, its invalidation, and content volume for benchmarks."""

    name = "perf"
    verbose_name = "Performance"

    def ready(self):
        from . import cache

        cache.connect_signals()
