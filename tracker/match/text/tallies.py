"""A vote's tally is no count: "voted 4-1" (the larger side first; "30-40 ships" is
a range), "by 12 votes to 3", « 47 voix contre 11 »,
賛成47、反対11. Its figures say how a body voted, not how many of anything there are,
so a target claim reads none of them as its figure. The words are ``tally_words`` and
``tally_joins`` of numbers.toml."""

from __future__ import annotations

import re
from functools import cache

from tracker.match.text.normalize import fold
from tracker.match.text.number_words import numbers_table
from tracker.match.text.view import EntryView


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    table = numbers_table().get(language, {})
    return frozenset(table.get("tally_words", ())), frozenset(table.get("tally_joins", ()))


def tally_tokens(view: EntryView, first: int, last: int) -> frozenset[int]:
    """The figures of tokens ``first``–``last`` that are a vote's tally."""
    words, joins = _words(view.language)
    if not words:
        return frozenset()
    tokens = view.tokens
    found: set[int] = set()
    if view.language == "ja":  # 賛成47、反対11: each side's figure right after its word
        sides = tuple(words)  # the end of a token (委員会は賛成)
        return frozenset(i for i in range(max(first, 1), last + 1)
                         if tokens[i].raw.isdigit() and tokens[i - 1].raw.endswith(sides))
    voted_in: dict[int, bool] = {}
    for i in range(first, last + 1):
        if not tokens[i].raw.isdigit():
            continue
        if i < last and tokens[i + 1].raw in words:  # "12 votes to 3"
            found.add(i)
            if i + 3 <= last and tokens[i + 2].raw in joins and tokens[i + 3].raw.isdigit():
                found.add(i + 3)
        elif (i < last and tokens[i + 1].raw.isdigit()
              and int(tokens[i].raw) >= int(tokens[i + 1].raw)):
            # "voted 4-1", "a 6-3 vote": the majority first ("30-40 ships" is a range)
            sentence = view.sentence_at(view.token_starts[i])
            if sentence not in voted_in:
                start, end = view.sentence_span(sentence)
                voted_in[sentence] = any(tokens[t].raw in words for t in range(start, end + 1))
            pair = rf"(?<![\d.,]){tokens[i].raw}\s?[-–]\s?{tokens[i + 1].raw}(?![\d.,%])"
            if voted_in[sentence] and re.search(pair, fold(view.sentences[sentence])):
                found.update((i, i + 1))
    return frozenset(found)
