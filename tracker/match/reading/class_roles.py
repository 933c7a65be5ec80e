"""The role a lexicon word's event class has for a claim of each kind: a decision's
word decides, a delay's delays, a cancellation stops; a step's is a step; a claim's
own classes are its event (``kinds.ClaimReading.events``)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.lexicon import EventClass
from tracker.match.finding.refs import ClassRef
from tracker.match.kinds import ClaimReading
from tracker.match.table import Role
from tracker.match.targets.bounds import names_a_level_below
from tracker.models import ClaimKind

# A cutback, like a delay, is news whether done, planned or only feared (rule 7).
_CLASS_ROLES = {EventClass.DECIDED: Role.DECISION, EventClass.DELAY: Role.DELAY,
                EventClass.DECREASE: Role.DELAY, EventClass.THREAT: Role.STOP,
                EventClass.CANCEL: Role.STOP}
_STEP_CLASSES = frozenset({EventClass.STEP, EventClass.REVIEW, EventClass.PROGRESS,
                           EventClass.INCREASE, EventClass.TRANSFER, EventClass.CHANGE,
                           EventClass.SHORTFALL, EventClass.ACHIEVED})


def class_role(reading: ClaimReading, classes: Sequence[ClassRef]) -> Role | None:
    """The role of a lexicon word for this claim (its first class that has one)."""
    for ref in classes:
        cls = ref.event_class
        if (cls in (EventClass.ACHIEVED, EventClass.SHORTFALL) and reading.target is not None
                and reading.target.ceiling):
            # a cap's words of reaching read the other way ("stays below the cap" keeps
            # it, "exceeds" breaks it): progress until it is judged (``clause_rules.cap_word``)
            return Role.STEP
        if cls in reading.events:
            return Role.EVENT
        if cls is EventClass.PERSIST and reading.ends:
            return Role.DELAY  # "keeps 3G running until 2028": its ending put off
        if reading.falls and (cls is EventClass.DECREASE or (  # "misses … target" misses it
                cls is EventClass.SHORTFALL and names_a_level_below(ref.text, ref.language))):
            return Role.STEP  # the way the target goes ("below target", 下回る), no cutback
        if cls is EventClass.DECREASE and reading.kind is ClaimKind.MEETING:
            continue  # "rent bill £34m lower": a meeting has nothing to cut
        if cls in _CLASS_ROLES:
            return _CLASS_ROLES[cls]
        if cls is EventClass.ANNOUNCED and reading.kind is ClaimKind.DECISION:
            return Role.DECISION  # the decision made public
        if cls is EventClass.SHORTFALL and reading.kind is ClaimKind.TARGET:
            return Role.STOP
        if cls is EventClass.NEGOTIATE:
            # talks on the visa waiver: a step toward it; a meeting's talks are its meeting
            return Role.STEP if reading.kind is ClaimKind.EVENT else None
        if cls is EventClass.RELOCATE:
            # "moves its headquarters": the end of a state of place, no news of others
            return Role.STOP if reading.of_place else None
        if cls in (EventClass.SHIFT, EventClass.SET):
            return Role.DELAY  # kept only with a date in its clause (``_role_in_clause``)
        if cls in _STEP_CLASSES:
            return Role.STEP
        if cls is EventClass.OCCURRED and reading.kind is ClaimKind.DECISION:
            return Role.STEP  # done under a decision (a target's news is its figures)
    return None  # e.g. "continue" for a claim that is not a state
