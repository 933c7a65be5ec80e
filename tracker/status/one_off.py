"""A one-off claim's confirmations read together: follow-ups and early reports.

The matcher judges each item alone. For a one-off event (a launch, a first meeting)
the claim's history says more: once the event is *established*, a report that it
happened, published well before or after that, cannot be the event's own news.

- The event is established at the earliest confirmation the analyst accepted; else
  at the start of the busiest run of confirmations from two sources or more within
  ``CORROBORATION`` (one outlet's misreading of a preview establishes nothing; two
  outlets' preview gives way to the event that more of them report), the earliest of
  equally busy runs.
- A confirmation published more than ``FOLLOW_UP_MARGIN`` after it is a **follow-up**:
  later rounds, visits and new phases told with the same words (labelling rule 5). A
  weekly, or a paper abroad, tells the event itself some days after the dailies.
- One published more than ``MARGIN`` before it reported something before the event
  as done: a step or a preview read as the event (rules 2 and 6).

Both are stored and counted as updates. Event and meeting claims get both rules. A
decision is taken once too, so early reports of it are steps (a committee's approval
before the vote), but what follows it (the grant paid, the contract signed) still
confirms it (rule 6): a decision gets the early rule only. Targets and states may be
confirmed again and again. Design and figures: docs/status.md, "One-off events".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.models import ClaimKind

ONE_OFF_KINDS = frozenset({ClaimKind.EVENT, ClaimKind.MEETING, ClaimKind.DECISION})
FOLLOW_UP_KINDS = frozenset({ClaimKind.EVENT, ClaimKind.MEETING})  # later reports follow up
CORROBORATION = timedelta(days=3)  # a second source reports the event within this
MARGIN = timedelta(days=3)  # reports further than this before the event are not its news
FOLLOW_UP_MARGIN = timedelta(days=14)  # nor further than this after it


@dataclass(frozen=True, slots=True)
class Confirmation:
    """One report, as the matcher read it, that a claim's event happened."""

    key: Hashable  # what the caller relabels (a finding id, an (item, claim) pair)
    published: datetime | None  # None: undated, never relabelled nor a witness
    source: str  # the publisher: a second report must come from another one
    accepted: bool = False  # an analyst accepted it: established on its own


def one_off_claims(kinds: Mapping[str, ClaimKind]) -> dict[str, ClaimKind]:
    """The claims whose event happens once, with their kinds."""
    return {claim_id: kind for claim_id, kind in kinds.items() if kind in ONE_OFF_KINDS}


def established(confirmations: Iterable[Confirmation]) -> datetime | None:
    """When the event happened by its reports: the earliest dated confirmation an
    analyst accepted; else the start of the busiest run of reports from two sources
    or more within ``CORROBORATION`` (the earliest of equal runs); else None."""
    dated = sorted((c for c in confirmations if c.published is not None),
                   key=lambda c: c.published or datetime.min)
    accepted = [c.published for c in dated if c.accepted]
    if accepted:
        return accepted[0]
    best: datetime | None = None
    best_sources = 1
    for number, first in enumerate(dated):
        assert first.published is not None
        sources = {first.source}
        for later in dated[number + 1:]:
            assert later.published is not None
            if later.published - first.published > CORROBORATION:  # (no overflow at year 9999)
                break
            sources.add(later.source)
        if len(sources) > best_sources:
            best, best_sources = first.published, len(sources)
    return best


def out_of_step_by_claim(
    kinds: Mapping[str, ClaimKind], confirmations: Iterable[tuple[str, Confirmation]],
) -> dict[Hashable, datetime]:
    """``out_of_step`` over several claims' (claim id, confirmation) pairs; a claim
    missing from ``kinds`` or not one-off relabels nothing."""
    by_claim: dict[str, list[Confirmation]] = {}
    for claim_id, confirmation in confirmations:
        by_claim.setdefault(claim_id, []).append(confirmation)
    found: dict[Hashable, datetime] = {}
    for claim_id, claim_confirmations in by_claim.items():
        kind = kinds.get(claim_id)
        if kind is not None:
            found.update(out_of_step(claim_confirmations, kind))
    return found


def out_of_step(confirmations: Sequence[Confirmation],
                kind: ClaimKind) -> dict[Hashable, datetime]:
    """Key -> the event's date, for each confirmation published more than ``MARGIN``
    before an established event, or more than ``FOLLOW_UP_MARGIN`` after it for an
    event or a meeting (never one an analyst accepted)."""
    event = established(confirmations)
    if event is None or kind not in ONE_OFF_KINDS:
        return {}
    follow_ups = kind in FOLLOW_UP_KINDS
    return {c.key: event for c in confirmations
            if c.published is not None and not c.accepted
            and (event - c.published > MARGIN
                 or (follow_ups and c.published - event > FOLLOW_UP_MARGIN))}
