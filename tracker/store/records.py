"""Read-side records the store hands to the digest, the status code and the CLI.

Plain frozen dataclasses, no database handles: a record stays valid after the
store is closed. Field order of the first fields is part of the cross-helper
contract (docs/api); later fields have defaults and may grow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from tracker.models import ClaimStatus, FeedHealth, Finding, Verdict


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed row: validators, health and the dates the digest reports on."""

    url: str
    name: str
    etag: str | None
    last_modified: str | None
    last_success: datetime | None
    last_error: datetime | None
    error_message: str | None
    consecutive_errors: int
    next_attempt: datetime | None
    disabled_reason: str | None
    last_new_entry: datetime | None           # first_seen of the newest stored entry
    newest_entry_published: datetime | None   # newest entry publication date
    id: int = 0
    language: str | None = None
    body_hash: str | None = None
    in_config: bool = True                    # False: removed from config, kept, not polled
    enabled: bool = True                      # False: disabled in config, not polled
    stale: bool = False                       # 200 but newest entry older than the stale limit
    config_url: str | None = None             # the URL as configured (url follows 301s)


@dataclass(frozen=True, slots=True)
class FeedHealthRecord:
    """A feed's health state as recorded at some moment (tracker.store.health)."""

    feed_id: int
    state: FeedHealth                # never RETRYING (see classify_feed)
    since: datetime | None           # when it entered the state (None: no row yet)
    detail: str = ""                 # disabled: the reason; failing: the error then
    last_success: datetime | None = None  # the feed's last success when it changed


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """One stored feed entry, as the digest shows it."""

    id: int
    feed_name: str
    feed_url: str
    title: str
    link: str | None
    published: datetime | None
    source_name: str | None
    first_seen: datetime | None = None
    canonical_link: str | None = None
    duplicate_of: int | None = None

    @property
    def date(self) -> datetime | None:
        """The date that orders evidence: publication, else when first seen."""
        return self.published or self.first_seen


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A stored finding with its entry and the syndicated copies of that entry."""

    claim_id: str
    verdict: Verdict
    score: float
    terms: tuple[str, ...]
    sentence: str
    found_at: datetime
    entry: EntryRecord
    copies: tuple[EntryRecord, ...] = ()
    id: int = 0
    cues: tuple[str, ...] = ()
    matcher_version: str = ""
    claims_hash: str = ""
    # set: the matcher's confirms, stored as an update of the event established then
    event_on: datetime | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One row of claim_status_history: a claim moved from one status to another."""

    claim_id: str
    old_status: ClaimStatus | None   # None: the first status ever recorded
    new_status: ClaimStatus
    changed_at: datetime
    finding: FindingRecord | None    # the finding that moved it (None: deadline, rematch)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ClaimStatusRecord:
    """A claim's current status: the newest history row."""

    claim_id: str
    status: ClaimStatus
    since: datetime
    finding: FindingRecord | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StoreOutcome:
    """What storing one feed's entries did."""

    new: int = 0
    updated: int = 0
    duplicates: int = 0      # new entries stored as copies of an earlier story
    unchanged: int = 0
    matched: int = 0         # new entries stored with their findings ('done' at once)
    findings: int = 0        # findings inserted for those
    match_errors: tuple[str, ...] = ()  # matcher failures on those entries


class PreparedEntry(NamedTuple):  # a tuple: cheap to send back from worker processes
    """What storing an entry needs that can be computed away from the database
    (in a worker process): its keys and, optionally, its matcher output.

    ``findings`` is the matcher's answer for the entry *as it will be read back
    from the store* (tracker.poll.prepare builds that view); None means "not
    matched", and the entry is stored 'pending' as usual.
    """

    content_hash: str
    canonical_link: str | None
    title_key: str | None
    findings: tuple[Finding, ...] | None = None
    match_error: str | None = None   # the matcher failed on it: stored with no findings


@dataclass(frozen=True, slots=True)
class MatchStamp:
    """What every finding row records about the run that produced it."""

    matcher_version: str
    claims_hash: str


class Unchanged(NamedTuple):
    """A feed that answered 304 (or re-sent the same body): what its health row records."""

    feed_url: str
    next_attempt: datetime
    permanent_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None


class EntryCounts(NamedTuple):
    """How many entries the store holds (``Store.entry_counts``)."""

    total: int
    duplicates: int
    pending: int


REVIEW_ACTIONS = ("accept", "reject", "verdict")


@dataclass(frozen=True, slots=True)
class Review:
    """The review in force for one (claim, entry)."""

    claim_id: str
    entry_id: int
    action: str                # accept | reject | verdict
    verdict: Verdict | None    # the reviewer's verdict (action "verdict")
    note: str
    by: str
    at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"action": self.action, "verdict": str(self.verdict) if self.verdict else None,
                "note": self.note, "by": self.by, "at": self.at.isoformat()}


@dataclass(frozen=True, slots=True)
class Resolution:
    """A claim resolved by hand, in force until reopened."""

    claim_id: str
    status: ClaimStatus
    note: str
    by: str
    at: datetime
