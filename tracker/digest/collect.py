"""Build a ``DigestData`` for a period from the store and the claims.

Everything that decides what a past day's digest shows is read "as of" the
period's end (findings by ``found_at``, status history, evidence dates, feed
health history, newest entries), so regenerating a past day gives the same
digest. The one exception is a day before an upgraded database started keeping
feed health history: it shows the feeds' current health.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.digest.board import collect_board
from tracker.digest.data import (
    VERDICT_ORDER,
    ClaimFindings,
    DigestCounts,
    DigestData,
    DigestItem,
    FeedProblem,
    OverdueClaim,
    QuietClaim,
    StatusChangeItem,
    VerdictGroup,
)
from tracker.digest.items import to_item
from tracker.feeds.search import SEARCH_FEED_PREFIX
from tracker.models import Claim, ClaimStatus, FeedHealth, Verdict
from tracker.redact import redact_text, redact_url
from tracker.settings import DigestSettings
from tracker.store.db import Store
from tracker.store.health import classify_feed
from tracker.store.records import FeedHealthRecord, FeedState, FindingRecord, StatusChange

SETTLED = frozenset({ClaimStatus.CONFIRMED, ClaimStatus.CONTRADICTED})
"""Claims in these states are neither overdue nor quiet: the question is answered."""

_BEGINNING = datetime(1970, 1, 1, tzinfo=UTC)
_UNKNOWN_CLAIM = "(claim no longer in the claims folder)"


def _zone_of(moment: datetime) -> ZoneInfo:
    key = getattr(moment.tzinfo, "key", None)
    return ZoneInfo(key) if isinstance(key, str) else ZoneInfo("UTC")


def _item_order(item: DigestItem) -> tuple[float, str, str, str]:
    # Newest first; undated last; ties broken on text so the order is stable.
    newest_first = -item.date.timestamp() if item.date else float("inf")
    return (newest_first, item.source, item.title, item.link or "")


def _group_findings(
    findings: Iterable[FindingRecord], statements: dict[str, str], verdicts: Sequence[Verdict],
    web_url: str | None = None,
) -> tuple[ClaimFindings, ...]:
    by_claim: dict[str, dict[Verdict, list[DigestItem]]] = defaultdict(lambda: defaultdict(list))
    for finding in findings:
        if finding.verdict in verdicts:
            by_claim[finding.claim_id][finding.verdict].append(to_item(finding, web_url))
    return tuple(
        ClaimFindings(
            claim_id=claim_id,
            statement=statements.get(claim_id, _UNKNOWN_CLAIM),
            groups=tuple(
                VerdictGroup(verdict, tuple(sorted(groups[verdict], key=_item_order)))
                for verdict in verdicts
                if groups.get(verdict)
            ),
        )
        for claim_id, groups in sorted(by_claim.items())
    )


def _status_changes(
    changes: Sequence[StatusChange], statements: dict[str, str], web_url: str | None = None,
) -> tuple[StatusChangeItem, ...]:
    """One line per claim: its first old status → its last new status in the period.

    A claim's first status ever being "open" is bookkeeping, not news: left out.
    """
    per_claim: dict[str, list[StatusChange]] = defaultdict(list)
    for change in changes:
        per_claim[change.claim_id].append(change)
    items = []
    for claim_id, moves in per_claim.items():
        first, last = moves[0], moves[-1]
        if first.old_status is None and last.new_status is ClaimStatus.OPEN:
            continue
        items.append(StatusChangeItem(
            claim_id=claim_id,
            statement=statements.get(claim_id, _UNKNOWN_CLAIM),
            old_status=str(first.old_status) if first.old_status else None,
            new_status=str(last.new_status),
            changed_at=last.changed_at,
            reason=last.reason,
            evidence=to_item(last.finding, web_url) if last.finding else None,
        ))
    return tuple(sorted(items, key=lambda i: (i.changed_at, i.claim_id)))


def _statuses_as_of(history: Sequence[StatusChange]) -> dict[str, ClaimStatus]:
    status: dict[str, ClaimStatus] = {}
    for change in history:  # oldest first: the last one wins
        status[change.claim_id] = change.new_status
    return status


def _overdue(
    claims: Sequence[Claim], statuses: dict[str, ClaimStatus], day: date
) -> tuple[OverdueClaim, ...]:
    items = [
        OverdueClaim(
            claim_id=claim.id,
            statement=claim.statement,
            expected_by=claim.expected_by,
            days_overdue=(day - claim.expected_by).days,
            status=str(statuses.get(claim.id, ClaimStatus.OPEN)),
        )
        for claim in claims
        if claim.expected_by is not None
        and claim.expected_by < day
        and statuses.get(claim.id, ClaimStatus.OPEN) not in SETTLED
    ]
    return tuple(sorted(items, key=lambda c: (-c.days_overdue, c.claim_id)))


def _quiet(
    claims: Sequence[Claim],
    statuses: dict[str, ClaimStatus],
    last_evidence: dict[str, datetime],
    day: date,
    zone: ZoneInfo,
    quiet_days: int,
    skip: set[str],
) -> tuple[QuietClaim, ...]:
    items = []
    for claim in claims:
        status = statuses.get(claim.id, ClaimStatus.OPEN)
        if claim.id in skip or status in SETTLED or claim.claimed_on > day:
            continue
        newest = last_evidence.get(claim.id)
        last_day = newest.astimezone(zone).date() if newest else None
        days = (day - (last_day or claim.claimed_on)).days
        if days >= quiet_days:
            items.append(QuietClaim(claim.id, claim.statement, last_day, days, str(status)))
    return tuple(sorted(items, key=lambda c: (-c.days_quiet, c.claim_id)))


def _current_health(state: FeedState) -> FeedHealthRecord:
    """The feed row's health now, for a day before health history was kept."""
    kind = classify_feed(state, retrying=False)
    detail = {FeedHealth.DISABLED: state.disabled_reason,
              FeedHealth.FAILING: state.error_message}.get(kind)
    return FeedHealthRecord(state.id, kind, None, detail or "", state.last_success)


