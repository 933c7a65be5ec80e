"""Where two hits stand in an entry view: overlap, containment."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.index import Hit


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def within(hit: Hit, others: Sequence[Hit]) -> bool:
    """Inside or equal to a claim term: the term's word, not an event word."""
    return any(o.start <= hit.start and hit.end <= o.end for o in others)


def inside_longer(hit: Hit, others: Sequence[Hit]) -> bool:
    size = hit.end - hit.start
    return any(o.start <= hit.start and hit.end <= o.end and o.end - o.start > size
               for o in others)
