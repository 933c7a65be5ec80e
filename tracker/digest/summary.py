"""A few plain-text lines about a digest, for alerts and e-mail subjects."""

from __future__ import annotations

from tracker.digest.data import DigestData

MAX_CHANGE_LINES = 10  # an alert is a nudge; the digest has the rest


def digest_subject(data: DigestData) -> str:
    """E-mail subject: the date and what moved, e.g. ``… — 2025-03-24: 2 status changes``."""
    moved = _plural(data.counts.status_changes, "status change")
    news = _plural(data.counts.findings, "new finding")
    return f"{data.title}: {moved}, {news}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def alert_body(data: DigestData) -> str:
    """Status changes one per line, then the counts. Plain text, no feed markup."""
    lines = [
        f"{c.claim_id}: {c.old_status or 'new'} → {c.new_status}"
        for c in data.status_changes[:MAX_CHANGE_LINES]
    ]
    if len(data.status_changes) > MAX_CHANGE_LINES:
        lines.append(f"… and {len(data.status_changes) - MAX_CHANGE_LINES} more")
    counts = data.counts
    lines.append(
        f"{_plural(counts.findings, 'new finding')}, {_plural(counts.mentions, 'mention')}, "
        f"{len(data.overdue)} overdue, {len(data.quiet)} quiet, "
        f"{counts.feeds_in_trouble} feed{'' if counts.feeds_in_trouble == 1 else 's'} in trouble"
    )
    return "\n".join(lines)
