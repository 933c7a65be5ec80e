"""A claim's kind and the event classes that are its event.

A claim file may state its ``kind`` (docs/claims.md); when it does not, the kind
is inferred from the statement: the event classes its words belong to (``raise``
-> increase, ``talks`` -> met, ``will become`` -> change), and a number next to a
quantity word for targets. The claim's *event classes* say which lexicon words
report the claimed thing itself: for "output will rise", an ``increase`` word is
the event; for "the plant will open", an ``occurred`` word is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from tracker.match.finding.lexicon import EventClass
from tracker.match.targets.magnitudes import Target
from tracker.models import Claim, ClaimKind

_NUMBER = re.compile(r"\d")
_QUANTITY = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|pour cent)"
    r"|\d[\d,.]*(?:\s+[^\s\d]+){0,4}?\s+(?:a|per|par)\s+(?:day|week|month|year|jour|semaine|mois|an)\b"
    r"|\d[\d,.]*\s*(?:万|億|件|台|枚|人|トン)?\s*(?:/|毎|月産|年産|日産)",
    re.IGNORECASE,
)
# Classes that can be a claim's own event; the others set the scene in a statement.
_EVENT_CAPABLE = frozenset({EventClass.OCCURRED, EventClass.INCREASE, EventClass.DECREASE,
                            EventClass.TRANSFER, EventClass.CHANGE, EventClass.ACHIEVED,
                            EventClass.RELOCATE, EventClass.MET})

# What each kind's claimed event is, beyond the classes found in the statement.
_KIND_EVENTS: dict[ClaimKind, frozenset[EventClass]] = {
    ClaimKind.EVENT: frozenset({EventClass.OCCURRED}),
    # A decision's own words ("decided", "announced") are read as decisions: done, they
    # confirm; "to decide" only previews. Its event is the change it decides ("become").
    ClaimKind.DECISION: frozenset(),
    ClaimKind.MEETING: frozenset({EventClass.MET, EventClass.OCCURRED}),
    ClaimKind.TARGET: frozenset({EventClass.ACHIEVED}),
    ClaimKind.STATE: frozenset({EventClass.PERSIST}),
}


@dataclass(frozen=True, slots=True)
class ClaimReading:
    """How the matcher reads a claim: its kind and the classes that are its event."""

    kind: ClaimKind
    inferred: bool  # the kind came from the statement, not the file
    events: frozenset[EventClass]
    figures: frozenset[str] = frozenset()  # the numbers the claim states ("120000")
    percent: bool = False  # it counts in percent: percentages are figures for it
    money: bool = False  # it counts money: amounts are figures for it
    sizes: bool = False  # it counts a length or an area ("250 km of fences"): so do its figures
    over_span: bool = False  # it counts over a span of time ("passengers in its first year")
    # its span named only by its start ("80 pupils at the start of the 2026 school year"):
    # counted at that moment, so a shortfall in its window is the count (``kept.py``)
    counted_at_start: bool = False
    # Set when every required idea is one other claims share too (the project's name)
    # and the claim's own cues say which of its events it is: those cues then mark the
    # clauses that are about it.
    own_markers: frozenset[int] | None = None
    # the languages those markers are written in: in another, nothing marks a clause
    marker_languages: frozenset[str] = frozenset()
    falls: bool = False  # a target that is a fall ("traffic will fall by 20%")
    rises: bool = False  # a target that is a rise ("will raise the minimum wage to €1,400")
    target: Target | None = None  # the figure a target names, with its size and unit
    # an event claim's own decision verbs ("will sign the contract"): its event
    event_words: frozenset[int] = frozenset()
    # the classes of a target's own verbs ("will hire 1,800 nurses": a step): beside a
    # figure that meets the target, a word of them ("recrute") is how it was counted
    count_classes: frozenset[str] = frozenset()
    term_heads: frozenset[str] = frozenset()  # the last word of each term ("appeal")
    # the statement's own stop words: for a state they name it ("keep its ban"), no
    # stop of it; for a decision they are what is decided ("the plan to close five
    # libraries"), so a stop of them ("scraps the plan to close") stops the plan
    own_stops: frozenset[int] = frozenset()
    stop_state: bool = False  # a state that is one of them ("the ban will stay in force")
    # the days the statement or its source names ("will open on 28 April 2028"): a
    # preview that restates one fixes no new date
    own_days: frozenset[date] = frozenset()
    # a group of it names a price or a pay rate ("fares"): their rises are its news
    names_price: bool = False
    # the word families its statement names its event with (families.py): "will shut
    # down its 3G network" (endings), "will choose a contractor" (selections)
    families: frozenset[str] = frozenset()
    # a state of place ("will keep its headquarters in Aubry"): a move elsewhere ends it
    of_place: bool = False
    # its statement or terms name a committee: a committee's vote is its decision
    names_committee: bool = False
    # a state claimed without a break ("open throughout the works"): a pause breaks it
    unbroken: bool = False
    # a target counted in things ended ("will close 137 branches"): closures count it
    counts_endings: bool = False

    @property
    def ends(self) -> bool:
        """Its event ends something: a thing kept going delays it."""
        return "endings" in self.families


def infer_kind(classes: Iterable[EventClass], statement: str) -> ClaimKind:
    """The kind a statement reads as, from the event classes of its words."""
    found = set(classes)
    if EventClass.PERSIST in found:
        return ClaimKind.STATE
    if EventClass.MET in found and not found & {EventClass.OCCURRED, EventClass.CHANGE}:
        return ClaimKind.MEETING
    if _QUANTITY.search(statement) or (
        found & {EventClass.INCREASE, EventClass.DECREASE, EventClass.ACHIEVED}
        and _NUMBER.search(statement)
    ):
        return ClaimKind.TARGET
    if found & {EventClass.DECIDED, EventClass.ANNOUNCED, EventClass.CHANGE}:
        return ClaimKind.DECISION
    return ClaimKind.EVENT


Name = TypeVar("Name", bound=Hashable)  # a pattern id, or a term's pattern


def named_by_shared_names(required: Sequence[Collection[Name]], uses: Mapping[Name, int]) -> bool:
    """Every required group of a claim mostly holds names (pattern ids, or term
    patterns) that ``uses`` counts in other claims too: the project's name, not a
    subject of the claim's own. Such a claim's cues mark its own clauses
    (``ClaimReading.own_markers``); ``claims check`` names it."""
    return bool(required) and all(
        group and 2 * sum(uses.get(name, 0) > 1 for name in group) > len(group)
        for group in required)


def kind_events(kind: ClaimKind) -> frozenset[EventClass]:
    """The classes that are a claim's event for its kind alone, whatever its statement."""
    return _KIND_EVENTS[kind]


