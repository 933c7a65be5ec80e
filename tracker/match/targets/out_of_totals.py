"""A count out of a whole: "10 of the 12 clubs", « dix des douze clubs », 12クラブ中10クラブ.

The whole (12) is no count of what a target counts; the count (10) is measured, so a
count equal to the target is the target reached, not restated. The words are data
(``data/numbers.toml``: ``totals``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.match.targets.quantity import Quantity
from tracker.match.text.number_words import NumberWords, is_a_number, number_words
from tracker.match.text.view import EntryView

_JAPANESE_WHOLE = 12  # characters before a Japanese count that may hold its whole


def a_total(view: EntryView, first: int, last: int, table: NumberWords) -> bool:
    """The figure of tokens ``first``..``last`` is the whole a count is out of ("20 of
    64 turbines", "20 éoliennes sur 64", 25基のうち): a figure just before the "of"."""
    tokens = view.tokens
    if view.language == "ja":
        after = "".join(t.raw for t in tokens[last: last + 2])
        return any(word in after for word in table.totals)
    before = [t.raw for t in tokens[max(0, first - 6): first]]
    if view.language == "en" and len(before) > 2 and before[-1] == "s":
        before = before[:-2]  # "24 of the valley's 31 villages": whose whole it is
    before = before[-4:]
    for word in table.totals:
        size = len(word.split())
        if " ".join(before[-size:]) == word and any(
                is_a_number(w, view.language) for w in before[:-size]):
            return True
    return False


def counted_out_of(view: EntryView, first: int, last: int) -> bool:
    """The figure of tokens ``first``..``last`` is a count out of a whole: "of" and a
    figure right after it ("10 of the 12"), or in Japanese a whole and 中 or のうち just
    before it (12クラブ中10クラブ)."""
    table = number_words(view.language)
    if view.language == "ja":
        start = view.token_starts[first]
        words = "|".join(map(re.escape, table.totals))
        return bool(words) and re.search(
            rf"\d\s*\S{{0,4}}?(?:{words})\s*$",
            view.text[max(0, start - _JAPANESE_WHOLE): start]) is not None
    after = [t.raw for t in view.tokens[last + 1: last + 5]]
    for word in table.totals:
        size = len(word.split())
        if (" ".join(after[:size]) == word and len(after) > size
                and is_a_number(after[size], view.language)):
            return True
    return False


WHOLE_REACH = 5  # tokens from a count to the whole it is out of ("24 of the valley's 31")


def as_part_of(view: EntryView, count: Quantity, wholes: Sequence[Quantity],
                totals: Sequence[str]) -> Quantity:
    """A count written with no unit of its own, the whole right after it ("24 of the 31
    villages"): it counts what the whole counts."""
    whole = next((w for w in wholes if 0 < w.first - count.last <= WHOLE_REACH), None)
    if whole is None or view.raw_after(count.last) not in totals:
        return count
    return replace(count, unit=whole.unit)
