"""What ``claimtracker status`` reports: runs, feed health and claim statuses.

Gathering (from the store) is separate from rendering (plain text lines), so
each can be tested on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from tracker.models import Claim, ClaimStatus, FeedHealth, FeedSpec
from tracker.redact import redact_text, redact_url
from tracker.review.timefmt import local_minute
from tracker.service import meta as keys
from tracker.store.feedkey import stored_url
from tracker.store.health import classify_feed
from tracker.store.records import ClaimStatusRecord, FeedState


@dataclass(frozen=True, slots=True)
class FeedHealthCounts:
    """Feeds polled by the service, by health (``classify_feed``). A feed whose last
    fetches failed is ``retrying`` until FAILING_AFTER errors in a row, then
    ``failing`` (the digest's "Feeds in trouble" rule: one timeout is not trouble).
    ``failing_feeds`` lists both, most errors first."""

    ok: int = 0
    retrying: int = 0
    failing: int = 0
    disabled: int = 0
    stale: int = 0
    never_polled: int = 0
    newest_success: datetime | None = None  # the most recent successful fetch of any feed
    failing_feeds: tuple[FeedState, ...] = ()
    disabled_feeds: tuple[FeedState, ...] = ()


def configured_states(
    feeds: Iterable[FeedSpec], stored: Mapping[str, FeedState],
) -> list[FeedState]:
    """One state per configured feed: its stored row (found by current or configured
    URL), else a blank row, since before the first poll the store has none.

    The configuration decides which feeds count and whether they are enabled: the
    store only learns of an edited config.toml at the next poll.
    """
    by_url = dict(stored)
    for state in stored.values():
        if state.config_url:
            by_url.setdefault(state.config_url, state)
    states: dict[str, FeedState] = {}
    for spec in feeds:
        state = by_url.get(stored_url(spec.url)) or FeedState(
            url=spec.url, name=spec.name, etag=None, last_modified=None,
            last_success=None, last_error=None, error_message=None,
            consecutive_errors=0, next_attempt=None, disabled_reason=None,
            last_new_entry=None, newest_entry_published=None, language=spec.language,
            config_url=spec.url,
        )
        # Two configured URLs leading to one feed (a 301) are one feed.
        states.setdefault(state.url, replace(state, in_config=True, enabled=spec.enabled))
    return list(states.values())


def feed_health(states: Iterable[FeedState]) -> FeedHealthCounts:
    """Classify each configured feed once and count each health."""
    states = list(states)
    counts: Counter[FeedHealth] = Counter()
    failing: list[FeedState] = []
    disabled: list[FeedState] = []
    for state in states:
        if not state.in_config:
            continue  # removed from config.toml: kept in the database, not polled
        health = classify_feed(state)
        counts[health] += 1
        if health is FeedHealth.DISABLED:
            disabled.append(state)
        elif health in (FeedHealth.FAILING, FeedHealth.RETRYING):
            failing.append(state)
    failing.sort(key=lambda s: (-s.consecutive_errors, s.name))
    successes = [s.last_success for s in states if s.last_success is not None]
    return FeedHealthCounts(
        ok=counts[FeedHealth.OK], retrying=counts[FeedHealth.RETRYING],
        failing=counts[FeedHealth.FAILING], disabled=counts[FeedHealth.DISABLED],
        stale=counts[FeedHealth.STALE], never_polled=counts[FeedHealth.NEW],
        newest_success=max(successes, default=None), failing_feeds=tuple(failing),
        disabled_feeds=tuple(sorted(disabled, key=lambda s: s.name)),
    )


@dataclass(frozen=True, slots=True)
class ServiceStatus:
    """Everything the status command prints."""

    running_pid: int | None
    runs: Mapping[str, datetime | None]
    last_poll_result: str | None
    last_digest_day: str | None
    pending_delivery: str | None
    health: FeedHealthCounts
    claims: Sequence[tuple[str, ClaimStatus, datetime | None]] = field(default_factory=tuple)
    failures: Sequence[tuple[str, datetime, str]] = ()  # (job, when, message), newest kept


RUN_LABELS: tuple[tuple[str, str], ...] = (
    ("last poll", keys.LAST_POLL_END),
    ("next poll", keys.NEXT_POLL),
    ("last digest run", keys.LAST_DIGEST_RUN),
    ("next digest", keys.NEXT_DIGEST),
)

FAILURE_LABELS: tuple[tuple[str, str], ...] = (
    ("poll", keys.LAST_POLL_FAILURE),
    ("digest", keys.LAST_DIGEST_FAILURE),
    ("delivery", keys.LAST_DELIVERY_FAILURE),
)


def gather_status(
    meta: keys.MetaStore,
    states: Iterable[FeedState],
    statuses: Mapping[str, ClaimStatusRecord],
    claims: Sequence[Claim],
    running_pid: int | None,
) -> ServiceStatus:
    runs = {label: keys.parse_time(meta.get_meta(key)) for label, key in RUN_LABELS}
    claim_rows: list[tuple[str, ClaimStatus, datetime | None]] = []
    known = {c.id for c in claims}
    for claim_id in sorted(known | set(statuses)):
        record = statuses.get(claim_id)
        if record is None:
            claim_rows.append((claim_id, ClaimStatus.OPEN, None))
        else:
            claim_rows.append((claim_id, record.status, record.since))
    return ServiceStatus(
        running_pid=running_pid,
        runs=runs,
        last_poll_result=meta.get_meta(keys.LAST_POLL_RESULT),
        last_digest_day=meta.get_meta(keys.LAST_DIGEST_DAY),
        pending_delivery=meta.get_meta(keys.PENDING_DELIVERY) or None,
        health=feed_health(states),
        claims=tuple(claim_rows),
        failures=tuple((job, *failure) for job, key in FAILURE_LABELS
                       if (failure := keys.parse_failure(meta.get_meta(key))) is not None),
    )


def _health_summary(h: FeedHealthCounts) -> str:
    if h.never_polled and not (h.ok or h.retrying or h.failing or h.stale):
        # Before the first poll "0 ok" would read like "all broken".
        noun = "feed" if h.never_polled == 1 else "feeds"
        text = f"{h.never_polled} {noun} never polled (no poll has run yet)"
        return text + (f", {h.disabled} disabled" if h.disabled else "")
    return (f"{h.ok} ok, {h.retrying} retrying, {h.failing} failing, {h.disabled} disabled, "
            f"{h.stale} stale, {h.never_polled} never polled")


def render_status(status: ServiceStatus, zone: ZoneInfo | None = None) -> list[str]:
    """Plain text lines, one fact each; times in ``zone`` (default UTC), named."""
    zone = zone or ZoneInfo("UTC")
    lines = [
        f"service: running (PID {status.running_pid})" if status.running_pid
        else "service: not running",
        f"times in {zone.key}",
    ]
    for label, value in status.runs.items():
        if label.startswith("last"):
            shown = local_minute(value, zone)
        elif status.running_pid is None:
            shown = "not scheduled (service not running)"  # a stored time would be stale
        else:
            shown = local_minute(value, zone) if value else "not scheduled"
        lines.append(f"{label}: {shown}")
    if status.last_poll_result:
        lines.append(f"last poll result: {status.last_poll_result}")
    lines.append(f"last digest written for: {status.last_digest_day or 'none yet'}")
    for job, when, message in status.failures:
        lines.append(f"last {job} failure: {local_minute(when, zone)} — {message}")
    if status.pending_delivery:
        lines.append(f"digests awaiting delivery: {status.pending_delivery}")
    h = status.health
    lines.append(f"feeds: {_health_summary(h)}")
    # Polls run by hand (``claimtracker poll``) show here, not as service runs.
    lines.append(f"newest successful fetch: {local_minute(h.newest_success, zone)}")
    for state in h.failing_feeds:
        lines.append(
            f"  {classify_feed(state)}: {state.name} <{redact_url(state.url)}> — "
            f"{state.consecutive_errors} error(s) in a row, "
            f"last: {redact_text(state.error_message or 'unknown error')}"
        )
    for state in h.disabled_feeds:
        reason = state.disabled_reason or "in config"
        lines.append(f"  disabled: {state.name} <{redact_url(state.url)}> — "
                     f"{redact_text(reason)}")
    lines.append(f"claims: {len(status.claims)}")
    width = max((len(cid) for cid, _, _ in status.claims), default=0)
    for claim_id, claim_status, since in status.claims:
        suffix = f" since {since.astimezone(zone).date().isoformat()}" if since else ""
        lines.append(f"  {claim_id:<{width}}  {claim_status.value}{suffix}")
    return lines
