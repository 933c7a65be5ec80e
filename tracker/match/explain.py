"""The decision path of the matcher for one entry, as lines of text.

``claimtracker explain`` prints it: which claim terms were found, the claim's kind,
each sentence's frames (event word, role, modality, clause), the verdict-table
cell each frame fell into, and the verdict with its score. It is what a reviewer
reads to see why an item was flagged, and what a developer reads to fix a rule.
"""

from __future__ import annotations

from tracker.match.matcher import Matcher
from tracker.models import Entry


def explain(matcher: Matcher, entry: Entry, claim_id: str | None = None) -> list[str]:
    """Lines describing how ``matcher`` judges ``entry`` (for one claim, or all)."""
    decisions = matcher.decide(entry)
    lines = [f"entry: {entry.title}"]
    if entry.published:
        lines.append(f"  published: {entry.published.date().isoformat()}")
    chosen = [(d, v) for d, v in decisions if claim_id is None or d.claim.claim.id == claim_id]
    if not chosen:
        lines.append("  about no claim" if claim_id is None else f"  not about {claim_id}")
        return lines
    for decision, view in chosen:
        reading = decision.reading
        judgement = decision.judgement
        how = "inferred" if reading.inferred else "stated"
        lines.append(f"claim {decision.claim.claim.id} ({reading.kind.value}, {how}; "
                     f"event: {', '.join(sorted(c.value for c in reading.events))})")
        lines.append(f"  terms: {', '.join(decision.relevance.terms)} "
                     f"(score {decision.relevance.score:.2f})")
        lines.append(f"  timing: {judgement.timing.value}")
        for judged in judgement.frames:
            frame = judged.frame
            first, last = frame.clause
            clause = " ".join(t.raw for t in view.tokens[first: last + 1])
            later = ", later round" if frame.later_round else ""
            lines.append(f"  sentence {frame.hit.sentence}: '{frame.cue}' ({frame.source}) "
                         f"-> {frame.role.value} × {frame.modality.value}{later} "
                         f"-> {judged.verdict.value}   [clause: {clause}]")
        lines.append(f"  verdict: {judgement.verdict.value} "
                     f"(sentence {judgement.sentence}: {view.sentences[judgement.sentence]})")
    return lines
