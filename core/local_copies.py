"""This process's own copies of the fragments it read lately (core/fragments.py).

A fragment's key names the content generation it was built in, so what is kept under a
key never changes: a copy held here is as good as the shared cache's, and saves a round
trip to it. Only the generation itself is read from the shared cache on every request,
so a publish in any process is seen by every process at once.

Copies are kept pickled and unpickled on each read, so a render that changes an object
it got (an attribute set on a page) never changes what the next request gets. Each copy
expires with its shared entry; the least recently read go first past `max_bytes`.
"""

import threading
from collections import OrderedDict


class LocalCopies:
    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()  # key: (deadline, pickled value)
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key, now):
        """The pickled value kept under `key`, or None (never kept, expired or dropped)."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            deadline, data = entry
            if deadline <= now:
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return data

    def put(self, key, deadline, data):
        """Keep `data` (bytes) under `key` until `deadline` (a time.time() value)."""
        if len(data) > self.max_bytes // 8:
            return  # one very large value would push out many small ones: read it from the cache
        with self._lock:
            self._drop(key)
            self._entries[key] = (deadline, data)
            self._size += len(data)
            while self._size > self.max_bytes:
                _key, (_deadline, oldest) = self._entries.popitem(last=False)
                self._size -= len(oldest)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._size = 0

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._size -= len(entry[1])
