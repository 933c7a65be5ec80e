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
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.match.targets.measures import converted
from tracker.match.targets.month_days import a_day_of_a_month
from tracker.match.targets.named_spans import named_spans
from tracker.match.targets.out_of_totals import a_total, as_part_of
from tracker.match.targets.quantity import Quantity
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import (
    NumberWords,
    japanese_time_counters,
    number_words,
    numbers_table,
)
from tracker.match.text.rates import a_rate_unit
from tracker.match.text.tallies import tally_tokens
from tracker.match.text.view import EntryView

UNIT_REACH = 2  # words from a figure to the word it counts ("118,000 active wallets")
RATE_BEFORE = 3  # tokens from a rate word to the figure it counts ("a monthly target of 40")
RATE_AFTER = 2  # tokens from the counted word to a rate word ("40,000 cars a month")
MEASURE_REACH = 3  # words between a figure and a target word that makes it a target
COUNT_BAND = 2.0  # a Japanese count this many times over the target counts something else
COUNT_FLOOR = 10.0  # ... or this many times under it (an interim count is often far under)
LEVEL_BAND = 2.0  # above this multiple of a level to fall under, a figure counts else
SHORTFALL_SHARE = 0.1  # below this share of the target, a figure counts something else
LARGE = 100_000  # a figure this large with no unit after it may be the target's count
YEARS = range(1900, 2101)  # a four-digit figure in it is a year


PERCENT = "%"
"""The unit of a share (``amounts``)."""


@dataclass(frozen=True, slots=True)
class Target:
    value: float
    unit: str  # the matching form of the word it counts ("passeng")
    spans: frozenset[str]  # what it is a rate over ({"year"}), or nothing
    # the matching forms of the words of the claim's group that holds the unit
    # ("travellers", "passagers")
    units: frozenset[str] = frozenset()
    # the name of the one required group that holds the unit ("riders" for "900,000
    # journeys"): a title with the target's own figure may leave it out
    counted_group: str = ""
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
    # a cap not to pass ("the cost will stay below ¥5.2bn"): kept or broken only once
    # the deadline is past; before, every figure is interim
    ceiling: bool = False
    # a level not to fall under ("will not fall below 8,000"): kept or broken once the
    # deadline is past, like a cap
    floor: bool = False
    # a state's bound ("the population will stay above 8,000 until 2030"): crossing it
    # at any time breaks the state; before the deadline, a figure within it is interim
    holds: bool = False
    # a state's level to stay at ("the fare will remain at $3.20"): any other figure of
    # what it counts, up or down, changes it at any time
    exact: bool = False
    # the whole a count is out of ("24 of the 31 villages"): that figure alone tells the
    # whole again ("the valley counts 31 villages"), no count reached
    whole: float | None = None


def quantities(view: EntryView, first: int, last: int) -> list[Quantity]:
    """The figures between tokens ``first`` and ``last``, with their size and unit."""
    table = number_words(view.language)
    tokens = view.tokens
    found: list[Quantity] = []
    tally = tally_tokens(view, first, last)  # "voted 4-1": how a body voted, no count
    i = first
    while i <= last:
        raw = tokens[i].raw
        if i in tally:
            i += 1
            continue
        if (joined := _unit_written_on(raw)) is not None:  # "30mw", 出力30MW
            found.append(Quantity(joined[0], i, i, joined[1]))
            i += 1
            continue
        value = table.words.get(raw)
        end = i
        if raw in table.tens:  # "twenty-seven", « vingt-sept », « vingt et un »
            value = table.tens[raw]
            skip = 1 if i + 2 <= last and tokens[i + 1].raw in table.links_of_tens else 0
            ones = table.words.get(tokens[i + 1 + skip].raw, 10) if i + skip < last else 10
            if ones < 10:
                value, end = value + ones, i + 1 + skip
        if raw.isdigit():
            value, end = _digits(view, i, last)
        # a year is written in one group: "2,050 teachers" (two) is a count, and so is
        # a Japanese number with a counter other than 年 (2000人)
        one_group = end == i and not _counted_in_japanese(view, i)
        if value is None:
            i += 1
            continue
        scale = _scale(table, tokens[end + 1].raw if end < last else "", view.language)
        if raw in table.articles and not scale:  # « un médecin »: an article, not 1
            i += 1
            continue
        if scale:
            value *= scale
            if view.language == "ja":  # a Japanese scale starts the next token
                value, end = _japanese_remainder(view, table, value, end, last, scale)
            else:
                end += 1
        unit = _unit(view, end, last, table)
        if not scale and a_day_of_a_month(view, i, end, unit, value):
            i = end + 1
            continue
        if scale or not (one_group and value.is_integer() and int(value) in YEARS):
            found.append(Quantity(value, i, end, unit))
        i = end + 1
    return found