def read_claim(claim: Claim, statement_classes: Iterable[EventClass]) -> ClaimReading:
    """The claim's kind (stated or inferred) and its event classes."""
    classes = frozenset(statement_classes)
    kind = claim.kind or infer_kind(classes, claim.statement)
    # The statement's verbs say what the event is for an event or a target ("open",
    # "raise"); a decision's event is the decision, a state's the state going on.
    events = _KIND_EVENTS[kind]
    if kind is ClaimKind.EVENT:
        events |= classes & _EVENT_CAPABLE
    elif kind is ClaimKind.TARGET:
        # Only the figure reached is a target's event: "first turbine installed" or
        # "output raised" is interim progress (rule 7)
        events |= classes & {EventClass.ACHIEVED}
    elif kind is ClaimKind.DECISION:
        # the change it decides: "will decide whether to cut the duty": the cut made
        events |= classes & {EventClass.CHANGE, EventClass.INCREASE, EventClass.DECREASE}
    falls = (kind is ClaimKind.TARGET and EventClass.DECREASE in classes
             and EventClass.INCREASE not in classes)
    rises = (kind is ClaimKind.TARGET and EventClass.INCREASE in classes
             and EventClass.DECREASE not in classes)
    return ClaimReading(kind, claim.kind is None, events, falls=falls, rises=rises)
