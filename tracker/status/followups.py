"""Follow-ups of a one-off event: later reports that it happened are updates.

Labelling rule 5: after a one-off event (a launch, a first meeting), later rounds,
visits and new phases are updates, not new confirmations. The matcher judges each
item alone and cannot tell "the talks were held" on the day from the same words a
month later, so this pure function reads a claim's confirmations together:

- the event is *established* at the earliest confirmation that another source
  confirms too within ``CORROBORATION`` (one outlet's early misreading of a preview
  establishes nothing), or that the analyst accepted;
- a confirmation published more than ``FOLLOW_UP_AFTER`` after that is a follow-up.

Only event and meeting claims are one-off: a decision, a target or a state can be
confirmed again and again. Design and figures: docs/matching.md, "Follow-ups".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.models import ClaimKind

ONE_OFF_KINDS = frozenset({ClaimKind.EVENT, ClaimKind.MEETING})
CORROBORATION = timedelta(days=3)  # a second source reports the event within this
FOLLOW_UP_AFTER = timedelta(days=3)  # reports later than this after the event follow it


@dataclass(frozen=True, slots=True)
class Confirmation:
    """One report, as the matcher read it, that a claim's event happened."""

    key: Hashable  # what the caller relabels (a finding id, an (item, claim) pair)
    published: datetime | None  # None: undated, never a follow-up nor a witness
    source: str  # the feed: a second report must come from another one
    accepted: bool = False  # an analyst accepted it: established on its own


def one_off_claims(kinds: Mapping[str, ClaimKind]) -> frozenset[str]:
    """The ids of the claims whose event happens once."""
    return frozenset(claim_id for claim_id, kind in kinds.items() if kind in ONE_OFF_KINDS)


def established(confirmations: Iterable[Confirmation]) -> datetime | None:
    """When the event happened by its reports: the earliest dated confirmation that
    an analyst accepted or that another source confirmed soon after; else None."""
    dated = sorted((c for c in confirmations if c.published is not None),
                   key=lambda c: c.published or datetime.min)
    for number, first in enumerate(dated):
        assert first.published is not None
        if first.accepted:
            return first.published
        for later in dated[number + 1:]:
            assert later.published is not None
            if later.published - first.published > CORROBORATION:  # (no overflow at year 9999)
                break
            if later.source != first.source:
                return first.published
    return None


def follow_ups(confirmations: Sequence[Confirmation]) -> dict[Hashable, datetime]:
    """Key -> the event's date, for each confirmation that follows up an established
    event (published more than ``FOLLOW_UP_AFTER`` after it)."""
    event = established(confirmations)
    if event is None:
        return {}
    return {c.key: event for c in confirmations
            if c.published is not None and c.published - event > FOLLOW_UP_AFTER
            and not c.accepted}
