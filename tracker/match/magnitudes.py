"""Figures read with their size and unit, against the figure a target claim names.

"Quenby airport will handle 5 million passengers a year": a figure in the news is read
with its scale word ("5.3 million", "4,6 millions de passagers", 500万人) and the word
it counts, so 5.3 million passengers is the target met (labelling rule 7: confirms)
and, after the deadline, 4.6 million is a shortfall (contradicts). Anything else stays
an interim figure. A figure is left out when it is a total ("20 of 64 turbines"), a
target ("raises its goal to 900,000", "a 5 million target"), or counted over another
span than the target's ("120,000 in the second quarter" against a monthly rate). The
words are data (``data/numbers.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tracker.match.normalize import fold
from tracker.match.number_words import (
    NumberWords,
    japanese_time_counters,
    number_words,
    numbers_table,
)
from tracker.match.view import EntryView

UNIT_REACH = 2  # words from a figure to the word it counts ("118,000 active wallets")
MEASURE_REACH = 3  # words between a figure and a target word that makes it a target
COUNT_BAND = 2.0  # a Japanese count this many times off the target counts something else
LEVEL_BAND = 2.0  # above this multiple of a level to fall under, a figure counts else
SHORTFALL_SHARE = 0.1  # below this share of the target, a figure counts something else
LARGE = 100_000  # a figure this large with no unit after it may be the target's count
REACH_GAP = 3  # words between a reaching verb and its figure ("tops the 12 million mark")
_YEARS = range(1900, 2101)


PERCENT = "%"
"""The unit of a share (``amounts``)."""


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    first: int  # its first token
    last: int  # its last token (the scale word, when there is one)
    unit: str  # the matching form of the word it counts ("" when none)
    text: str = ""  # as written, when its tokens hold more (70億円 in 億円の拠出)


@dataclass(frozen=True, slots=True)
class Target:
    value: float
    unit: str  # the matching form of the word it counts ("passeng")
    spans: frozenset[str]  # what it is a rate over ({"year"}), or nothing
    # the matching forms of the words of the claim's group that holds the unit
    # ("travellers", "passagers")
    units: frozenset[str] = frozenset()
    sum_or_share: bool = False  # a sum of money or a share: its unit is "euro" or "%"
    change: bool = False  # "cut costs by €80m": news of a level ("to €1.12bn") is no change
    # for a sum or a share, the spans the statement names, rate or not ("in its first
    # year" -> {"year"}): a share is no sum over time, another span's is no news of it
    period: frozenset[str] = frozenset()
    # a level to fall under ("inflation will fall below 3%"): passed by a figure under
    # it; a level to fall to ("cut the quota to 38,000 t") is set, not passed
    below: bool = False
    # a rate to come down to ("inflation will come down to 3%"): passed at the level too
    at_level: bool = False


def names_a_level_below(text: str, language: str) -> bool:
    """The statement sets a level to fall under ("below 3%", "sous les 3 %", 3%を下回る)."""
    words = numbers_table().get(language, {}).get("below", [])
    folded = fold(text)
    if language == "ja":
        return any(w in folded for w in words)
    return any(re.search(rf"\b{re.escape(w)}\b", folded) for w in words)


def quantities(view: EntryView, first: int, last: int) -> list[Quantity]:
    """The figures between tokens ``first`` and ``last``, with their size and unit."""
    table = number_words(view.language)
    tokens = view.tokens
    found: list[Quantity] = []
    i = first
    while i <= last:
        raw = tokens[i].raw
        value = table.words.get(raw)
        end = i
        if raw.isdigit():
            value, end = _digits(view, i, last)
        if value is None:
            i += 1
            continue
        scale = _scale(table, tokens[end + 1].raw if end < last else "", view.language)
        if scale:
            value *= scale
            end += view.language != "ja"  # a Japanese scale starts the next token
        if scale or not (value.is_integer() and int(value) in _YEARS):
            found.append(Quantity(value, i, end, _unit(view, end, last, table)))
        i = end + 1
    return found


def _digits(view: EntryView, at: int, last: int) -> tuple[float, int]:
    """"5 300 000" (digit groups the tokenizer split) or "5.3" / "4,6" (a decimal)."""
    tokens, end = view.tokens, at
    while end < last and tokens[end + 1].raw.isdigit() and len(tokens[end + 1].raw) == 3:
        end += 1
    if end > at:
        return float("".join(t.raw for t in tokens[at: end + 1])), end
    nxt = tokens[at + 1].raw if at < last else ""
    sentence = fold(view.sentences[view.sentence_at(view.token_starts[at])])
    if nxt.isdigit() and re.search(rf"(?<![\d.,]){tokens[at].raw}[.,]{nxt}(?![\d.,])", sentence):
        return float(f"{tokens[at].raw}.{nxt}"), at + 1
    return float(tokens[at].raw), at


def _scale(table: NumberWords, word: str, language: str) -> float | None:
    if language == "ja":
        return next((v for k, v in table.scales.items() if word.startswith(k)), None)
    return table.scales.get(word)


def _unit(view: EntryView, end: int, last: int, table: NumberWords) -> str:
    """The word a figure counts: the first after it, past a linking "de"/"of"."""
    for token in view.tokens[end + 1: min(last, end + UNIT_REACH + 1) + 1]:
        if token.raw not in table.links and not token.raw.isdigit():
            return token.norm
    return ""


def read_target(view: EntryView, groups: Sequence[frozenset[str]]) -> Target | None:
    """The figure a target claim's statement names, its unit and its span. ``groups``
    are the claim's groups, as the matching forms of their Latin words."""
    first, last = view.sentence_span(0)
    found = [q for q in quantities(view, first, last) if q.unit]
    if not found:
        return None
    # the one after a level word ("from 62 to 64", "cut from 52,000 to 38,000"), else
    # the largest ("over five buildings to 300 MW")
    levels = number_words(view.language).levels
    reached = [q for q in found if q.first > first and view.tokens[q.first - 1].raw in levels]
    target = max(reached or found, key=lambda q: q.value)
    unit = target.unit
    latin = frozenset({unit}).union(*(words for words in groups if unit in words))
    before = view.tokens[target.first - 1].raw if target.first > first else ""
    return Target(target.value, unit, named_spans(view, first, last, rates_only=True), latin,
                  change=before in number_words(view.language).changes)


