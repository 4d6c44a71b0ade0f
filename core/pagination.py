"""One pagination helper for every listing, so bad page numbers are handled once."""

from django.core.paginator import Paginator


def paginate(items, page_number, per_page, count=None):
    """Template context for one page of `items`.

    A page number that is not a number, or out of range (`abc`, `0`, `-1`,
    `99999`), gives the first or the last page instead of an error: a reader
    following an old or mistyped link still lands somewhere useful.
    `count`, when given, is the number of items (saves counting them again).
    """
    paginator = Paginator(items, per_page)
    if count is not None:  # the caller already knows how many there are: skip the COUNT query
        paginator.count = count
    page_obj = paginator.get_page(page_number)
    elided_range = paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    return {"page_obj": page_obj, "elided_range": list(elided_range)}


def listing_address(page, page_obj, filtered):
    """What search engines should make of one view of a listing page.

    Each page of the unfiltered listing is its own canonical address (page 2
    is `?page=2`: its items are not on page 1). A filtered view is
    `noindex, follow` and names no canonical: everything on it is on the
    unfiltered pages, so search engines follow its links but do not list it.
    """
    if filtered:
        return {"robots_noindex": True}
    url = page.full_url
    if not url:  # a page outside any site (a preview): no address to name
        return {}
    suffix = f"?page={page_obj.number}" if page_obj.number > 1 else ""
    return {"canonical_url": url + suffix}
