"""Values worth computing once per request: the menu, the language links, the data page."""


def once_per_request(request, key, build):
    """`build()`'s result, computed once per request under `key` (every time when there is no request)."""
    if request is None:
        return build()
    store = request.__dict__.setdefault("_once_per_request", {})
    if key not in store:
        store[key] = build()
    return store[key]
