"""How ``claimtracker scan`` prints a finding: JSON Lines (public) or text.

The JSON shape is a public interface documented in docs/scan-jsonl.md; change it
only by adding keys.
"""

from __future__ import annotations

import json
from typing import Any

from tracker.models import Entry, Finding
from tracker.redact import redact_url


def finding_record(finding: Finding, entry: Entry) -> dict[str, Any]:
    """The JSON object for one finding, keys in documented order."""
    return {
        "claim": finding.claim_id,
        "verdict": str(finding.verdict),
        "score": round(min(1.0, max(0.0, finding.score)), 4),
        "entry": {
            "id": entry.identity,
            "link": entry.link,
            "title": entry.title,
            "published": entry.published.isoformat() if entry.published else None,
            "source": redact_url(entry.source),
        },
        "evidence": {
            "terms": list(finding.evidence.terms),
            "sentence": finding.evidence.sentence,
        },
    }


def finding_jsonl(finding: Finding, entry: Entry) -> str:
    """One line of JSON (UTF-8 text kept as is, no trailing newline)."""
    return json.dumps(finding_record(finding, entry), ensure_ascii=False)


def finding_text(finding: Finding, entry: Entry) -> str:
    """A readable block of a few lines for one finding (no trailing newline)."""
    published = entry.published.date().isoformat() if entry.published else "undated"
    publisher = f", {entry.source_name}" if entry.source_name else ""
    lines = [
        f"[{finding.verdict}] {finding.claim_id}  (score {finding.score:.2f})",
        f"  {entry.title}",
        f"  {entry.link or entry.identity}  ({published}{publisher})",
        f"  from: {redact_url(entry.source)}",
    ]
    if finding.evidence.terms:
        lines.append(f"  terms: {', '.join(finding.evidence.terms)}")
    if finding.evidence.sentence:
        lines.append(f"  evidence: {finding.evidence.sentence}")
    return "\n".join(lines)
