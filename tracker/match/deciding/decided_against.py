"""A decision whose object is the event negated: "decides not to open the line",
« décide de ne pas ouvrir la ligne », 開業しないことを決定. The decision stops the plan
(labelling rule 7); "has not decided to open" is no decision yet."""

from __future__ import annotations

from tracker.match.finding.lexicon import Modifier
from tracker.match.reading.cue_reading import CueReading
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.table import Modality, Role


def decided_against(ctx: SentenceContext, r: CueReading) -> bool:
    """The cue took the role of a decision that governs it, and the negation stands
    between the two: after the decision word and before the event ("decides not to
    open"), or in the event's own ending before the decision in Japanese (開業しないこと
    を決定)."""
    ruling = r.ruling
    if ruling is None or ruling.role is not Role.DECISION or r.modality is not Modality.NEGATED:
        return False
    if ctx.view.language == "ja":
        return ruling.hit.start >= r.cue.hit.end
    return any(m.kind is Modifier.NEGATION
               and ruling.hit.last_token < h.first_token < r.cue.hit.first_token
               for h, m in r.in_clause)
