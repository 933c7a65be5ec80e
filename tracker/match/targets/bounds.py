"""The bound a target's or a state's statement sets on its figure: a level to fall
under ("below 3%"), a cap ("within ¥5.2bn"), a floor ("will not fall below 8,000") or a
level to stay at ("will remain at $3.20"). The words are data (``data/numbers.toml``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from tracker.match.targets.magnitudes import YEARS, Target
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import japanese_time_counters, number_words, numbers_table
from tracker.match.text.time_words import a_calendar_name


def names_a_level_below(text: str, language: str) -> bool:
    """The statement sets a level to fall under ("below 3%", "sous les 3 %", 3%を下回る)."""
    words = numbers_table().get(language, {}).get("below", [])
    folded = fold(text)
    if language == "ja":
        return any(w in folded for w in words)
    return any(re.search(rf"\b{re.escape(w)}\b", folded) for w in words)


def names_a_ceiling(text: str, language: str, below_too: bool = False) -> bool:
    """The statement sets a cap not to pass: a ceiling word before a figure ("within
    ¥5.2bn", "ne pas dépasser 5 millions") or, in Japanese, after one that counts no
    time (52億円以内, not 3年以内). ``below_too``: a "below" word counts as one too
    ("stay below ¥5.2bn", for a statement with no verb of falling)."""
    table = numbers_table().get(language, {})
    words = [*table.get("ceiling", ()), *(table.get("below", ()) if below_too else ())]
    return _bound_by_a_figure(fold(text), words, language)


def names_a_floor(text: str, language: str, state: bool = False) -> bool:
    """The statement sets a level not to fall under: a floor word before a figure ("not
    fall below 8,000", "stay above"), or after one in Japanese (8000人を割り込ませない).
    For a ``state``, "at least", "above" or "or more" make one too (for a target, they
    name the figure to reach)."""
    table = numbers_table().get(language, {})
    words = [*table.get("floor", ()), *(table.get("floor_state", ()) if state else ())]
    after = table.get("floor_after", ()) if state else ()
    folded = fold(text)
    if _bound_by_a_figure(folded, words, language):
        return True
    follows = "|".join(map(re.escape, after))
    return bool(after) and re.search(rf"\d\W*(?:[^\W\d]+\W+){{0,2}}?(?:{follows})\b",
                                     folded) is not None


def _bound_by_a_figure(folded: str, words: Sequence[str], language: str) -> bool:
    """One of ``words`` before a figure (up to four words between), or in Japanese right
    after one that counts no time (52億円以内, not 3年以内)."""
    if not words:
        return False
    alternatives = "|".join(map(re.escape, words))
    if language == "ja":
        times = japanese_time_counters()
        return any(not m.group(1).endswith(times) for m in re.finditer(
            rf"(\d[^\d、。]{{0,4}}?)(?:{alternatives})", folded))
    figure, time_after = _latin_figure(language)
    # a year is no figure: "until at least the end of 2028" bounds a time; nor is a day
    # ("until at least March 31, 2028", « au moins jusqu'au 31 mars »), nor a count of
    # time: "within its first six months", "at least five years"
    return any(not _a_year(m.group(1)) and not _a_day(folded, m)
               and not (time_after and time_after.match(folded, m.end(1)))
               for m in re.finditer(
                   rf"\b(?:{alternatives})\b\W+(?:[^\W\d]+\W+){{0,4}}?({figure})", folded))


def _a_day(folded: str, found: re.Match[str]) -> bool:
    """The figure is a day of a month: a month name just before it or right after it."""
    before = re.findall(r"[^\W\d]+", folded[found.start(): found.start(1)])
    after = re.match(r"\W+([^\W\d]+)", folded[found.end(1):])
    return bool(before and a_calendar_name(before[-1])) or bool(
        after and a_calendar_name(after.group(1)))


@cache
def _latin_figure(language: str) -> tuple[str, re.Pattern[str] | None]:
    """A figure in digits or as a number word ("remain at two ships a day"), and what
    after it makes it a count of time ("six months"), for ``language`` (read once)."""
    table = number_words(language)
    spelled = "|".join(map(re.escape, table.words))
    figure = r"[\d$€£¥](?:[\d.,]*\d)?" + (rf"|(?:{spelled})\b" if spelled else "")
    spans = "|".join(map(re.escape, [*table.spans,
                                     *numbers_table().get(language, {}).get("durations", ())]))
    return figure, re.compile(rf"\W+(?:{spans})\b") if spans else None


def _a_year(figure: str) -> bool:
    """A year written alone ("2028"), no count ("2,028")."""
    return len(figure) == 4 and figure.isdigit() and int(figure) in YEARS


def state_bound(target: Target, statement: str, language: str) -> Target | None:
    """A state claim's figure as a bound to hold ("will not fall below 8,000", "stay
    under 5%") or a level to stay at ("will remain at $3.20"), or None: a state with a
    figure but neither is no figure to read."""
    if names_a_floor(statement, language, state=True):
        return replace(target, floor=True, holds=True)
    if names_a_ceiling(statement, language, below_too=True):
        return replace(target, ceiling=True, holds=True)
    exact = numbers_table().get(language, {}).get("exact", ())
    if _bound_by_a_figure(fold(statement), exact, language):
        return replace(target, exact=True, holds=True)
    return None
