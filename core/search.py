"""Search in every script: which text-search method each language uses.

Wagtail's database backend keeps one index for all languages, built with one
PostgreSQL text-search configuration. That suits none of our six languages
together, so on PostgreSQL each page's stored vectors are built with the
configuration that fits its own language (core/search_backend.py), and the
search view parses the reader's query with that same configuration:

- English, Arabic and Tamil have PostgreSQL stemmers (`english`, `arabic`,
  `tamil`): "workers" finds "worker". Arabic words carry attached particles
  (و، ف، ب، ك، ل، ال) the stemmer leaves on, so each Arabic query word is
  searched in all its attached forms (core/arabic.py): اللاجئين finds واللاجئين.
- Malay uses `indonesian`: the two standard languages share their affixes
  (me-, ber-, di-, -kan, -an), so the Indonesian Snowball stemmer fits Malay
  far better than no stemming at all.
- Chinese and Burmese are written without spaces between words, so
  PostgreSQL's parser sees a whole sentence as one "word" and a two-character
  word inside it is never found. For them every search word must appear as a
  substring of the page's indexed title or text (`icontains`), title matches
  first. This scans the index: about 200 ms uncached with 10,000 stories per
  language. A trigram index (pg_trgm) would speed up longer words, but not the
  common two-character Chinese word.

On SQLite (local development) Wagtail's own FTS5 search is used, except for
Chinese and Burmese, which use the same substring fallback. Results are
always limited to live, public pages of the active locale.

Snippets readers should find (statistics, datasets, media contacts) are
indexed by Wagtail like pages (`index.Indexed` with `search_fields`) and
searched in the same query. A model takes part by defining
`search_results(objects, request)`, which gives each object's title, address
(where readers see it) and summary; this module finds such models through
Django's app registry, so `home` imports no app that uses it. Only the
active locale's copies are searched, and only live ones for models with a
draft state.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BigIntegerField, Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.models import DraftStateMixin, Page, Site, TranslatableMixin, get_page_models
from wagtail.search import index
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, PlainText

from .arabic import particle_variants
from .fragments import fragments

# Language code -> PostgreSQL text-search configuration.
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "ms": "indonesian",
    "ta": "tamil",
    "ar": "arabic",
}
# How many words of a query are searched in all their forms (Arabic particles).
MAX_EXPANDED_WORDS = 6
# Languages written without spaces between words: substring matching.
UNSPACED_LANGUAGES = {"zh-hans", "my"}


def search_method(language_code):
    """ "substring" or the PostgreSQL configuration name for a language ("simple" when none fits)."""
    if language_code in UNSPACED_LANGUAGES:
        return "substring"
    return TEXT_SEARCH_CONFIGS.get(language_code, "simple")


@cache
def searchable_snippet_models():
    """Translatable, indexed models other than pages that say how to show them as search results."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, index.Indexed)
        and issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
        and callable(getattr(model, "search_results", None))
    ]


def _public_snippets(model, locale):
    objects = model.objects.filter(locale=locale)
    if issubclass(model, DraftStateMixin):
        objects = objects.filter(live=True)  # the row is the live version; never published ones are hidden
    return objects


def _index_entries(pages, locale=None):
    """Index entries of `pages` and, given a locale, of that locale's public searchable snippets.

    `page_id` is the object's id (a page's or a snippet's); `content_type_id` tells them apart.
    """
    snippet_models = searchable_snippet_models() if locale is not None else []
    types = ContentType.objects.get_for_models(*get_page_models(), *snippet_models)
    page_types = [types[model] for model in get_page_models()]
    wanted = Q(content_type__in=page_types, page_id__in=pages.values("pk"))
    for model in snippet_models:
        wanted |= Q(content_type=types[model], page_id__in=_public_snippets(model, locale).values("pk"))
    return (
        IndexEntry.objects.filter(content_type__in=list(types.values()))
        .annotate(page_id=Cast("object_id", BigIntegerField()))
        .filter(wanted)
    )


def _text_fields():
    """The index's plain-text title and body columns on this database."""
    if connection.vendor == "postgresql":
        return "title_text", "body_text"
    return "title", "body"


def search_pages(pages, terms, language_code, locale=None, request=None):
    """What matches every word of `terms`, best first, as a sliceable sequence of `SearchResult`.

    `pages` are the pages that may be found; given `locale`, that locale's
    public searchable snippets may be found too.
    """
    method = search_method(language_code)
    words = terms.split()
    if not words:
        return []
    if method == "substring":
        return RankedResults(_substring_ids(pages, words, locale), request)
    # Only the first words are expanded: a long query stays a query of words, not of thousands of forms.
    alternatives = [
        word_forms(word, language_code) if position < MAX_EXPANDED_WORDS else [word]
        for position, word in enumerate(words)
    ]
    if connection.vendor == "postgresql":
        return RankedResults(_postgres_ids(pages, alternatives, method, locale), request)
    # SQLite (development): Wagtail's FTS for pages, then snippets by substring.
    snippets = RankedResults(_substring_ids(Page.objects.none(), words, locale), request) if locale else []
    query = And([Or([PlainText(form) for form in forms]) for forms in alternatives])
    return ChainedResults(pages.specific().search(query), snippets, request)


