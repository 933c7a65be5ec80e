"""Whether a figure starts at a token: "1.3 million", a sum whose currency comes first
("EUR 1,400", "€1,400"), or either after words that only size it ("all 6,300
households", "about 400", "more than 1,000"; ``sizing`` in ``data/numbers.toml``).
``modality`` reads "to" before a figure as a level, not a plan."""

from __future__ import annotations

from tracker.match.targets.amounts import OPENING_CHARS, opens_with_amount
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import number_words
from tracker.match.text.view import EntryView


def starts_a_figure(view: EntryView, at: int) -> bool:
    """Token ``at`` starts a figure, maybe after words that size it."""
    if _a_figure_at(view, at):
        return True
    raws = [t.raw for t in view.tokens[at: at + 4]]
    return any(tuple(raws[:len(words)]) == words and _a_figure_at(view, at + len(words))
               for words in number_words(view.language).sizing)


def _a_figure_at(view: EntryView, at: int) -> bool:
    if at >= len(view.tokens):
        return False
    return view.tokens[at].raw[:1].isdigit() or opens_with_amount(
        fold(view.text[view.token_starts[at]:][:OPENING_CHARS]))
