"""A decision that decides another claim's event: "the governor consents to restart of
the reactor" confirms the consent's claim, and for the restart's claim, whose own
event word is here only what is decided ("to restart"), it is a step on the way
(labelling rule 6: a permission, a budget passed): an update, not a mention."""

from __future__ import annotations

from dataclasses import replace

from tracker.match.decisions import Decision
from tracker.match.table import Modality, Role
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, Verdict

_AHEAD = frozenset({Modality.FUTURE, Modality.INTENT})


def decided_for_the_event(decisions: list[tuple[Decision, EntryView]]
                          ) -> list[tuple[Decision, EntryView]]:
    """Each event claim's mention whose own event is what a sibling decision, confirmed
    in the same sentence, decides: an update."""
    decided = {d.judgement.sentence for d, _ in decisions
               if d.reading.kind is ClaimKind.DECISION
               and d.judgement.verdict is Verdict.CONFIRMS}
    if not decided:
        return decisions
    return [(_a_step(d) if _decided_here(d, decided) else d, view) for d, view in decisions]


def _decided_here(d: Decision, decided: set[int]) -> bool:
    judgement = d.judgement
    return (d.reading.kind is ClaimKind.EVENT and judgement.verdict is Verdict.MENTIONS
            and judgement.sentence in decided and any(
                f.frame.role is Role.EVENT and f.frame.modality in _AHEAD
                and f.frame.hit.sentence == judgement.sentence for f in judgement.frames))


def _a_step(d: Decision) -> Decision:
    note = "a step: a sibling's decision, made here, decides this claim's event"
    return replace(d, judgement=replace(d.judgement, verdict=Verdict.UPDATES, note=note))
