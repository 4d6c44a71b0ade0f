"""One page of a listing whose cards are kept as fragments (`{% cards %}`, core/fragments.py).

A listing page reads only the ids of the items it shows, in order; the cards already
kept for those ids are read from the cache in one round trip, and only the items
whose cards are not kept yet are loaded, with their pictures and topics, and rendered.
"""


class CardListing:
    """The ids of one page of a listing, in order, and `load(ids)`: those items, ready for cards."""

    def __init__(self, ids, load):
        self.ids = list(ids)
        self._load = load

    def __len__(self):
        return len(self.ids)

    def items(self, ids):
        """The items with `ids`, in that order (one that has gone since is left out)."""
        by_pk = {item.pk: item for item in self._load(ids)}
        return [by_pk[pk] for pk in ids if pk in by_pk]
