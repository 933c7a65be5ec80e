"""The spans of time a text names, and those a rate is counted over ("in 18 months",
"a month", 月産): a target's figure and a figure in the news compare only over the
same span (``magnitudes.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.text.normalize import Token
from tracker.match.text.number_words import NumberWords, number_words
from tracker.match.text.view import EntryView

MONTHS_A_YEAR = 12  # "twelve months" is a year


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
    return frozenset(_span_of(table, tokens, i)
                     for i, t in enumerate(tokens[first: last + 1], first)
                     if t.raw in table.spans and (
                         not rates_only or t.raw in table.rate_adjectives
                         or (i > first and tokens[i - 1].raw in table.rates)))


def _span_of(table: NumberWords, tokens: Sequence[Token], at: int) -> str:
    """The span token ``at`` names: "twelve months", « douze mois » are a year."""
    span = table.spans[tokens[at].raw]
    before = tokens[at - 1].raw if at else ""
    count = float(before) if before.isdigit() else table.words.get(before)
    return "year" if span == "month" and count == MONTHS_A_YEAR else span
