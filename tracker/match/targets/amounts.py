"""Sums of money and shares: "€2.9bn", "USD 2 billion", "3,8 milliards d'euros", 70億円,
"14 %", 2割, 3分の1.

A target claim that names a sum ("will save EUR 3.8 billion a year") or a share
("traffic will fall by 20%") is compared with the sums and shares news reports, as a
count is (``magnitudes``): in the same currency only, or as a share. The sign, code and
currency words are data (``data/numbers.toml``, ``[amounts]``), one table for every
language: a French headline writes "$" as an English one does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tracker.match.targets.magnitudes import (
    PERCENT,
    Target,
)
from tracker.match.targets.named_spans import named_spans
from tracker.match.targets.quantity import Quantity
from tracker.match.text.normalize import WORD_TOKEN, fold
from tracker.match.text.number_words import number_words, numbers_table
from tracker.match.text.view import EntryView

# "1,500", "1 500", "2.9", "3,8": a separator before exactly three digits groups
# thousands, any other is a decimal point
_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_THOUSANDS = re.compile(r"[,.\u00a0\u202f ](?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class _Grammar:
    pattern: re.Pattern[str]
    currencies: dict[str, str]  # a sign, code or word -> its currency
    scales: dict[str, float]


def _alternation(words: Iterable[str], latin_bounds: bool = True) -> str:
    """A regex alternation of ``words``, longest first; a Latin word stands whole. No
    words: a pattern that matches nothing (not the empty string, which matches all)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![a-z]){escaped}(?![a-z])" if latin_bounds and word.isascii()
                     and word[-1:].isalpha() else escaped)
    return "|".join(parts) or "(?!)"


@cache
def _grammar() -> _Grammar:
    table = numbers_table()
    amounts = table.get("amounts", {})
    signs: dict[str, str] = dict(amounts.get("signs", {}))
    codes: dict[str, str] = dict(amounts.get("codes", {}))
    words: dict[str, str] = dict(amounts.get("words", {}))
    scales: dict[str, float] = {}
    for section in table.values():
        for word, value in section.get("scales", {}).items():
            scales.setdefault(word, float(value))
    sign, code = "".join(re.escape(s) for s in signs), _alternation(codes)
    scale, link = _alternation(scales), _alternation(amounts.get("links", ()), False)
    after = _alternation([*words, *codes])
    percent = _alternation(amounts.get("percent", ()))
    tenths = _alternation(amounts.get("tenths", ()))
    fractions = _alternation(amounts.get("fractions", ()))
    # 千万 is a thousand ten-thousands: Japanese scales stack
    stacked = "(?:" + "|".join(map(re.escape, table.get("ja", {}).get("scales", {}))) + ")+"
    pattern = re.compile(
        rf"(?P<share>{_NUMBER})\s?(?:{percent})"
        rf"|(?P<tenths>{_NUMBER})(?:{tenths})"
        rf"|(?P<whole>\d+)(?:{fractions})(?P<part>\d+)(?![\d.,])"
        rf"|(?P<before>(?<![a-z])[a-z]{{0,2}}[{sign}]|{code})\s?(?P<n1>{_NUMBER})"
        rf"(?:\s?(?P<s1>{scale}))?"
        # 9億5000万ユーロ, 50億8千万円: a Japanese figure in two scales; 1万5000円: a
        # scale and the units after it
        rf"|(?P<n2>{_NUMBER})(?:\s?(?P<s2>{stacked}|{scale})"
        rf"(?:(?P<n3>\d+)(?P<s3>{stacked})?)?)?"
        rf"\s?(?:(?:{link})\s?)?"
        rf"(?P<after>{after}|[{sign}])")
    currencies = {**signs, **codes, **words}
    return _Grammar(pattern, currencies, scales)


def _value(number: str) -> float:
    return float(_THOUSANDS.sub("", number).replace(",", "."))


def _scale(grammar: _Grammar, word: str) -> float:
    """A scale word's value; stacked Japanese scales multiply (千万: 10,000,000)."""
    if word in grammar.scales:
        return grammar.scales[word]
    value = 1.0
    for char in word:
        value *= grammar.scales[char]
    return value


