"""The claims board and "needs your attention" at the top of the digest, as of the
period's end: statuses from the history before it, flags found before it, and the
reviews and resolutions made before it (docs/digest.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from tracker.digest.data import AttentionItem, BoardLine, DigestItem
from tracker.digest.items import to_item
from tracker.models import Claim
from tracker.review.board import SETTLED, BoardRow, build_board, needs_attention
from tracker.review.listing import reviewed
from tracker.review.timeline import days_label, timeline_svg, timeline_text
from tracker.store.db import Store
from tracker.store.records import FindingRecord, StatusChange


def collect_board(
    store: Store, claims: Sequence[Claim], history: Sequence[StatusChange],
    period_findings: Sequence[FindingRecord], end: datetime, day: date,
    web_url: str | None,
) -> tuple[tuple[BoardLine, ...], tuple[AttentionItem, ...]]:
    flags = [f for f in store.all_findings(flags_only=True) if f.found_at < end]
    reviews = {k: r for k, r in store.reviews([c.id for c in claims]).items() if r.at < end}
    resolutions = {k: r for k, r in store.resolutions().items() if r.at < end}
    rows = build_board(claims, history, flags, reviews, resolutions, day)
    period_flags = reviewed([f for f in period_findings if f.verdict.is_flag], reviews)
    attention = needs_attention(rows, period_flags)
    items: list[AttentionItem] = []
    for row in attention.contradictions:
        items.append(AttentionItem(row.claim_id, _evidence(row, web_url),
                                   "contradicted: check the evidence"))
    low = {id(r) for r in attention.low_confidence}
    for flag in attention.new_flags:
        why = (f"low-confidence {flag.finding.verdict} flag ({flag.finding.score:.2f})"
               if id(flag) in low else f"new {flag.finding.verdict} flag, not reviewed")
        items.append(AttentionItem(flag.finding.claim_id, to_item(flag.finding, web_url), why))
    for row in attention.overdue_silent:
        items.append(AttentionItem(row.claim_id, None,
                                   f"{days_label(row.days_left, False)}, no news at all"))
    return tuple(_line(row, day, web_url) for row in rows), tuple(items)


def _evidence(row: BoardRow, web_url: str | None) -> DigestItem | None:
    return to_item(row.evidence, web_url) if row.evidence is not None else None


def _line(row: BoardRow, day: date, web_url: str | None) -> BoardLine:
    return BoardLine(
        claim_id=row.claim_id, statement=row.statement, status=str(row.status),
        by_hand=row.resolution is not None, event_date=row.event_date,
        deadline=row.deadline, days=days_label(row.days_left, row.status in SETTLED),
        late=row.overdue,
        evidence=to_item(row.evidence, web_url) if row.evidence is not None else None,
        sources=row.sources,
        reason=(f"resolved by hand by {row.resolution.by}: {row.resolution.note}"
                if row.resolution is not None else row.reason),
        timeline_svg=timeline_svg(row, day), timeline_text=timeline_text(row),
    )
