"""Search in every script: which text-search method each language uses.

Wagtail's database backend keeps one index for all languages, built with one
PostgreSQL text-search configuration. That suits none of our six languages
together, so on PostgreSQL each page's stored vectors are built with the
configuration that fits its own language (home/search_backend.py), and the
search view parses the reader's query with that same configuration:

- English, Arabic and Tamil have PostgreSQL stemmers (`english`, `arabic`,
  `tamil`): "workers" finds "worker".
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
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BigIntegerField, Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.models import Page, get_page_models

# Language code -> PostgreSQL text-search configuration.
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "ms": "indonesian",
    "ta": "tamil",
    "ar": "arabic",
}
# Languages written without spaces between words: substring matching.
UNSPACED_LANGUAGES = {"zh-hans", "my"}


def search_method(language_code):
    """ "substring" or the PostgreSQL configuration name for a language ("simple" when none fits)."""
    if language_code in UNSPACED_LANGUAGES:
        return "substring"
    return TEXT_SEARCH_CONFIGS.get(language_code, "simple")


def _index_entries():
    from wagtail.search.models import IndexEntry

    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    return IndexEntry.objects.filter(content_type__in=list(page_types)).annotate(
        page_id=Cast("object_id", BigIntegerField())
    )


def _text_fields():
    """The index's plain-text title and body columns on this database."""
    if connection.vendor == "postgresql":
        return "title_text", "body_text"
    return "title", "body"


def search_pages(pages, terms, language_code):
    """The pages in `pages` that match every word of `terms`, best first, as a sliceable sequence."""
    method = search_method(language_code)
    words = terms.split()
    if not words:
        return []
    if method == "substring":
        return RankedPages(_substring_ids(pages, words))
    if connection.vendor == "postgresql":
        return RankedPages(_postgres_ids(pages, terms, method))
    return pages.specific().search(terms, operator="and")


def _substring_ids(pages, words):
    title, body = _text_fields()
    matches = Q()
    for word in words:
        matches &= Q(**{f"{title}__icontains": word}) | Q(**{f"{body}__icontains": word})
    title_hits = Q()
    for word in words:
        title_hits |= Q(**{f"{title}__icontains": word})
    entries = (
        _index_entries()
        .filter(matches, page_id__in=pages.values("pk"))
        .annotate(
            in_title=Case(When(title_hits, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
        .order_by("-in_title", "page_id")
    )
    return _distinct_page_ids(entries)


def _postgres_ids(pages, terms, config):
    """Match and rank on the stored, GIN-indexed vectors, built in the page's language.

    home/search_backend.py stores each page's `title` and `body` vectors with
    its language's configuration, so the query is parsed with the same one and
    no page text is stemmed again at query time: the cost follows the number
    of matches, not the number of pages.
    """
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField

    # Title and text together, so the words of a query may be found in either;
    # the expression has a GIN index of its own (migration home 0010).
    document = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    query = SearchQuery(terms, config=config, search_type="plain")
    entries = (
        _index_entries()
        .annotate(document=document)
        .filter(document=query, page_id__in=pages.values("pk"))
        .annotate(rank=SearchRank(F("document"), query))
        .order_by("-rank", "page_id")
    )
    return _distinct_page_ids(entries)


def _distinct_page_ids(entries):
    """The entries' page ids in their order, each once."""
    return list(dict.fromkeys(entries.values_list("page_id", flat=True)))


class RankedPages:
    """A sequence of specific pages in ranked order that loads only the slice asked for.

    The paginator takes a slice of ten; only those ten pages are fetched.
    """

    def __init__(self, page_ids):
        self.page_ids = page_ids

    def __len__(self):
        return len(self.page_ids)

    def count(self):
        return len(self.page_ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            ids = self.page_ids[index]
            by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
            return [by_id[pk] for pk in ids if pk in by_id]
        return self[index : index + 1][0]
