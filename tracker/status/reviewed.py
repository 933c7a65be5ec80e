"""A claim's findings as the analyst corrected them (docs/review.md).

Rejected findings drop out; a re-labelled one counts with the reviewer's verdict;
accepted and unreviewed ones count as the matcher judged them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.store.records import FindingRecord, Review


def apply_reviews(
    findings: Sequence[FindingRecord], reviews: Mapping[tuple[str, int], Review],
) -> list[FindingRecord]:
    kept: list[FindingRecord] = []
    for finding in findings:
        review = reviews.get((finding.claim_id, finding.entry.id))
        if review is None or review.action == "accept":
            kept.append(finding)
        elif review.action == "verdict" and review.verdict is not None:
            kept.append(dataclasses.replace(finding, verdict=review.verdict))
    return kept