_JOINED = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")


def _unit_written_on(raw: str) -> tuple[float, str] | None:
    """A figure with a unit of measure written onto it ("30mw"), as value and unit."""
    match = _JOINED.fullmatch(raw)
    if match is None or match.group(2) not in numbers_table()["amounts"].get("units", ()):
        return None
    return float(match.group(1)), match.group(2)


def _counted_in_japanese(view: EntryView, at: int) -> bool:
    """A Japanese number with a word after it other than 年 (the view's text has a
    space between tokens, so the next token is read, not the next character)."""
    if view.language != "ja" or at + 1 >= len(view.tokens):
        return False
    return not view.tokens[at + 1].raw.startswith("年")


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
    if language == "ja":  # 千万 is a thousand ten-thousands
        scale = None
        for char in word:
            factor = table.scales.get(char)
            if factor is None:
                break
            scale = factor if scale is None else scale * factor
        return scale
    return table.scales.get(word)


def _japanese_remainder(view: EntryView, table: NumberWords, value: float, end: int,
                        last: int, scale: float) -> tuple[float, int]:
    """49億8千万 is 4,980,000,000 and 5億9600万 596,000,000: after a scale word standing
    alone, digits with a smaller scale add to the figure, and so do digits with none
    (1万2340人 is 12,340)."""
    tokens = view.tokens
    while (end + 2 <= last and _scale(table, tokens[end + 1].raw, "ja") == scale
           and all(c in table.scales for c in tokens[end + 1].raw)
           and tokens[end + 2].raw.isdigit()):
        smaller = _scale(table, tokens[end + 3].raw, "ja") if end + 3 <= last else None
        if smaller is None:
            if float(tokens[end + 2].raw) < scale:
                value, end = value + float(tokens[end + 2].raw), end + 2
            break
        if smaller >= scale:
            break
        value += float(tokens[end + 2].raw) * smaller
        end, scale = end + 2, smaller
    return value, end


def _unit(view: EntryView, end: int, last: int, table: NumberWords) -> str:
    """The word a figure counts: the first after it, past a linking "de"/"of", and
    past another figure with its measure ("1,260 new 80 km/h signs" counts signs)."""
    reach = end + UNIT_REACH + 1
    after_a_figure = False
    at = end + 1
    while at <= min(last, reach):
        raw = view.tokens[at].raw
        if after_a_figure and raw in table.measures:
            reach += 1  # the other figure's unit, no word of this one
        elif raw.isdigit():
            after_a_figure = True
        elif raw not in table.links:
            return view.tokens[at].norm
        at += 1
    return ""


def read_target(view: EntryView, groups: Sequence[frozenset[str]]) -> Target | None:
    """The figure a target claim's statement names, its unit and its span. ``groups``
    are the claim's groups, as the matching forms of their Latin words."""
    first, last = view.sentence_span(0)
    found = [q for q in quantities(view, first, last) if q.unit]
    # "24 of the 31 villages": the whole is no target; the count counts what it does
    table = number_words(view.language)
    wholes = [q for q in found if a_total(view, q.first, q.last, table)]
    found = [as_part_of(view, q, wholes, table.totals) for q in found if q not in wholes] or found
    whole = next((w.value for w in wholes if w not in found), None)
    if not found:
        return None
    # the one after a level word ("from 62 to 64", "cut from 52,000 to 38,000"), else
    # the largest ("over five buildings to 300 MW")
    levels = number_words(view.language).levels
    reached = [q for q in found if q.first > first and view.tokens[q.first - 1].raw in levels]
    target = max(reached or found, key=lambda q: q.value)
    unit = target.unit
    # "1,500 Kelthorne council staff": each word of the claim's groups in the figure's
    # noun phrase names what it counts, the place's name and the staff alike
    phrase = {t.norm for t in view.tokens[target.last + 1: min(last, target.last + UNIT_REACH) + 1]}
    latin = frozenset({unit}).union(*(words for words in groups
                                      if unit in words or words & phrase))
    before = view.tokens[target.first - 1].raw if target.first > first else ""
    # "weekly collections will gather 9,000 tonnes in their first year": a rate word
    # far from the figure says how often something else happens
    near = (max(first, target.first - RATE_BEFORE),
            min(last, target.last + UNIT_REACH + RATE_AFTER))
    return Target(target.value, unit, named_spans(view, *near, rates_only=True), latin,
                  change=before in number_words(view.language).changes, whole=whole)


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
    wholes = [q for q in candidates if a_total(view, q.first, q.last, table)]
    candidates = [_in_units_of(as_part_of(view, q, wholes, table.totals), target.unit)
                  for q in candidates]
    return [q for q in candidates
            if not (target.change and view.raw_before(q.first) in table.levels)
            and (q.unit in target.units or _unit_left_out(view, q, target, table)
                 or _japanese_count(view, q, target))
            and not a_total(view, q.first, q.last, table) and not _a_target(view, q, measures)
            and q.value != target.whole
            and not a_rate_unit(view, q.first, q.last)]  # 1学年2学級: the 1 counts nothing


