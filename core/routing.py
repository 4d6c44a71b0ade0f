"""Routing a request to its page in one query, not two per level of the tree.

Wagtail's `Page.route` finds a page one level at a time: each level looks up the
child by its slug and then loads that child's specific type, two queries a level
(a story three levels down costs six). Every page's `url_path` already spells its
place in the tree, so the pages along the requested path are read in one query
and only the page that answers is loaded as its specific type.

The result is the one Wagtail's own walk gives: a page with sub-routes
(RoutablePageMixin) on the way answers first when one of its routes matches the
rest of the path, as it would have when the walk reached it; a missing level is
a 404; the page that answers decides itself whether it is live.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def pages_along(page, path_components):
    """The descendants of `page` named by the path, one per level, nearest first; stops at a gap."""
    prefixes = [
        page.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)
    ]
    found = Page.objects.filter(url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth)
    chain = []
    for each in found.order_by("depth"):
        if each.depth != page.depth + 1 + len(chain):
            break
        chain.append(each)
    return chain


def _has_sub_route(page, remaining):
    """True when `page` has sub-routes and one of them matches `remaining` (as its own route would try)."""
    page_class = page.specific_class
    if page_class is None or not issubclass(page_class, RoutablePageMixin) or not page.live:
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except (Resolver404, Http404):
        return False
    return True


def route_in_one_query(page, request, path_components):
    """Wagtail's RouteResult for `path_components` below `page`, reading the path's pages at once."""
    chain = pages_along(page, path_components)
    if not chain:
        raise Http404
    parent = page
    for depth, each in enumerate(chain):
        each._cached_parent_obj = parent  # as Wagtail's walk does: get_parent() needs no query
        remaining = path_components[depth + 1 :]
        if each is chain[-1] or _has_sub_route(each, remaining):
            return each.specific.route(request, remaining)
        parent = each
    raise Http404  # not reached: the last page of the chain always answers
