"""The default cache without Redis: files that every process on the machine shares.

Django's FileBasedCache, so gunicorn's workers and `manage.py publish_scheduled`
see one another's entries and purges (a per-process memory cache would keep
serving a page another process purged). Its add() is made atomic: the page
cache's render locks and purge generations rely on add() succeeding for one
writer only, and Django's checks for the key and then writes it, which two
processes can both pass.
"""

import os
import tempfile

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class SharedFileCache(FileBasedCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.has_key(key, version):  # also removes an expired file, so the link below can succeed
            return False
        self._createdir()
        self._cull()
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            # A hard link is created only where no file exists: one writer wins.
            os.link(tmp_path, self._key_to_file(key, version))
        except FileExistsError:
            return False
        finally:
            os.remove(tmp_path)
        return True
