"""Site-wide views: search and the health check."""

import unicodedata
from urllib.parse import urlencode

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from core.pagination import paginate
from core.search import search_pages

SEARCH_RESULTS_PER_PAGE = 10
# Longer queries are cut: nobody types more, and full-text search cost grows with length.
SEARCH_QUERY_MAX_LENGTH = 200


def clean_search_query(raw):
    """The query to run and a message for the reader when it was changed or is empty."""
    query = " ".join((raw or "").split())
    if not query:
        return "", None
    if len(query) > SEARCH_QUERY_MAX_LENGTH:
        return query[:SEARCH_QUERY_MAX_LENGTH], _(
            "Your search was very long, so only its first %(count)s characters were used."
        ) % {"count": SEARCH_QUERY_MAX_LENGTH}
    return query, None


def search_terms(query):
    """The query's words with punctuation and symbols removed.

    Quotes, brackets, `*`, `%` and emoji mean something (or nothing) to the
    full-text engines and can make SQLite's FTS reject the query; letters,
    combining marks (Burmese, Tamil, Arabic) and digits are kept.
    """
    kept = "".join(char if unicodedata.category(char)[0] in "LMN" else " " for char in query)
    return " ".join(kept.split())


def search(request):
    """Full-text search over the live pages, figures and media contacts of the reader's language.

    Any query and any page number answer 200: an unknown page number shows the
    nearest real page, since a reader following an old link should still get results.
    """
    query, notice = clean_search_query(request.GET.get("q"))
    terms = search_terms(query)
    context = {
        "search_query": query,
        "searched": bool(terms),
        "notice": notice,
        "query_string": urlencode({"q": query}),
        "same_view_in_every_language": True,  # the language switcher keeps the search
    }
    if terms:
        # Each language searches in its own way (stemming, or substrings for
        # Chinese and Burmese): see core/search.py.
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale)
        results = search_pages(pages, terms, locale.language_code, locale=locale, request=request)
        context.update(paginate(results, request.GET.get("page"), SEARCH_RESULTS_PER_PAGE))
    response = render(request, "search/search.html", context)
    if notice:
        add_never_cache_headers(response)  # a message for this reader: keep it out of shared caches
    return response


@never_cache
def healthz(request):
    """200 when the database answers a trivial query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})
