"""Findings with the review in force, as the CLI and the web app show them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from tracker.models import Verdict
from tracker.review.text import same_words
from tracker.review.timefmt import local_iso
from tracker.store.db import Store
from tracker.store.records import FindingRecord, Review


@dataclass(frozen=True, slots=True)
class ReviewedFinding:
    finding: FindingRecord
    review: Review | None

    @property
    def verdict(self) -> Verdict | None:
        """The verdict that counts: the reviewer's, the matcher's, or None (rejected)."""
        if self.review is None or self.review.action == "accept":
            return self.finding.verdict
        if self.review.action == "verdict":
            return self.review.verdict
        return None

    @property
    def shown_sentence(self) -> str:
        """The sentence carrying the verdict; "" when it only repeats the headline."""
        f = self.finding
        return "" if same_words(f.sentence, f.entry.title) else f.sentence

    @property
    def source(self) -> str:
        entry = self.finding.entry
        return entry.source_name or entry.feed_name

    def as_json(self, zone: ZoneInfo) -> dict[str, Any]:
        f, entry = self.finding, self.finding.entry
        return {
            "id": f.id, "claim": f.claim_id, "verdict": str(f.verdict),
            "score": round(f.score, 3),
            "effective_verdict": str(self.verdict) if self.verdict else None,
            "review": self.review.as_json() if self.review else None,
            "sentence": f.sentence, "terms": list(f.terms),
            "found_at": local_iso(f.found_at, zone),
            "event_on": local_iso(f.event_on, zone),
            "entry": {"id": entry.id, "link": entry.link, "title": entry.title,
                      "published": local_iso(entry.published, zone), "source": self.source},
        }


def reviewed(findings: Sequence[FindingRecord],
             reviews: Mapping[tuple[str, int], Review]) -> list[ReviewedFinding]:
    return [ReviewedFinding(f, reviews.get((f.claim_id, f.entry.id))) for f in findings]


def list_findings(
    store: Store, *, claim_id: str | None = None, unreviewed: bool = False,
    flags_only: bool = False,
) -> list[ReviewedFinding]:
    """A claim's (or every claim's) findings by claim, then entry date, newest last."""
    found = (store.findings_for_claim(claim_id, flags_only=flags_only) if claim_id
             else store.all_findings(flags_only=flags_only))
    rows = reviewed(found, store.reviews([claim_id] if claim_id else None))
    return [r for r in rows if r.review is None] if unreviewed else rows
