"""A target's run said ended with its figure: "the appeal closes £13,600 short of
target", "closes with £470,000 raised", « la collecte s'achève sur 1 650 dons »,
目標に届かず募集を終了. The word of ending closes the count; it stops no plan, and the
figure beside it is the final one (rule 7: met, it confirms; short, it contradicts)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.quantity import Quantity
from tracker.match.text.normalize import latin_words
from tracker.match.text.number_words import japanese_time_counters

RUN_END_REACH = 3  # tokens from the word of ending to its figure ("closes with £470,000")
JAPANESE_REACH = 12  # characters from the figure to the word of ending (1万円届かず終了)


def run_end_words(ctx: SentenceContext, sentence: int, in_sentence: Sequence[Quantity]
                  ) -> list[int]:
    """The first tokens of the words of ending (``run_end_words``) in ``sentence`` with
    a figure of ``in_sentence`` right after them in their clause (in Japanese, right
    before them). None for a target that counts things ended ("closes 137 branches" is
    its count), nor across a year ("ends 2027 with 71,000 premises": a year's count)."""
    view = ctx.view
    words = ctx.index.lexicon.run_end_words.get(view.language, ())
    if ctx.reading.counts_endings or not words:
        return []
    first, last = view.sentence_span(sentence)
    found: list[int] = []
    if view.language == "ja":
        times = japanese_time_counters()
        counts = [q for q in in_sentence if not q.unit.startswith(times)]
        start = view.token_starts[first]
        text = view.text[start: view.token_starts[last] + len(view.tokens[last].norm)]
        for word in words:
            for at in (start + m.start() for m in re.finditer(re.escape(word), text)):
                token = bisect_right(view.token_starts, at) - 1
                if any(0 <= at - view.token_starts[q.last] <= JAPANESE_REACH
                       and view.clause_of(q.last) == view.clause_of(token) for q in counts):
                    found.append(token)
        return found
    folded = [latin_words(w) for w in words]
    for token in range(first, last + 1):
        for parts in folded:
            end = view.written_at(token, parts)
            if end is None or end > last:
                continue
            after = [q for q in in_sentence if 0 < q.first - end <= RUN_END_REACH
                     and view.clause_of(q.first) == view.clause_of(end)]
            if after and not any(_a_year(t.raw) for t in view.tokens[end + 1: after[0].first]):
                found.append(token)
    return found


def ended_by(cues: Sequence[Cue], ends: Sequence[int]) -> list[Cue]:
    """The stop ``cues`` that are a word of ending the run: they end the count."""
    return [c for c in cues if c.role is Role.STOP
            and any(c.hit.first_token <= t <= c.hit.last_token for t in ends)]


def _a_year(word: str) -> bool:
    """"ends 2027 with …": a year before the figure."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100
