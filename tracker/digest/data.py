"""The digest as plain data: what the renderers show, nothing about how.

``collect_digest`` builds a ``DigestData`` from the store; the renderers turn it
into Markdown or HTML. Keeping this model free of database handles lets the
renderers be tested on data built by hand, and keeps the output a pure function
of the data (so regenerating a past day gives the same file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tracker.models import FeedHealth, Verdict
from tracker.review.text import same_words

# The order in which verdict groups are shown under a claim: news that a claim
# fell through matters most, then material changes, then confirmations.
VERDICT_ORDER: tuple[Verdict, ...] = (Verdict.CONTRADICTS, Verdict.UPDATES, Verdict.CONFIRMS)


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story: a finding's entry, with its syndicated copies folded in.

    ``source`` is the publisher as the reader knows it (the aggregator's
    ``<source>`` name when there is one, else the feed name). ``other_sources``
    names the other outlets that carried the same story, sorted.
    """

    title: str
    source: str
    date: datetime | None
    link: str | None
    sentence: str
    terms: tuple[str, ...]
    score: float
    verdict: Verdict
    other_sources: tuple[str, ...] = ()
    review_url: str | None = None   # the finding's page in the web app, when enabled
    # set: read as the claim's one-off event done, but well before or after the event
    # established then, so an update (docs/status.md, "One-off events")
    event_on: datetime | None = None

    @property
    def shown_sentence(self) -> str:
        """The sentence that carries the verdict; "" when it only repeats the title."""
        return "" if same_words(self.sentence, self.title) else self.sentence

    @property
    def event_side(self) -> str:
        """"after" or "before" the established event ("" when not relabelled)."""
        if self.event_on is None:
            return ""
        return "after" if self.date is not None and self.date > self.event_on else "before"


@dataclass(frozen=True, slots=True)
class VerdictGroup:
    verdict: Verdict
    items: tuple[DigestItem, ...]


@dataclass(frozen=True, slots=True)
class ClaimFindings:
    """The new findings of one claim, grouped by verdict (in ``VERDICT_ORDER``)."""

    claim_id: str
    statement: str
    groups: tuple[VerdictGroup, ...]

    @property
    def item_count(self) -> int:
        return sum(len(g.items) for g in self.groups)


@dataclass(frozen=True, slots=True)
class StatusChangeItem:
    """A claim whose status moved during the period (first old → last new)."""

    claim_id: str
    statement: str
    old_status: str | None  # None: the first status ever recorded
    new_status: str
    changed_at: datetime
    reason: str = ""
    evidence: DigestItem | None = None


@dataclass(frozen=True, slots=True)
class OverdueClaim:
    """A claim past its ``expected_by`` date and neither confirmed nor contradicted."""

    claim_id: str
    statement: str
    expected_by: date
    days_overdue: int
    status: str


@dataclass(frozen=True, slots=True)
class QuietClaim:
    """A claim with no news (not even a mention) for ``quiet_days`` or more.

    ``last_evidence`` is None when nothing was ever found; ``days_quiet`` then
    counts from the day the claim was made.
    """

    claim_id: str
    statement: str
    last_evidence: date | None
    days_quiet: int
    status: str


@dataclass(frozen=True, slots=True)
class FeedProblem:
    """A feed the reader should look at. ``kind``: disabled, failing or stale."""

    name: str
    url: str
    kind: FeedHealth
    detail: str


@dataclass(frozen=True, slots=True)
class BoardLine:
    """One claim on the board at the top of the digest: where it stands."""

    claim_id: str
    statement: str
    status: str
    by_hand: bool                  # resolved by hand (until reopened)
    event_date: datetime | None    # the decisive evidence's date, not the poll time
    deadline: date | None
    days: str                      # "11 days left", "3 days overdue", "" (no deadline)
    late: bool
    evidence: DigestItem | None
    sources: int                   # independent outlets behind the status
    reason: str
    timeline_svg: str              # inline SVG (escaped where it was built)
    timeline_text: str             # the same as one line, for mail without SVG


@dataclass(frozen=True, slots=True)
class AttentionItem:
    claim_id: str
    item: DigestItem | None
    why: str


@dataclass(frozen=True, slots=True)
class DigestCounts:
    entries: int           # entries first seen during the period
    findings: int          # flag stories (after folding syndicated copies)
    mentions: int          # mention stories
    status_changes: int
    claims: int            # claims tracked
    feeds: int             # feeds known to the store
    feeds_in_trouble: int


@dataclass(frozen=True, slots=True)
class DigestData:
    """Everything one digest shows, in display order.

    ``period_start``/``period_end`` are timezone-aware and half-open
    ([start, end)); ``generated_for`` names the file (YYYY-MM-DD). ``partial``
    is True when the period had not ended when the digest was made.
    """

    period_start: datetime
    period_end: datetime
    generated_for: date
    timezone: str
    status_changes: tuple[StatusChangeItem, ...]
    findings: tuple[ClaimFindings, ...]
    mentions: tuple[ClaimFindings, ...]
    overdue: tuple[OverdueClaim, ...]
    quiet: tuple[QuietClaim, ...]
    feeds_in_trouble: tuple[FeedProblem, ...]
    counts: DigestCounts
    quiet_days: int = 14
    partial: bool = False
    board: tuple[BoardLine, ...] = ()
    attention: tuple[AttentionItem, ...] = ()
    web_url: str | None = None

    @property
    def title(self) -> str:
        return f"Claim Tracker digest — {self.generated_for.isoformat()}"
