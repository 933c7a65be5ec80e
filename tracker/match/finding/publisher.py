"""A paper named after a place: its name is the setting of every item it prints.

The Sumihama Daily writes "the lodging tax took effect" and the Dunmoor Courier
writes "the club hires its new coach": a reader of the paper knows which town and
which club. When the feed's name (or the publisher an aggregator item names) names
one of a claim's required groups that the local press may leave out (a group of
names that lists no catalogue entity, ``omitted.omissible_groups``), an item of that
feed may leave the group out. So may it a required group written out around a name
(« ville de Montbrenac », « montbrenacois ») when the paper's name matches that name
("Le Courrier de Montbrenac", ``omitted.written_around_a_name``); a paper named after
a thing ("Rail Weekly") or a metonym ("Paris" for the government) names no group of
things. A country is never supplied this way: "Japan Wire" prints news of many
countries' dealings with Japan.

``relevance.assess`` still requires the title to name another required group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.feeds.search import SEARCH_FEED_PREFIX
from tracker.match.finding.index import PatternIndex
from tracker.match.text.normalize import Stemmer, fold
from tracker.match.text.view import view_of_texts
from tracker.models import Entry

_CACHE_LIMIT = 4096  # distinct publisher names remembered (a service has few feeds)
NAME_CHARS = 120  # a paper's name is short; an item's <source> is untrusted text
_NONE: Mapping[int, frozenset[str]] = {}


class Publishers:
    """For an entry, the groups each claim (by number) finds named by its publisher."""

    def __init__(self, index: PatternIndex, omissible: Sequence[frozenset[str]],
                 written_around: Sequence[Mapping[str, frozenset[str]]],
                 stemmer: Stemmer) -> None:
        self._index = index
        self._stemmer = stemmer
        self._around = written_around
        self._claims = [(number, groups | written_around[number].keys())
                        for number, groups in enumerate(omissible)
                        if groups or written_around[number]]
        self._named: dict[tuple[str, ...], Mapping[int, frozenset[str]]] = {}

    def groups_named(self, entry: Entry) -> Mapping[int, frozenset[str]]:
        """Claim number -> its omissible groups named by the entry's feed or publisher."""
        if not self._claims:
            return _NONE
        # a search feed's name is made from a claim's id, not a paper's name
        names = tuple(n[:NAME_CHARS] for n in (entry.feed_name, entry.source_name)
                      if n and not n.startswith(SEARCH_FEED_PREFIX))
        if not names:
            return _NONE
        named = self._named.get(names)
        if named is None:
            named = self._read(names)
            if len(self._named) >= _CACHE_LIMIT:
                self._named.clear()
            self._named[names] = named
        return named

    def _read(self, names: tuple[str, ...]) -> Mapping[int, frozenset[str]]:
        pids: set[int] = set()
        for name in names:
            view = view_of_texts(name, "", None, self._stemmer)
            pids.update(pid for _, pid in self._index.scan(view))
        if not pids:
            return _NONE
        named: dict[int, frozenset[str]] = {}
        for number, groups in self._claims:
            around = self._around[number]
            found = frozenset(g.name for g in self._index.claims[number].groups
                              if g.name in groups and any(
                                  g.name not in around or fold(g.terms.get(pid, "")) in
                                  around[g.name] for pid in pids & g.pids))
            if found:
                named[number] = found
        return named