def word_forms(word, language_code):
    """The forms of a query word any of which may match: Arabic's with attached particles, else itself."""
    if language_code == "ar" and any("\u0600" <= char <= "\u06ff" for char in word):
        return particle_variants(word)
    return [word]


def _substring_ids(pages, words, locale=None):
    title, body = _text_fields()
    matches = Q()
    for word in words:
        matches &= Q(**{f"{title}__icontains": word}) | Q(**{f"{body}__icontains": word})
    title_hits = Q()
    for word in words:
        title_hits |= Q(**{f"{title}__icontains": word})
    entries = (
        _index_entries(pages, locale)
        .filter(matches)
        .annotate(
            in_title=Case(When(title_hits, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
        .order_by("-in_title", "page_id", "content_type_id")
    )
    return _distinct_keys(entries)


def _postgres_ids(pages, alternatives, config, locale=None):
    """Match and rank on the stored, GIN-indexed vectors, built in the page's language.

    core/search_backend.py stores each page's `title` and `body` vectors with
    its language's configuration, so the query is parsed with the same one and
    no page text is stemmed again at query time: the cost follows the number
    of matches, not the number of pages.
    """
    # Imported here: only PostgreSQL searches this way (SQLite has its own branch).
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField

    # Title and text together, so the words of a query may be found in either;
    # the expression has a GIN index of its own (migration home 0010).
    document = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    # Every word, in any of its forms: (a | b) & (c). Words hold only letters, marks and
    # digits (home/views.py: search_terms), so they need no quoting in tsquery syntax.
    raw = " & ".join("(" + " | ".join(_tsquery_word(form) for form in forms) + ")" for forms in alternatives)
    query = SearchQuery(raw, config=config, search_type="raw")
    entries = (
        _index_entries(pages, locale)
        .annotate(document=document)
        .filter(document=query)
        .annotate(rank=SearchRank(F("document"), query))
        .order_by("-rank", "page_id", "content_type_id")
    )
    return _distinct_keys(entries)


def _tsquery_word(word):
    """The word with anything but letters, marks and digits removed, so it is one tsquery operand
    whatever the caller passed (the search view has already removed them)."""
    return "".join(char for char in word if unicodedata.category(char)[0] in "LMN") or "_"


def _distinct_keys(entries):
    """The entries' (content type id, object id) in their order, each once."""
    return list(dict.fromkeys(entries.values_list("content_type_id", "page_id")))


@dataclass
class SearchResult:
    """What the results list shows of a page or a snippet."""

    title: str
    url: str
    summary: str = ""


def page_result(page, request):
    return SearchResult(str(page.title), page.get_url(request) or "", getattr(page, "summary_text", "") or "")


def _load_results(model, ids, request):
    """{id: result} of the objects `ids` of `model` (None: pages)."""
    if model is None:
        return {page.pk: page_result(page, request) for page in Page.objects.filter(pk__in=ids).specific()}
    objects = list(model.objects.filter(pk__in=ids))
    results = model.search_results(objects, request)
    return {obj.pk: result for obj, result in zip(objects, results, strict=True)}


def kept_results(content_type_id, model, ids, request):
    """{id: result} of the objects `ids` of `model` (None: pages), found by the search (so live).

    What a result shows changes only when its page or snippet is published, so each is
    kept as a fragment (core/fragments.py): a search loads only what no search has shown since.
    """
    site = Site.find_for_request(request) if request is not None else None
    prefix = f"search-result:{translation.get_language()}:{site.pk if site else ''}:{content_type_id}:"

    def build(missing):
        loaded = _load_results(model, [int(key.removeprefix(prefix)) for key in missing], request)
        return {prefix + str(pk): result for pk, result in loaded.items()}

    kept = fragments([prefix + str(pk) for pk in ids], build, request=request)
    return {int(key.removeprefix(prefix)): result for key, result in kept.items()}


class RankedResults:
    """Search results in ranked order that loads only the slice asked for.

    The paginator takes a slice of ten; only those ten pages and snippets are
    fetched, one query per kind of snippet among them.
    """

    def __init__(self, keys, request=None):
        self.keys = keys
        self.request = request

    def __len__(self):
        return len(self.keys)

    def count(self):
        return len(self.keys)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        keys = self.keys[index]
        ids_by_type = {}
        for content_type_id, object_id in keys:
            ids_by_type.setdefault(content_type_id, []).append(object_id)
        snippet_types = ContentType.objects.get_for_models(*searchable_snippet_models())
        models = {content_type.pk: model for model, content_type in snippet_types.items()}
        found = {}
        for content_type_id, ids in ids_by_type.items():
            results = kept_results(content_type_id, models.get(content_type_id), ids, self.request)
            found.update(((content_type_id, pk), result) for pk, result in results.items())
        return [found[key] for key in keys if key in found]


class ChainedResults:
    """Wagtail's own page results, then snippet results (SQLite), loading only the slice asked for."""

    def __init__(self, pages, snippets, request=None):
        self.pages = pages
        self.snippets = snippets
        self.request = request

    def count(self):
        return self.pages.count() + len(self.snippets)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        page_count = self.pages.count()
        results = (
            [page_result(page, self.request) for page in self.pages[start:stop]] if start < page_count else []
        )
        rest_start = max(0, start - page_count)
        rest_stop = None if stop is None else max(0, stop - page_count)
        if rest_stop is None or rest_stop > rest_start:
            results += list(self.snippets[rest_start:rest_stop])
        return results
