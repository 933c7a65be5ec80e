"""Words as written, not tokens: "Sarvine-Ormance's first 60-seat assembly" is four
words and eight tokens. A token joined to the one before it by a hyphen or an
apostrophe is part of the same written word."""

from __future__ import annotations

from tracker.match.text.normalize import WORD_TOKEN, fold
from tracker.match.text.view import EntryView

_JOINERS = frozenset("-'’‐")


def written_words(view: EntryView, first: int, last: int) -> int:
    """How many written words tokens ``first``..``last`` make (the count of tokens
    when they run past their sentence)."""
    if last < first:
        return 0
    sentence = view.sentence_at(view.token_starts[first])
    folded = fold(view.sentences[sentence])
    starts = [m.start() for m in WORD_TOKEN.finditer(folded)]
    offset, end = view.sentence_span(sentence)
    if last > end or len(starts) != end - offset + 1:
        return last - first + 1  # past the sentence, or tokens made otherwise: tokens
    return sum(1 for token in range(first, last + 1)
               if not (starts[token - offset] > 0
                       and folded[starts[token - offset] - 1] in _JOINERS))
