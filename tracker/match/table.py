"""The verdict table: claim kind × frame (role, modality) × timing -> verdict.

It encodes ../shared/labelling.md; docs/matching.md shows it as a table. A *frame*
is one event word in a clause, read for one claim:

- its **role** for the claim: the claimed event itself (``EVENT``), a decision
  (``DECISION``), a step or other change on the way (``STEP``), a delay
  (``DELAY``) or a stop (``STOP``: cancelled, blocked, closed);
- its **modality**: how the clause presents it (done, will, intends, expected,
  hedged, negated, denied, someone's opinion, or background);
- the item's **timing** against the claim's dates, and whether it came out in the
  days the claim was announced (``announced``): coverage of the same announcement,
  whose event, steps and decisions the claim's source already told.
"""

from __future__ import annotations

from enum import StrEnum

from tracker.models import ClaimKind, Verdict


class Role(StrEnum):
    EVENT = "event"
    DECISION = "decision"
    STEP = "step"
    DELAY = "delay"
    STOP = "stop"


class Modality(StrEnum):
    """Strongest first: a frame takes the first that applies."""

    DENIED = "denied"  # "denies reports that …": what is denied is not news
    OPINION = "opinion"  # someone's view of what should happen
    BACKGROUND = "background"  # told as context ("set up last week", "after the talks")
    NEGATED = "negated"  # "not launched", "yet to", 発足せず
    HEDGED = "hedged"  # considered, possible, proposed, threatened
    EXPECTED = "expected"  # a forecast or schedule: expected, scheduled, 予定
    INTENT = "intent"  # a stated intention: plans to, aims to, 方針
    FUTURE = "future"  # will, to, va, -era
    REALIS = "realis"  # reported as done or happening


class Timing(StrEnum):
    BEFORE_CLAIM = "before-claim"  # published before the claim was made
    EARLY = "early"  # before expected_from
    IN_WINDOW = "in-window"
    LATE = "late"  # after expected_by + grace days
    UNDATED = "undated"


_PLANS = (Modality.FUTURE, Modality.INTENT)
_QUIET = (Modality.DENIED, Modality.OPINION, Modality.BACKGROUND)


def cell(kind: ClaimKind, role: Role, modality: Modality, timing: Timing,
         later_round: bool = False, announced: bool = False) -> Verdict:
    """The verdict of one frame (see docs/matching.md, "The verdict table")."""
    verdict = _cell(kind, role, modality, timing, later_round)
    if announced and (verdict is Verdict.CONFIRMS or (
            verdict is Verdict.UPDATES and role is not Role.STOP)):
        return Verdict.MENTIONS  # the claim's own announcement, retold (rules 2 and 9)
    return verdict


def _cell(kind: ClaimKind, role: Role, modality: Modality, timing: Timing,
          later_round: bool) -> Verdict:
    if modality in _QUIET or _out_of_its_time(kind, role, modality, timing):
        return Verdict.MENTIONS
    if role is Role.STOP:
        if modality is Modality.NEGATED:
            return Verdict.MENTIONS
        if modality is Modality.HEDGED or (kind is ClaimKind.MEETING and (
                timing is Timing.LATE or later_round)):
            return Verdict.UPDATES  # a threat; or a later round called off (rule 5)
        return Verdict.CONTRADICTS
    if role is Role.DELAY:
        return Verdict.MENTIONS if modality is Modality.NEGATED else Verdict.UPDATES
    if role is Role.STEP:
        return _step(kind, modality, timing)
    if role is Role.DECISION:
        return _decision(kind, modality, timing, later_round)
    return _event(kind, modality, timing, later_round)


def _out_of_its_time(kind: ClaimKind, role: Role, modality: Modality, timing: Timing) -> bool:
    """News outside the span it could bear on: a stop or a delay older than the claim,
    which its source already knew and dated anew (rule 9; a target's figures may still
    have slipped since, but no final figure precedes the run); a state's news before
    its window, when it is only planned, except its end foretold."""
    if timing is Timing.BEFORE_CLAIM:
        return role is Role.STOP or (role is Role.DELAY and kind is not ClaimKind.TARGET)
    return (kind is ClaimKind.STATE and timing is Timing.EARLY
            and role not in (Role.STOP, Role.DELAY) and modality is not Modality.NEGATED)