def _feed_problem(
    state: FeedState, health: FeedHealthRecord, end: datetime, stale_days: int,
    zone: ZoneInfo, errors_now: int | None = None,
) -> FeedProblem | None:
    """``health``: the feed's state at ``end``. ``errors_now``: its current error
    count, given only when ``health`` is its current health."""
    def day(moment: datetime) -> str:
        try:
            return moment.astimezone(zone).date().isoformat()
        except OverflowError:  # a feed's 0001-01-01 or 9999-12-31: the UTC day
            return moment.date().isoformat()

    kind = health.state
    if kind is FeedHealth.DISABLED:
        return FeedProblem(state.name, redact_url(state.url), kind,
                           redact_text(health.detail or "disabled"))
    if kind is FeedHealth.FAILING:
        # As of a past day only the moment it started failing is known, not the count.
        detail = (f"{errors_now} consecutive errors" if errors_now is not None
                  else f"failing since {day(health.since)}" if health.since else "failing")
        if health.last_success:
            detail += f", last success {day(health.last_success)}"
        if health.detail:
            detail += f": {redact_text(health.detail)}"
        return FeedProblem(state.name, redact_url(state.url), kind, detail)
    # Search feeds go quiet when their claim does; the quiet-claims list says that.
    if kind is FeedHealth.NEW or state.name.startswith(SEARCH_FEED_PREFIX):
        return None
    newest = state.newest_entry_published or state.last_new_entry
    if newest is None:
        return FeedProblem(state.name, redact_url(state.url), FeedHealth.STALE,
                           "answers but has no entries")
    if kind is FeedHealth.STALE or end - newest > timedelta(days=stale_days):
        age = (end - newest).days
        detail = f"newest entry from {day(newest)} ({age} days before the period's end)"
        return FeedProblem(state.name, redact_url(state.url), FeedHealth.STALE, detail)
    return None


_KIND_ORDER = {FeedHealth.DISABLED: 0, FeedHealth.FAILING: 1, FeedHealth.STALE: 2}


def _feeds_in_trouble(
    states: Iterable[FeedState], history: dict[int, FeedHealthRecord] | None, end: datetime,
    stale_days: int, zone: ZoneInfo,
) -> tuple[FeedProblem, ...]:
    """``history``: each feed's health as of ``end``; None before it was kept, when
    the feeds' current health stands in (the only part of a past digest that can
    still change)."""
    problems = []
    for state in states:
        if not (state.in_config and state.enabled):
            continue
        if history is None:
            health, errors_now = _current_health(state), state.consecutive_errors
        else:  # no row before the end: the feed had not answered yet
            health = history.get(state.id) or FeedHealthRecord(state.id, FeedHealth.NEW, None)
            errors_now = None
        problem = _feed_problem(state, health, end, stale_days, zone, errors_now)
        if problem is not None:
            problems.append(problem)
    return tuple(sorted(problems, key=lambda p: (_KIND_ORDER[p.kind], p.name, p.url)))


def collect_digest(
    store: Store,
    claims: Sequence[Claim],
    start: datetime,
    end: datetime,
    settings: DigestSettings,
    now: datetime,
) -> DigestData:
    """Everything the digest for [start, end) shows.

    ``start``/``end`` are timezone-aware; the zone of ``start`` (a ``ZoneInfo``)
    is the zone the digest prints times in. ``now`` only decides whether the
    period is still running (``partial``).
    """
    zone = _zone_of(start)
    generated_for = (end - timedelta(microseconds=1)).astimezone(zone).date()
    statements = {claim.id: claim.statement for claim in claims}

    findings = store.findings_between(start, end)
    flag_groups = _group_findings(findings, statements, VERDICT_ORDER, settings.web_url)
    mention_groups = _group_findings(findings, statements, (Verdict.MENTIONS,),
                                     settings.web_url)

    history = store.status_changes_between(_BEGINNING, end)
    statuses = _statuses_as_of(history)
    changes = _status_changes([c for c in history if c.changed_at >= start], statements,
                              settings.web_url)

    overdue = _overdue(claims, statuses, generated_for)
    quiet = _quiet(
        claims, statuses, store.last_evidence_dates(before=end), generated_for, zone,
        settings.quiet_days, skip={c.claim_id for c in overdue},
    )
    feed_states = [s for s in store.feed_states(entries_before=end).values() if s.in_config]
    trouble = _feeds_in_trouble(feed_states, store.feed_health_as_of(end), end,
                                settings.stale_feed_days, zone)

    board, attention = collect_board(store, claims, history, findings, end, generated_for,
                                     settings.web_url)
    counts = DigestCounts(
        entries=store.entry_count_between(start, end),
        findings=sum(c.item_count for c in flag_groups),
        mentions=sum(c.item_count for c in mention_groups),
        status_changes=len(changes),
        claims=len(claims),
        feeds=len(feed_states),
        feeds_in_trouble=len(trouble),
    )
    return DigestData(
        period_start=start,
        period_end=end,
        generated_for=generated_for,
        timezone=zone.key,
        status_changes=changes,
        findings=flag_groups,
        mentions=mention_groups,
        overdue=overdue,
        quiet=quiet,
        feeds_in_trouble=trouble,
        counts=counts,
        quiet_days=settings.quiet_days,
        partial=now < end,
        board=board,
        attention=attention,
        web_url=settings.web_url,
    )
