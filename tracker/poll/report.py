"""What one poll cycle or one rematch did, for the CLI, the service and tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from tracker.redact import redact_url
from tracker.store.records import StatusChange


class OutcomeState(StrEnum):
    """What one feed's fetch came to in a cycle."""

    OK = "ok"                      # a new body, parsed and stored
    NOT_MODIFIED = "not_modified"  # 304, or the same body as last time
    FAILED = "failed"              # fetch or parse error: retried later
    DISABLED = "disabled"          # 410 Gone: not polled until `feeds enable`


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """One feed's result in a cycle."""

    url: str
    name: str
    state: OutcomeState
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    error: str | None = None

    @property
    def reason(self) -> str:
        """The error without the feed URL it starts with: messages name the feed
        instead, since generated search-feed URLs run to hundreds of characters."""
        return (self.error or "").removeprefix(f"{redact_url(self.url)}: ")


@dataclass
class CycleReport:
    polled: int = 0          # feeds fetched this cycle
    ok: int = 0              # 200 with a new body, parsed and stored
    not_modified: int = 0    # 304, or 200 with the same body as last time
    failed: int = 0          # fetch or parse error (410 included)
    not_due: int = 0         # configured and enabled but not due yet
    skipped: int = 0         # disabled in config or by a 410
    new_entries: int = 0
    updated_entries: int = 0
    duplicates: int = 0      # new entries stored as copies of an earlier story
    matched_entries: int = 0
    findings: int = 0        # findings inserted
    findings_updated: int = 0
    findings_deleted: int = 0
    status_changes: list[StatusChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outcomes: list[FeedOutcome] = field(default_factory=list)
    interrupted: bool = False  # stopped early (Ctrl-C, service stopping)
    not_fetched: int = 0       # due feeds left for the next poll when interrupted
    next_due: datetime | None = None  # the earliest next attempt of the feeds not due

    def idle_line(self, now: datetime) -> str | None:
        """When nothing was due: when the next feed is, and how to poll anyway."""
        if self.polled or not self.not_due:
            return None
        when = ""
        if self.next_due is not None:
            minutes = max(0, round((self.next_due - now).total_seconds() / 60))
            when = (f"; the next feed is due at {self.next_due.astimezone(UTC):%Y-%m-%d %H:%M}"
                    f" UTC (in {minutes} min)")
        return f"nothing due{when}; 'claimtracker poll --all' polls every feed now"

    def summary(self) -> str:
        """One line for logs and non-terminal output."""
        if self.interrupted:
            return (
                f"interrupted: kept {self.polled} feeds fetched before the stop "
                f"({self.new_entries} new entries, {self.updated_entries} updated); "
                f"{self.not_fetched} feeds not fetched, they are polled next time; "
                "entries not matched yet are matched at the next poll"
            )
        return (
            f"polled {self.polled} feeds: {self.ok} ok, {self.not_modified} not modified, "
            f"{self.failed} failed, {self.not_due} not due; {self.new_entries} new entries "
            f"({self.duplicates} copies), {self.updated_entries} updated; "
            f"{self.findings} new findings, {self.findings_updated} updated; "
            f"{len(self.status_changes)} status changes"
        )


@dataclass
class RematchReport:
    entries: int = 0
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    status_changes: list[StatusChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"re-matched {self.entries} entries: {self.inserted} findings added, "
            f"{self.updated} updated, {self.deleted} removed; "
            f"{len(self.status_changes)} status changes"
        )