def _in_units_of(quantity: Quantity, unit: str) -> Quantity:
    """"30,000 kilowatts" for a target in MW is 30 MW (measures.py). A Japanese unit
    keeps what follows it (3万キロワットに: に makes it a level)."""
    value = converted(quantity.value, quantity.unit, unit)
    if value is None:
        return quantity
    return replace(quantity, value=value, unit=unit if quantity.unit.isascii() else quantity.unit)


def _japanese_count(view: EntryView, quantity: Quantity, target: Target) -> bool:
    """A Japanese count (100万トン, 41万人): its counter is no word of the target's
    language, so any counter but one of time, age or rank counts, in a clause that
    names what the target counts (the caller's candidates), up to ``COUNT_BAND`` times
    the target and down to 1/``COUNT_FLOOR`` of it (来場者100万人 of 400万 so far):
    96万キロワット is no count of a 950 MW target."""
    if (view.language != "ja" or target.sum_or_share
            or not target.value / COUNT_FLOOR <= quantity.value <= target.value * COUNT_BAND):
        return False
    scales = "".join(number_words("ja").scales)
    counter = quantity.unit.lstrip(scales)
    # 7万回 counts take-offs: a scaled figure is no time, age or rank (3回 is a frequency)
    scaled = quantity.last > quantity.first or counter != quantity.unit
    return bool(counter) and (scaled or not counter.startswith(japanese_time_counters()))


def _unit_left_out(view: EntryView, quantity: Quantity, target: Target,
                   table: NumberWords) -> bool:
    """A large figure with no word of its own after it in its clause ("traffic stalls at
    10.8 million", "rose to 12.3 million last year"), near a large target: it counts
    what the target counts. For a state's bound, any figure in digits near it does
    ("population slips below 8,000")."""
    if target.holds:  # the caller's clauses name what the state counts
        # not a word ("une modification") nor a span of time (1日2隻: "a day")
        return (view.tokens[quantity.first].raw[:1].isdigit()
                and not (view.language == "ja"
                         and quantity.unit.startswith(japanese_time_counters()))
                and target.value / LEVEL_BAND <= quantity.value <= target.value * LEVEL_BAND)
    if target.value < LARGE or not LARGE <= quantity.value <= 2 * target.value:
        return False
    after = quantity.last + 1
    return (after >= len(view.tokens) or view.clause_of(after) != view.clause_of(quantity.last)
            or view.sentence_at(view.token_starts[after]) != view.sentence_at(
                view.token_starts[quantity.last])
            or view.tokens[after].raw in table.unit_gaps)


def _a_target(view: EntryView, quantity: Quantity, measures: Sequence[tuple[int, int]]) -> bool:
    """A target word a few words before the figure, or after it in its clause: "goal to
    900,000", "objectif : 24 satellites", "a 5 million target", 目標80万人 (not "stalls
    at 10.8 million, missing its target")."""
    clause = view.clause_of(quantity.last)
    return any(quantity.first - MEASURE_REACH <= last and first <= quantity.last + MEASURE_REACH
               and (first < quantity.first or view.clause_of(first) == clause)
               for first, last in measures)
