"""Whether the news figures of a sentence meet a target claim's figure.

A figure over the target passes it ("achieved": labelling rule 7, confirms); after the
deadline, one short of it misses it ("shortfall": contradicts). A level to fall under
is passed from below; a cap is kept or broken only after the deadline. Which figures
count is ``magnitudes.counted_figures``; the words are data (``data/numbers.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from tracker.match.finding.lexicon import load_lexicon
from tracker.match.targets.level_moves import level_moves
from tracker.match.targets.magnitudes import (
    LEVEL_BAND,
    PERCENT,
    SHORTFALL_SHARE,
    Target,
)
from tracker.match.targets.named_spans import named_spans
from tracker.match.targets.out_of_totals import counted_out_of
from tracker.match.targets.quantity import Quantity
from tracker.match.text.japanese import JapaneseForm, form_after
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import NumberWords, number_words, numbers_table
from tracker.match.text.participles import past_participle
from tracker.match.text.view import EntryView

PAST_BAND = 5.0  # a figure over this multiple of the target counts something else
REACH_AFTER = 2  # words from a figure to a participle of reaching ("1 800 animaux franchi")
REACH_GAP = 3  # words between a reaching verb and its figure ("tops the 12 million mark")


def against_target(view: EntryView, first: int, last: int, counted: Sequence[Quantity],
                   target: Target, late: bool, below: bool = False,
                   restated: bool = False, set_levels: Collection[int] = ()
                   ) -> tuple[Quantity, str] | None:
    """The ``counted`` figure of tokens ``first``–``last`` that passes the target
    ("achieved") or, ``late`` (after the deadline), falls short of it ("shortfall");
    None for none. A figure equal to the target is left out: it is most often the
    target repeated. A sum or a share over another span than the target's ("down
    24% in the first week" against a fall of 20% in the first year) is interim; so is
    a share's change before the deadline that does not name the target's span ("up
    21% in January" against a rise of 15% in the year): it is final only once the
    span is over. A level to fall below (``below``: "inflation will fall below 3%") is
    passed by a figure under it, or by the level itself said passed ("falls below 3%",
    3%を下回る) unless it is ``restated`` as the goal, and missed by one over it.
    ``set_levels`` are the first tokens of figures a rise sets ("raises the minimum
    wage to €1,400"): equal to the target, such a figure is the target met."""
    moves = level_moves(view, counted)
    # "from 3.8% to 4.5%": the level left is neither reached nor missed
    counted = [q for q in counted if q.first not in moves.left]
    if target.exact:
        return _against_level_kept(view, counted, target, late)
    if target.floor:
        return _against_floor(view, counted, target, late)
    if target.ceiling:
        return _against_ceiling(view, counted, target, late)
    if below:
        return _against_level_below(view, counted, target, late, restated)
    named = named_spans(view, first, last) if target.sum_or_share else frozenset()
    if target.period and named and not named & target.period:
        return None
    if (target.unit == PERCENT and target.change and not late
            and not named & target.period):
        return None
    table = number_words(view.language)
    for quantity in counted:
        if target.value < quantity.value <= target.value * PAST_BAND or (
                quantity.value == target.value and (
                    reached_at(view, moves.pair_starts.get(quantity.first, quantity.first),
                               quantity.last, table)
                    or quantity.first in set_levels
                    or counted_out_of(view, quantity.first, quantity.last))):
            return quantity, "achieved"
    for quantity in counted:
        if late and target.value * SHORTFALL_SHARE <= quantity.value < target.value:
            return quantity, "shortfall"
    return None


def _against_level_below(view: EntryView, counted: Sequence[Quantity], target: Target,
                         late: bool, restated: bool) -> tuple[Quantity, str] | None:
    """"Inflation falls to 2.9%" passes a target of falling below 3% (or to 3%: 3.0%
    passes that too), and so does "falls below 3%"; after the deadline, "ends the year
    at 3.4%" misses it (up to ``LEVEL_BAND`` times the level), as does the level itself
    said not passed ("still above 3% in June")."""
    for quantity in counted:
        if quantity.value < target.value or (quantity.value == target.value and (
                target.at_level or (not restated and _said_below(view, quantity)))):
            return quantity, "achieved"
    for quantity in counted:
        if late and (target.value < quantity.value <= target.value * LEVEL_BAND or (
                quantity.value == target.value and _said_below(view, quantity, "above"))):
            return quantity, "shortfall"
    return None


def _against_ceiling(view: EntryView, counted: Sequence[Quantity], target: Target,
                     late: bool) -> tuple[Quantity, str] | None:
    """After the deadline, a figure at or under the cap keeps it ("the school cost
    ¥4.98bn"), one over it (up to ``LEVEL_BAND`` times: a larger one counts something
    else), or the cap itself said passed ("classes exceed 28 pupils"), breaks it. A
    state's cap (``holds``) is broken at any time."""
    for quantity in counted:
        over = target.value < quantity.value <= target.value * LEVEL_BAND or (
            quantity.value == target.value and _said_below(view, quantity, "above"))
        if over and (late or target.holds):
            return quantity, "shortfall"
    for quantity in counted:
        if late and target.value * SHORTFALL_SHARE <= quantity.value <= target.value:
            return quantity, "achieved"
    return None


def _against_level_kept(view: EntryView, counted: Sequence[Quantity], target: Target,
                        late: bool) -> tuple[Quantity, str] | None:
    """A level to stay at ("the fare will remain at $3.20"): another figure of it (within
    ``LEVEL_BAND`` times either way: a farther one counts something else) changes it at
    any time ("fare goes to $3.60"); after the deadline, the level itself keeps it, and
    at any time the level said still held ("fares still at $3.20", « toujours à 3,10
    euros », 依然3.2ドル)."""
    for quantity in counted:
        # a level of nought ("free", "a 0% fee") has no scale: any other figure ends it
        near = target.value == 0 or _set_to(view, quantity) or (
            target.value / LEVEL_BAND <= quantity.value <= target.value * LEVEL_BAND)
        if quantity.value != target.value and near:
            return quantity, "shortfall"
    for quantity in counted:
        if quantity.value == target.value and (late or _said_still(view, quantity)):
            return quantity, "achieved"
    return None


def beside_the_level(view: EntryView, found: Sequence[Quantity],
                     in_sentence: Sequence[Quantity], kept: Collection[int],
                     level: float) -> list[Quantity]:
    """For a ``level`` to stay at, ``found`` less the other figures of a sentence that
    says the level itself kept in another clause (``kept``: the clauses of a word of
    staying): they price something else ("the public rate goes to €16, residents stay
    at €7"). In one clause ("from €7 to €8") the level is left; "raises it to ¥6,000,
    ending a freeze at ¥4,800" keeps nothing."""
    level_clauses = {view.clause_of(q.first) for q in in_sentence
                     if q.value == level} & set(kept)
    return [q for q in found
            if q.value == level or not level_clauses - {view.clause_of(q.first)}]


def _set_to(view: EntryView, quantity: Quantity) -> bool:
    """A figure with a level word ("raises the fine to $250", « porte l'amende à 250
    dollars », 250ドルに引き上げ), not a bound ("up to $250"): the level set, however far
    from the one kept."""
    bound = view.tokens[quantity.first - 2].raw if quantity.first > 1 else ""
    return a_level(view, quantity) and bound not in numbers_table().get(
        view.language, {}).get("bounds", ())


def _said_still(view: EntryView, quantity: Quantity) -> bool:
    """A word of "still" shortly before the figure, in its clause (in Japanese, in the
    characters before it)."""
    words = numbers_table().get(view.language, {}).get("still", [])
    if view.language == "ja":
        start = view.token_starts[quantity.first]
        return any(w in view.text[max(0, start - REACH_GAP * 4): start] for w in words)
    clause = view.clause_of(quantity.first)
    return any(view.tokens[t].raw in words and view.clause_of(t) == clause
               for t in range(max(0, quantity.first - REACH_GAP - 1), quantity.first))


def _against_floor(view: EntryView, counted: Sequence[Quantity], target: Target, late: bool
                   ) -> tuple[Quantity, str] | None:
    """The mirror of a cap: a figure under the floor (down to 1/``LEVEL_BAND`` of it),
    or the floor itself said passed ("slips below 8,000", 8000人割る), breaks it: after
    the deadline, or at any time for a state (``holds``); after the deadline, a figure
    at or over it keeps it, and before it a count out of a whole meets a floor to reach."""
    for quantity in counted:
        under = target.value / LEVEL_BAND <= quantity.value < target.value or (
            quantity.value == target.value and _said_below(view, quantity))
        if under and (late or target.holds):
            return quantity, "shortfall"
    for quantity in counted:
        # "at least 10 clubs within the cap by July": a count measured at it or over it
        # meets a floor to reach (no state to hold) before the deadline too
        if target.value <= quantity.value <= target.value * LEVEL_BAND and (late or (
                not target.holds and counted_out_of(view, quantity.first, quantity.last))):
            return quantity, "achieved"
    return None


def a_level(view: EntryView, quantity: Quantity) -> bool:
    """A level word right before the figure ("to €1,400", "à 1 400 euros") or, in
    Japanese, right after it (1400円に)."""
    table = number_words(view.language)
    if view.language == "ja":  # past the digits and the unit: 1400円に, 2万人へ
        words = "|".join(map(re.escape, table.levels_after))
        # the view writes 4.5%に as "4 5 に"
        pattern = rf"[\d,.]+(?:\s[\d,.]+)*[^\d、。をがは]{{0,10}}?(?:{words})"
        return bool(words) and re.match(
            pattern, view.text[view.token_starts[quantity.first]:]) is not None
    return view.raw_before(quantity.first) in table.levels


def _said_below(view: EntryView, quantity: Quantity, side: str = "below") -> bool:
    """A word of "below" (or of ``side``: "above") right before the figure ("falls
    below 3,800 yen", "sous les 3 800") or, in Japanese, right after it (3800円を下回る,
    3800円割れ)."""
    words = numbers_table().get(view.language, {}).get(side, [])
    if view.language == "ja":
        after = view.text[view.token_starts[quantity.last]:][:REACH_GAP * 4]
        return any(w in after for w in words)
    before = " ".join(t.raw for t in view.tokens[max(0, quantity.first - REACH_GAP):
                                                 quantity.first])
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words)


def reached_at(view: EntryView, first: int, last: int, table: NumberWords | None = None
               ) -> bool:
    """The figure of tokens ``first``..``last`` is said reached: a word of reaching right
    before it ("hits 12 million", "franchit la barre des 12 millions"), a word of now
    ("now has 10 tenants", 現在10社), or its participle right after the figure and its
    unit ("le cap des 1 800 animaux franchi", 1000頭を突破). The target's own figure so
    is reached, not repeated."""
    table = table or number_words(view.language)
    if view.language == "ja":  # 1000頭を突破, 1万件超す, 現在10社
        written = view.text[view.token_starts[last]:][:REACH_GAP * 4]
        start = view.token_starts[first]
        return (any(word in written for word in table.reached_after)
                or _grown_to(view.text[view.token_starts[last]:], table) or any(
                    word in view.text[max(0, start - REACH_GAP * 2): start] for word in table.now))
    before = [t.raw for t in view.tokens[max(0, first - REACH_GAP - 1): first]]
    clause = view.clause_of(last)
    after = [view.tokens[i].raw for i in range(
        last + 1, min(len(view.tokens), last + REACH_AFTER + 1)) if view.clause_of(i) == clause]
    return (any(word in table.reaching or word in table.now for word in before)
            or any(word in table.grown and following in table.levels
                   for word, following in pairwise(before))
            or any(word in table.reached_after for word in after)
            or _now_done(view, last, clause, table))


def _grown_to(following: str, table: NumberWords) -> bool:
    """A Japanese figure's count grown to it, told as done (停留所を20カ所に拡大); not a plan
    (20カ所に拡大へ) or a description (20カ所に拡大する計画)."""
    for word in table.grown:
        at = following.find(word, 0, REACH_GAP * 4)
        if at >= 0 and form_after(following[at + len(word):]) is JapaneseForm.DONE:
            return True
    return False


def _now_done(view: EntryView, last: int, clause: int, table: NumberWords) -> bool:
    """A word of now before a past participle after the figure, in its clause ("1,200
    hectares of seagrass now mapped", « 1 200 hectares désormais cartographiés »)."""
    lexicon = load_lexicon()
    end = view.clause_span(clause)[1]
    words = [t.raw for t in view.tokens[last + 1: end + 1]]
    return any(word in table.now and past_participle(lexicon, following, view.language)
               for word, following in pairwise(words))


def written_in(words: Sequence[str], sentence: str, language: str) -> bool:
    """One of the marker ``words`` is written in the sentence (folded text): whole words
    in Latin text, anywhere in Japanese. With ``final_words`` ("the final cost came to
    ¥44.8bn", 最終的な事業費) a cap or a floor is kept or broken by its figure even
    before the deadline; with ``interim_words`` a shortfall is only so far."""
    if language == "ja":
        return any(w in sentence for w in words)
    return any(f" {fold(w)} " in f" {sentence} " for w in words)
