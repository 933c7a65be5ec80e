"""A count's move told as a share of itself: "traffic up 14%", "passengers down 8%",
交通量14%増. For a target that counts (no share itself), it is progress, as "traffic
rises 14%" is: news of the count so far (rule 7). The words are numbers.toml's
``share_up`` and ``share_down``, before the percentage (after it in Japanese)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import cache

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.targets.magnitudes import PERCENT
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import numbers_table
from tracker.models import ClaimKind

_A_SHARE = r"(\d+(?:[.,]\d+)?)\s?(?:%|％|percent|per cent|pour cent)"
_SHARE_MARKS = ("%", "％", "cent")  # one of them is written in every share above


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], EventClass], ...]:
    table = numbers_table().get(language, {})
    found = []
    for key, move in (("share_up", EventClass.INCREASE), ("share_down", EventClass.DECREASE)):
        words = "|".join(map(re.escape, table.get(key, ())))
        if not words:
            continue
        pattern = (rf"{_A_SHARE}\s?(?:{words})" if language == "ja"
                   else rf"\b(?:{words})\s+{_A_SHARE}")
        found.append((re.compile(pattern), move))
    return tuple(found)


def share_moves(ctx: SentenceContext, sentence: int, counted: AbstractSet[int]) -> list[Cue]:
    """The moves of a count told as a share in one sentence, for a target that counts,
    in the ``counted`` clauses (those that name what it counts)."""
    target = ctx.reading.target
    if ctx.reading.kind is not ClaimKind.TARGET or target is None or target.unit == PERCENT:
        return []
    view = ctx.view
    if not any(mark in view.sentences[sentence] for mark in _SHARE_MARKS):
        return []  # most sentences: no percentage to read
    written = fold(view.sentences[sentence])
    first, last = view.sentence_span(sentence)
    cues = []
    for pattern, move in _patterns(view.language):
        for found in pattern.finditer(written):
            digits = found.group(1).replace(",", ".").split(".")[0]
            at = next((i for i in range(first, last + 1) if view.tokens[i].raw == digits), None)
            if at is None or view.clause_of(at) not in counted:
                continue
            start = max(first, at - 1) if view.language != "ja" else at
            end = min(last, at + 1) if view.language == "ja" else at
            hit = Hit(FIGURE_PID, view.token_starts[start],
                      view.token_starts[end] + len(view.tokens[end].norm), start, end, sentence)
            role = Role.STEP if move is EventClass.INCREASE or ctx.reading.falls else Role.DELAY
            cues.append(Cue(hit, found.group(0), move.value, role))
    return cues