def amounts_in(text: str) -> list[tuple[float, str, int, int]]:
    """The sums and shares of a folded ``text``: (value, unit, start, end), the unit
    being ``PERCENT`` or a currency ("euro")."""
    grammar = _grammar()
    found: list[tuple[float, str, int, int]] = []
    for match in grammar.pattern.finditer(text):
        if match["share"]:
            found.append((_value(match["share"]), PERCENT, match.start(), match.end()))
            continue
        if match["tenths"]:  # 2割: 20%
            found.append((_value(match["tenths"]) * 10, PERCENT, match.start(), match.end()))
            continue
        if match["whole"]:  # 3分の1: a third (0分の1 is none)
            if int(match["whole"]):
                share = 100 * int(match["part"]) / int(match["whole"])
                found.append((round(share, 1), PERCENT, match.start(), match.end()))
            continue
        number, scale = (match["n1"], match["s1"]) if match["n1"] else (match["n2"], match["s2"])
        mark = match["before"] or match["after"]
        currency = grammar.currencies.get(mark) or grammar.currencies.get(mark[-1:], "")
        if currency:
            value = _value(number) * (_scale(grammar, scale) if scale else 1.0)
            if match["n3"]:
                value += _value(match["n3"]) * (_scale(grammar, match["s3"]) if match["s3"]
                                                 else 1.0)
            found.append((value, currency, match.start(), match.end()))
    return found


OPENING_CHARS = 24  # characters read for a figure that opens a text ("eur 1,400 a month")


def opens_with_amount(text: str) -> bool:
    """The folded ``text`` starts with a figure, or with a sum whose currency comes first
    ("eur 1,400", "€5.5 million")."""
    return text[:1].isdigit() or any(
        start == 0 for _v, _u, start, _e in amounts_in(text[:OPENING_CHARS]))


def amount_quantities(view: EntryView, sentence: int) -> list[Quantity]:
    """The sums and shares of one sentence, as quantities over its tokens."""
    folded = fold(view.sentences[sentence])
    starts = [m.start() for m in WORD_TOKEN.finditer(folded)]
    first, last = view.sentence_span(sentence)
    if len(starts) != last - first + 1:
        return []  # the view cut this sentence otherwise: no token to point at
    found = []
    for value, unit, start, end in amounts_in(folded):
        head = first + bisect_left(starts, start)
        tail = first + bisect_left(starts, end) - 1
        if head <= tail:
            found.append(Quantity(value, head, tail, unit, folded[start:end].strip()))
    return found


_ASIDE = re.compile(r"\([^()]*\)")
_FIGURE = re.compile(r"(?<![0-9A-Za-z.,])\d+")  # not "A330", not the "9" of "2.9"; after kana, yes


def without_asides(text: str) -> str:
    """``text`` without what it puts in parentheses."""
    return _ASIDE.sub(" ", text)


def amount_target(statement: EntryView) -> Target | None:
    """The sum or share a target claim's statement names, outside its asides ("save
    EUR 3.8 billion a year" but not "(about EUR 40 million of sales)"); the largest
    of the first one's unit ("9% over three years, with a first step of 3.5%")."""
    text = fold(without_asides(statement.sentences[0]))
    found = amounts_in(text)
    first_figure = next((m.start() for m in _FIGURE.finditer(text)
                         if not 1900 <= int(m.group()) <= 2100), None)
    if not found or first_figure is None or not found[0][2] <= first_figure < found[0][3]:
        return None  # "1.2 million passengers, 20% more": the count is the target
    unit = found[0][1]
    value = max(v for v, u, _, _ in found if u == unit)
    first, last = statement.sentence_span(0)
    before = re.findall(r"\w+", text[:found[0][2]])[-1:]
    return Target(value, unit, named_spans(statement, first, last, rates_only=True),
                  frozenset({unit}), sum_or_share=True,
                  period=named_spans(statement, first, last),
                  change=bool(before) and before[0] in number_words(statement.language).changes)


@cache
def currency_names() -> frozenset[str]:
    """Every sign, code and word of a currency the amounts table knows ("livres", "usd")."""
    return frozenset(_grammar().currencies)
