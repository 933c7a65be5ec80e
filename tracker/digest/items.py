"""A stored finding as one digest story."""

from __future__ import annotations

from tracker.digest.data import DigestItem
from tracker.store.records import FindingRecord


def to_item(finding: FindingRecord, web_url: str | None = None) -> DigestItem:
    """A finding as one story: its entry, with the copies' outlets folded in, and its
    review page when the web app is enabled."""
    entry = finding.entry
    source = entry.source_name or entry.feed_name
    others = {c.source_name or c.feed_name for c in finding.copies} - {source}
    return DigestItem(
        title=entry.title,
        source=source,
        date=entry.date,
        link=entry.link,
        sentence=finding.sentence,
        terms=finding.terms,
        score=finding.score,
        verdict=finding.verdict,
        other_sources=tuple(sorted(others)),
        review_url=f"{web_url}/findings/{finding.id}" if web_url and finding.id else None,
        event_on=finding.event_on,
    )
