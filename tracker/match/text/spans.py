"""Where two hits stand in an entry view: overlap, containment."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def within(hit: Hit, others: Sequence[Hit]) -> bool:
    """Inside or equal to a claim term: the term's word, not an event word."""
    return any(o.start <= hit.start and hit.end <= o.end for o in others)


def inside_longer(hit: Hit, others: Sequence[Hit]) -> bool:
    size = hit.end - hit.start
    return any(o.start <= hit.start and hit.end <= o.end and o.end - o.start > size
               for o in others)


def runs_into(modifier: Hit, name: Hit) -> bool:
    """The modifier starts before a multi-word name and ends inside it, or starts
    inside it and ends after it: it overlaps the name without holding it whole."""
    return (modifier.start < name.end and name.start < modifier.end
            and not (modifier.start <= name.start and name.end <= modifier.end)
            and not (name.start <= modifier.start and modifier.end <= name.end))
