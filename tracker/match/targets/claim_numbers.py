"""The numbers a claim states, and what they count in: its own figures (no news when
repeated), whether it names a figure at all, and whether it counts in percent, money
or a length (figures in that unit are then counts of it)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.match.targets.amounts import amounts_in
from tracker.match.targets.figures import JAPANESE_SIZE, MODEL_CODE, NUMBER, SIZE_UNITS, is_year
from tracker.match.targets.magnitudes import PERCENT
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import number_words

_NONE: frozenset[str] = frozenset()  # shared by the claims that state no number


# a short span of time after a number: a duration, no figure of the claim ("first 12
# months", 開業1年, "1年間")
_DURATION_AFTER = re.compile(
    r"\s*(?:years?|months?|weeks?|days?|ans?|années?|mois|semaines?|jours?"
    r"|年(?!\d)|カ月|か月|ヶ月|ケ月|週|日間)", re.IGNORECASE)


def claim_figures(texts: Iterable[str]) -> frozenset[str]:
    """The numbers a claim states ("120,000" -> "120000"), to tell new figures apart.
    A short duration ("first 12 months", 開業1年) is none: it would hide "1 million"."""
    found: set[str] = set()
    for text in texts:
        for match in NUMBER.finditer(text):
            number = re.sub(r"\D", "", match.group())
            if len(number) <= 2 and _DURATION_AFTER.match(text, match.end()):
                continue
            found.add(number)
            scaled = _scaled(text, match)
            if scaled is not None:
                found.add(scaled)  # "3 million": also 3000000, as 300万 reads
    return frozenset(found) if found else _NONE


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _scaled(text: str, match: re.Match[str]) -> str | None:
    """The value of a number with an English or French scale word after it ("3
    million" -> "3000000", "1,2 milliard" -> "1200000000"); None without one."""
    word = _WORD_AFTER.match(text, match.end())
    if word is None:
        return None
    name = fold(word.group(1))
    scale = number_words("en").scales.get(name) or number_words("fr").scales.get(name)
    if not scale or len(name) < 3:  # not "m" or "k": a unit as often as a scale
        return None
    digits = match.group().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    decimal = re.fullmatch(r"(\d+)[.,](\d{1,2})", digits)
    value = float(f"{decimal.group(1)}.{decimal.group(2)}") if decimal else float(
        re.sub(r"\D", "", digits))
    return str(round(value * scale))


def states_a_figure(statement: str) -> bool:
    """The statement names a figure to reach: a number that is not a year and not part
    of a model name ("PAC-3", "A320")."""
    text = fold(statement)
    codes = {m.group(1) for m in MODEL_CODE.finditer(text)}
    return any(not text[m.start() - 1: m.start()].isalpha() and number not in codes
               and not is_year(number)
               for m in NUMBER.finditer(text) if (number := re.sub(r"\D", "", m.group())))


def states_percent(texts: Iterable[str]) -> bool:
    """The claim counts in percent ("65% occupancy"): percentages are figures for it."""
    return any(unit == PERCENT for text in texts for _, unit, _, _ in amounts_in(fold(text)))


def states_money(texts: Iterable[str]) -> bool:
    """The claim counts money ("invest €1.2 billion"): amounts are figures for it."""
    return any(unit != PERCENT for text in texts for _, unit, _, _ in amounts_in(fold(text)))


def states_a_size(texts: Iterable[str]) -> bool:
    """The claim counts a length or an area ("250 km of electric fences", 250キロメートル):
    figures in that unit are counts of it, no dimensions."""
    for text in texts:
        folded = fold(text)
        for m in NUMBER.finditer(folded):
            after = folded[m.end():].lstrip()
            unit = after.split(maxsplit=1)[0].strip(".,;") if after else ""
            if unit in SIZE_UNITS or after.startswith(JAPANESE_SIZE):
                return True
    return False
