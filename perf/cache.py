"""Page cache (placeholder until the caching step)."""


def connect_signals():
    pass
