"""A state ended in words: "votes to end free parking", "ends fee-free medicine",
"to end round-the-clock opening", "the council grant ends". "End" is no cancel word of
its own (most often it is a time: "the end of March", ``[markers] end_verbs``); written
as a verb right before the state claim's own term, or in a finite form right after it
(``end_verbs_after``), it stops the state."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.number_words import number_words
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

FILLERS = 2  # determiners between the verb and the term ("ends its free parking")


def ended_states(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """``cues`` and a stop for each end verb right before one of the claim's terms."""
    view = ctx.view
    verbs = ctx.index.lexicon.end_verbs.get(view.language, ())
    if ctx.reading.kind is not ClaimKind.STATE or ctx.reading.stop_state or not verbs:
        return list(cues)
    determiners = ctx.index.lexicon.determiners.get(view.language, ())
    term_starts = {h.first_token for h in ctx.subject}
    term_ends = {h.last_token for h in ctx.subject}
    after = ctx.index.lexicon.end_verbs_after.get(view.language, ())
    taken = {i for c in cues for i in range(c.hit.first_token, c.hit.last_token + 1)}
    ended: list[Cue] = []
    for sentence in sorted({h.sentence for h in ctx.subject}):
        first, last = view.sentence_span(sentence)
        for at in range(first, last + 1):
            # "the end …" is a noun: a time, or the state named
            if (view.tokens[at].raw not in verbs or at in taken
                    or (at > first and view.tokens[at - 1].raw in determiners)):
                continue
            nxt = at + 1
            while nxt <= last and nxt - at <= FILLERS and view.tokens[nxt].raw in determiners:
                nxt += 1
            # "the grant ends"; "the mark ends the year at 5.80" is a figure's span
            before = (at - 1 in term_ends and view.tokens[at].raw in after
                      and not _a_span_next(view, at + 1, last))
            if before or (nxt in term_starts and view.clause_of(nxt) == view.clause_of(at)):
                start = view.token_starts[at]
                hit = Hit(FIGURE_PID, start, start + len(view.tokens[at].norm), at, at, sentence)
                ended.append(Cue(hit, view.tokens[at].raw, EventClass.CANCEL.value, Role.STOP))
    return [*cues, *ended]


def _a_span_next(view: EntryView, at: int, last: int) -> bool:
    """A span word (day, year) at ``at``, maybe after a determiner: "ends the year"."""
    spans = number_words(view.language).spans
    return any(view.tokens[t].raw in spans for t in range(at, min(at + FILLERS, last + 1)))
