"""The one-off work of a process's first request, done when the process starts instead.

Measured on the home page: the first request after a restart took about 400 ms
against 30 for the next, mostly building the URL resolver's reverse lookup (once
per language: the language prefix is part of every pattern), compiling templates,
loading each language's Babel data, digesting the code for the fragments' keys and
setting up the cache backend (importing the Redis client: about 90 ms, without connecting).
The WSGI module (config/wsgi.py) runs this while the worker starts, before it accepts
requests; nothing here reads the database, so it also works before migrations and
never shares a connection across a fork.
"""

import datetime
import logging
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver, reverse
from django.utils import translation

from .fragments import release
from .locale_format import file_size, long_date

logger = logging.getLogger(__name__)


def _site_templates():
    """The names of the site's own templates (those readers' pages are made of)."""
    for folder in settings.TEMPLATES[0]["DIRS"]:
        root = Path(folder)
        for path in root.rglob("*.html"):
            name = path.relative_to(root).as_posix()
            if not name.startswith(("wagtailadmin/", "dashboard/", "translation_status/", "two_factor/")):
                yield name


def warm_up():
    """Build the URL resolver in every language, compile the site's templates, load Babel's data,
    work out which release this is (the fragments' keys) and set up the cache backend (no connection
    is opened: a server that forks after this shares none)."""
    release()
    caches["default"]  # noqa: B018  imports and configures the backend
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            resolver.reverse_dict  # noqa: B018  built per language on first use
            reverse("search")
            long_date(datetime.date(2000, 1, 1), code)  # loads the locale's data and date patterns
            file_size(1234, code)
    for name in _site_templates():
        try:
            get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError):  # a partial meant for another engine
            logger.debug("warm-up skipped template %s", name)
