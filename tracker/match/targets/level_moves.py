"""A move from one figure to another: "rises from 3.8% to 4.5%", « passent de 3,8 % à
4,5 % », 3.8%から4.5%に引き上げ.

The first figure is the level left: neither the target reached nor missed. The
second is read with the words before the pair: "passent" before « de 3,8 % » reaches
the 4,5 % after it. The words are data (``data/numbers.toml``: ``origins``,
``origins_after``, ``levels``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.match.targets.quantity import Quantity
from tracker.match.text.number_words import NumberWords, is_a_number, number_words
from tracker.match.text.view import EntryView

PAIR_GAP = 2  # tokens between the first figure and the level word ("3.8 per cent to")


@dataclass(frozen=True, slots=True)
class LevelMoves:
    left: frozenset[int] = frozenset()  # first tokens of the levels left
    # first token of each level reached -> first token of its pair (the origin word)
    pair_starts: dict[int, int] = field(default_factory=dict)


def level_moves(view: EntryView, quantities: Sequence[Quantity]) -> LevelMoves:
    """The from–to pairs among ``quantities`` (figures of one sentence)."""
    table = number_words(view.language)
    if view.language == "ja":
        return LevelMoves(frozenset(q.first for q in quantities
                                    if _left_in_japanese(view, q, table)))
    if not table.origins:
        return LevelMoves()
    left: set[int] = set()
    starts: dict[int, int] = {}
    for quantity in quantities:
        origin = quantity.first - 1
        if origin < 0 or view.tokens[origin].raw not in table.origins:
            continue
        reached = _level_after(view, quantity, table)
        if reached is not None:
            left.add(quantity.first)
            starts[reached] = origin
    return LevelMoves(frozenset(left), starts)


def _level_after(view: EntryView, quantity: Quantity, table: NumberWords) -> int | None:
    """The first token of the figure a level word sets a few tokens after ``quantity``,
    in its clause ("3.8% to 4.5%"), or None."""
    clause = view.clause_of(quantity.last)
    tokens = view.tokens
    for level in range(quantity.last + 1, min(len(tokens) - 1, quantity.last + PAIR_GAP + 2)):
        if view.clause_of(level + 1) != clause:
            return None
        following = tokens[level + 1].raw
        if tokens[level].raw in table.levels and (
                following[:1].isdigit() or is_a_number(following, view.language)):
            return level + 1
    return None


def _left_in_japanese(view: EntryView, quantity: Quantity, table: NumberWords) -> bool:
    """3.8%から4.5%に: the origin word after the figure and its counter, a figure after
    it (the view writes 3.8 as "3 8")."""
    if not table.origins_after:
        return False
    words = "|".join(map(re.escape, table.origins_after))
    after = view.text[view.token_starts[quantity.last]:]
    return re.match(rf"[\d,.]+[^\d\s、。をがは]{{0,6}}?\s*(?:{words})\s*\d", after) is not None