def _step(kind: ClaimKind, modality: Modality, timing: Timing) -> Verdict:
    if (modality is Modality.HEDGED and kind is ClaimKind.STATE
            and timing is not Timing.BEFORE_CLAIM):
        return Verdict.UPDATES  # a change to the state considered ("may revise the cap"): rule 7
    if modality in (Modality.NEGATED, Modality.HEDGED, Modality.EXPECTED):
        return Verdict.MENTIONS
    if timing is Timing.BEFORE_CLAIM:
        return Verdict.MENTIONS  # rule 9: what the claim's source already knew
    if modality in _PLANS and kind not in (ClaimKind.TARGET, ClaimKind.DECISION):
        # A step still to come is a preview; a new target, or a plan to speed up or
        # press ahead with a decision already taken, is news about it.
        return Verdict.MENTIONS
    if kind is ClaimKind.MEETING:  # a step before a meeting is a preview (rule 2)
        return Verdict.UPDATES if timing is Timing.LATE else Verdict.MENTIONS
    return Verdict.UPDATES


def _decision(kind: ClaimKind, modality: Modality, timing: Timing, later_round: bool
              ) -> Verdict:
    if kind is ClaimKind.DECISION:
        if modality is Modality.REALIS:
            return Verdict.MENTIONS if timing is Timing.BEFORE_CLAIM else Verdict.CONFIRMS
        return Verdict.UPDATES if modality is Modality.NEGATED else Verdict.MENTIONS
    if modality is not Modality.REALIS or timing is Timing.BEFORE_CLAIM:
        return Verdict.MENTIONS
    if kind is ClaimKind.MEETING:  # "agreed" at the meeting: it took place
        # "agree to meet again": a later round decided, a follow-up (rule 5)
        return _meeting_held(timing, later_round)
    return Verdict.UPDATES  # a decision on the way to the event (rule 6)


def _event(kind: ClaimKind, modality: Modality, timing: Timing, later_round: bool) -> Verdict:
    if modality is Modality.NEGATED:
        return Verdict.CONTRADICTS if kind is ClaimKind.STATE else Verdict.UPDATES
    if later_round and kind is ClaimKind.MEETING and modality is not Modality.HEDGED:
        # a next round planned or held: a follow-up of the one-off meeting (rule 5)
        return Verdict.MENTIONS if timing is Timing.BEFORE_CLAIM else Verdict.UPDATES
    if (modality is Modality.HEDGED and kind is ClaimKind.STATE
            and timing is not Timing.BEFORE_CLAIM):
        return Verdict.UPDATES  # the state under review ("re-examining its promise"): rule 7
    if modality in (Modality.HEDGED, Modality.EXPECTED):
        return Verdict.MENTIONS  # a preview or a possibility (rule 2)
    if modality in _PLANS:
        if timing is Timing.BEFORE_CLAIM:
            return Verdict.MENTIONS
        if kind in (ClaimKind.DECISION, ClaimKind.STATE):
            # "will become", "to be converted" (rule 4); "will stay open", said anew
            return Verdict.CONFIRMS
        return Verdict.UPDATES if kind is ClaimKind.TARGET else Verdict.MENTIONS
    if timing is Timing.BEFORE_CLAIM:
        return Verdict.MENTIONS  # rule 9: the claim's source already said it
    if kind is ClaimKind.MEETING:
        return _meeting_held(timing, later_round)
    if kind in (ClaimKind.EVENT, ClaimKind.TARGET) and timing is Timing.EARLY:
        # before it can happen: a step on the way (rule 6); a figure before the run it
        # counts opens is of another run or a count so far
        return Verdict.UPDATES
    return Verdict.CONFIRMS  # late completion confirms too (rule 4)


def _meeting_held(timing: Timing, later_round: bool) -> Verdict:
    if later_round or timing is Timing.LATE:
        return Verdict.UPDATES  # a later round of a one-off meeting (rule 5)
    return Verdict.MENTIONS if timing is Timing.EARLY else Verdict.CONFIRMS