def named_spans(view: EntryView, first: int, last: int, rates_only: bool = False
                ) -> frozenset[str]:
    """The spans the tokens name ("in 18 months" -> {"month"}; 月産 -> {"month"}); with
    ``rates_only``, those a rate is counted over ("a month", "monthly")."""
    table = number_words(view.language)
    if view.language == "ja":
        text = "".join(t.raw for t in view.tokens[first: last + 1])
        return frozenset(unit for word, unit in table.spans.items() if word in text
                         and (not rates_only or word in table.rate_adjectives))
    tokens = view.tokens
    return frozenset(table.spans[t.raw] for i, t in enumerate(tokens[first: last + 1], first)
                     if t.raw in table.spans and (
                         not rates_only or t.raw in table.rate_adjectives
                         or (i > first and tokens[i - 1].raw in table.rates)))


def counted_figures(view: EntryView, first: int, last: int, target: Target,
                    candidates: Sequence[Quantity], measures: Sequence[tuple[int, int]]
                    ) -> list[Quantity]:
    """The ``candidates`` of tokens ``first``–``last`` (counts, or sums and shares
    for a target that is one) that count what ``target`` counts: not a total, not a
    target, not over another span. ``measures`` are the token spans of target words."""
    named = named_spans(view, first, last)
    if target.spans and named and not named & target.spans:
        return []  # counted over another span
    table = number_words(view.language)
    return [q for q in candidates
            if not (target.change and q.first > 0 and view.tokens[q.first - 1].raw in table.levels)
            and (q.unit in target.units or _unit_left_out(view, q, target, table)
                 or _japanese_count(view, q, target))
            and not _a_total(view, q, table) and not _a_target(view, q, measures)]


