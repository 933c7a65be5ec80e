"""The decision path of the matcher for one entry, as lines of text or records.

``claimtracker explain`` prints it: which claim terms were found, the claim's kind,
each sentence's frames (event word, role, modality, clause), the verdict-table
cell each frame fell into, and the verdict with its score. It is what a reviewer
reads to see why an item was flagged, and what a developer reads to fix a rule.
``explain`` gives text lines; ``explain_records`` the same facts as plain data
(``--format json``).
"""

from __future__ import annotations

from typing import Any

from tracker.match.decisions import Decision
from tracker.match.matcher import Matcher
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, Entry


def _chosen(matcher: Matcher, entry: Entry,
            claim_id: str | None) -> list[tuple[Decision, EntryView]]:
    return [(d, v) for d, v in matcher.decide(entry)
            if claim_id is None or d.claim.claim.id == claim_id]


def _clause_text(view: EntryView, clause: tuple[int, int]) -> str:
    first, last = clause
    joiner = "" if view.language == "ja" else " "
    return joiner.join(t.raw for t in view.tokens[first: last + 1])


def explain(matcher: Matcher, entry: Entry, claim_id: str | None = None) -> list[str]:
    """Lines describing how ``matcher`` judges ``entry`` (for one claim, or all)."""
    chosen = _chosen(matcher, entry, claim_id)
    lines = [f"entry: {entry.title}"]
    if entry.published:
        lines.append(f"  published: {entry.published.date().isoformat()}")
    if not chosen:
        if claim_id is None:
            return [*lines, "  about no claim"]
        # which groups the entry names: what a claim writer needs to fix a miss
        for name, role, terms in matcher.groups_found(entry, claim_id):
            lines.append(f"  group {name} ({role}): {', '.join(terms) or 'not named'}")
        if (kept := matcher.why_kept(entry, claim_id)) is not None:
            lines.append(f"  why: {kept}")
        lines.append(f"  not about {claim_id}")
        return lines
    for decision, view in chosen:
        reading = decision.reading
        judgement = decision.judgement
        how = "inferred" if reading.inferred else "stated"
        # a decision claim's event is its decision (decided, announced) and what it decides
        decided = ["decided"] if reading.kind is ClaimKind.DECISION else []
        events = ", ".join(decided + sorted(c.value for c in reading.events)) or "none"
        lines.append(f"claim {decision.claim.claim.id} ({reading.kind.value}, {how}; "
                     f"event: {events})")
        lines.append(f"  terms: {', '.join(decision.relevance.terms)} "
                     f"(score {decision.relevance.score:.2f})")
        if decision.relevance.named_by_feed:
            lines.append(f"  named by the feed {entry.feed_name or entry.source_name!r}: "
                         f"{', '.join(decision.relevance.named_by_feed)}")
        if decision.relevance.by_crowd:
            lines.append("  its meeting named by no term: a crowd told instead")
        announced = " (the claim's announcement days)" if judgement.announced else ""
        lines.append(f"  timing: {judgement.timing.value}{announced}")
        for judged in judgement.frames:
            frame = judged.frame
            later = ", later round" if frame.later_round else ""
            lines.append(f"  sentence {frame.hit.sentence}: '{frame.cue}' ({frame.source}) "
                         f"-> {frame.role.value} × {frame.modality.value}{later} "
                         f"-> {judged.verdict.value}   "
                         f"[clause: {_clause_text(view, frame.clause)}]")
        if judgement.note:
            lines.append(f"  {judgement.note}")
        lines.append(f"  verdict: {judgement.verdict.value} "
                     f"(sentence {judgement.sentence}: {view.sentences[judgement.sentence]})")
    return lines


def explain_records(matcher: Matcher, entry: Entry,
                    claim_id: str | None = None) -> list[dict[str, Any]]:
    """One record per claim the entry is about (for one claim, or all); none if no claim."""
    records: list[dict[str, Any]] = []
    for decision, view in _chosen(matcher, entry, claim_id):
        reading = decision.reading
        judgement = decision.judgement
        records.append({
            "entry": {
                "id": entry.identity,
                "link": entry.link,
                "title": entry.title,
                "published": entry.published.isoformat() if entry.published else None,
            },
            "claim": decision.claim.claim.id,
            "kind": reading.kind.value,
            "kind_inferred": reading.inferred,
            "events": sorted(c.value for c in reading.events),
            "terms": list(decision.relevance.terms),
            "named_by_feed": list(decision.relevance.named_by_feed),
            "by_crowd": decision.relevance.by_crowd,
            "score": decision.relevance.score,
            "timing": judgement.timing.value,
            "announced": judgement.announced,
            "frames": [
                {
                    "sentence": judged.frame.hit.sentence,
                    "cue": judged.frame.cue,
                    "source": judged.frame.source,
                    "role": judged.frame.role.value,
                    "modality": judged.frame.modality.value,
                    "later_round": judged.frame.later_round,
                    "verdict": judged.verdict.value,
                    "clause": _clause_text(view, judged.frame.clause),
                }
                for judged in judgement.frames
            ],
            "verdict": judgement.verdict.value,
            "sentence": view.sentences[judgement.sentence],
            "cues": list(judgement.cues),
            "note": judgement.note,
        })
    return records
