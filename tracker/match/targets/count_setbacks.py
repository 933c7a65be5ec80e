"""Some of a target's count lost: "three tenant companies pull out", 3社が辞退. For a
target claim, a cancel word right after an interim count has that count as its
subject: a setback (rule 7, updates), not the target dropped. A shortfall ("ends
£13,600 short") is no cancel word: it stays final."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

SUBJECT_COUNT_REACH = 4  # tokens from a count to its stop word ("three tenant firms quit")


def setbacks(ctx: SentenceContext, cues: Sequence[Cue], figures: Sequence[Cue]) -> list[Cue]:
    """``cues`` with each cancel word whose subject is one of the interim ``figures``
    read as a setback (a delay)."""
    if ctx.reading.kind is not ClaimKind.TARGET:
        return list(cues)
    return [replace(c, role=Role.DELAY) if c.role is Role.STOP
            and c.source == EventClass.CANCEL.value and _counted_before(ctx.view, c, figures)
            else c for c in cues]


def _counted_before(view: EntryView, cue: Cue, figures: Sequence[Cue]) -> bool:
    """An interim count just before the stop word in its clause: its subject."""
    clause = view.clause_of(cue.hit.first_token)
    return any(view.clause_of(f.hit.first_token) == clause
               and 0 < cue.hit.first_token - f.hit.last_token <= SUBJECT_COUNT_REACH
               for f in figures)
