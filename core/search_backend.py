"""Wagtail's database search backend, with each page indexed in its own language.

On PostgreSQL, Wagtail's backend stores every object's title and body as
`tsvector` columns with GIN indexes, all built with one text-search
configuration. This backend builds each translatable object's vectors with
the configuration of its locale's language instead (`english` for English,
`indonesian` for Malay, ...; see `core.search.search_method`), so the search
view can match and rank against the stored, indexed columns rather than
stemming every page's text again for every query. Objects without a locale
(images, documents) keep the backend's default configuration.

After switching an existing site to this backend, run `manage.py update_index`
once so the entries already stored are rebuilt with their language.
On any other database the stock backend is used unchanged.
"""

import copy
from collections import defaultdict
from contextlib import nullcontext
from functools import cache

from django.db import connection
from django.utils import translation
from modelsearch.backends import database
from wagtail.models import Locale

from .search import search_method


def text_search_config(language_code):
    """The PostgreSQL configuration that stores and queries text in a language."""
    method = search_method(language_code)
    # Unspaced scripts are searched by substring; "simple" keeps their vectors unstemmed.
    return "simple" if method == "substring" else method


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up under this name)
    if connection.vendor != "postgresql":
        return database.SearchBackend(params)
    return _language_aware_backend_class()(params)


@cache
def _language_aware_backend_class():
    # Imported here: the PostgreSQL backend module is only importable on PostgreSQL.
    from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

    class LanguageGroupIndex(PostgresIndex):
        def _refresh_title_norms(self, full=False):
            pass  # LanguageAwareIndex refreshes them once for the whole batch

    class LanguageAwareIndex(PostgresIndex):
        def add_items(self, model, objs):
            for (config, language), group in _group_by_language(objs, self.backend.config).items():
                # Text the object computes for the index (a figure written as its language
                # writes numbers, translated labels) comes out in the object's own language.
                with translation.override(language) if language else nullcontext():
                    LanguageGroupIndex(self.backend.with_config(config)).add_items(model, group)
            if objs and model.get_search_fields():
                self._refresh_title_norms()

    class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguageAwareIndex

        def with_config(self, config):
            """This backend, building its vectors with another configuration."""
            clone = copy.copy(self)
            clone.config = config
            return clone

    return LanguageAwarePostgresSearchBackend


def _group_by_language(objs, default_config):
    """{(configuration, language code or None): objects} for objects with or without a locale."""
    languages = None
    groups = defaultdict(list)
    for obj in objs:
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            groups[default_config, None].append(obj)
            continue
        if languages is None:  # one query per batch, and none for objects without a locale
            languages = dict(Locale.objects.values_list("pk", "language_code"))
        language = languages.get(locale_id, "")
        groups[text_search_config(language), language or None].append(obj)
    return groups