def _japanese_count(view: EntryView, quantity: Quantity, target: Target) -> bool:
    """A Japanese count (100万トン, 41万人): its counter is no word of the target's
    language, so any counter but one of time, age or rank counts, in a clause that
    names what the target counts (the caller's candidates), within ``COUNT_BAND`` times
    the target: 96万キロワット is no count of a 950 MW target."""
    if (view.language != "ja" or target.sum_or_share
            or not target.value / COUNT_BAND <= quantity.value <= target.value * COUNT_BAND):
        return False
    counter = quantity.unit.lstrip("".join(number_words("ja").scales))
    return bool(counter) and not counter.startswith(japanese_time_counters())


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
        if quantity.value > target.value or (quantity.value == target.value and (
                _reached(view, quantity, table) or quantity.first in set_levels)):
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


def _unit_left_out(view: EntryView, quantity: Quantity, target: Target,
                   table: NumberWords) -> bool:
    """A large figure with no word of its own after it in its clause ("traffic stalls at
    10.8 million", "rose to 12.3 million last year"), near a large target: it counts
    what the target counts."""
    if target.value < LARGE or not LARGE <= quantity.value <= 2 * target.value:
        return False
    after = quantity.last + 1
    return (after >= len(view.tokens) or view.clause_of(after) != view.clause_of(quantity.last)
            or view.sentence_at(view.token_starts[after]) != view.sentence_at(
                view.token_starts[quantity.last])
            or view.tokens[after].raw in table.unit_gaps)


def a_level(view: EntryView, quantity: Quantity) -> bool:
    """A level word right before the figure ("to €1,400", "à 1 400 euros") or, in
    Japanese, right after it (1400円に)."""
    table = number_words(view.language)
    if view.language == "ja":  # past the digits and the unit: 1400円に, 2万人へ
        words = "|".join(map(re.escape, table.levels_after))
        return bool(words) and re.match(rf"[\d,.]+[^\d、。をがは]{{0,6}}?(?:{words})", view.text[
            view.token_starts[quantity.first]:]) is not None
    return quantity.first > 0 and view.tokens[quantity.first - 1].raw in table.levels


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


def _reached(view: EntryView, quantity: Quantity, table: NumberWords) -> bool:
    """A word of reaching right before the figure ("hits 12 million", "franchit la barre
    des 12 millions"): the target's own figure reached, not repeated."""
    before = [t.raw for t in view.tokens[max(0, quantity.first - REACH_GAP - 1): quantity.first]]
    return any(word in table.reaching for word in before)


def _a_total(view: EntryView, quantity: Quantity, table: NumberWords) -> bool:
    """"20 of 64 turbines", "20 éoliennes sur 64", 25基のうち: the whole a count is out
    of (a figure just before the "of"), not a count."""
    tokens = view.tokens
    if view.language == "ja":
        after = "".join(t.raw for t in tokens[quantity.last: quantity.last + 2])
        return any(word in after for word in table.totals)
    before = [t.raw for t in tokens[max(0, quantity.first - 4): quantity.first]]
    for word in table.totals:
        size = len(word.split())
        if " ".join(before[-size:]) == word and any(w.isdigit() for w in before[:-size]):
            return True
    return False


def _a_target(view: EntryView, quantity: Quantity, measures: Sequence[tuple[int, int]]) -> bool:
    """A target word a few words before the figure, or after it in its clause: "goal to
    900,000", "objectif : 24 satellites", "a 5 million target", 目標80万人 (not "stalls
    at 10.8 million, missing its target")."""
    clause = view.clause_of(quantity.last)
    return any(quantity.first - MEASURE_REACH <= last and first <= quantity.last + MEASURE_REACH
               and (first < quantity.first or view.clause_of(first) == clause)
               for first, last in measures)
