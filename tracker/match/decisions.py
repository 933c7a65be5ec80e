"""A claim's decision for one entry, and the one rule that reads decisions together."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tracker.match.index import CompiledClaim
from tracker.match.kinds import ClaimReading
from tracker.match.relevance import TITLE, Relevance
from tracker.match.verdict import Judgement
from tracker.match.view import EntryView
from tracker.models import Verdict


@dataclass(frozen=True, slots=True)
class Decision:
    """How one claim was judged for one entry: what ``explain`` shows."""

    claim: CompiledClaim
    reading: ClaimReading
    relevance: Relevance
    judgement: Judgement


def context_after_titled_news(decisions: list[tuple[Decision, EntryView]]
                               ) -> list[tuple[Decision, EntryView]]:
    """When the title is one claim's news, another claim's update read only in the
    summary, in an item whose title names none of that claim's required ideas, is
    context (labelling rules 1 and 3): "France and Italy sign night-train declaration"
    is the summit's news, not the launch's, whatever the summary adds."""
    if not any(d.judgement.verdict.is_flag and d.judgement.sentence == TITLE
               for d, _ in decisions):
        return decisions
    note = "context: the title is another claim's news, and names none of this one's ideas"
    return [(replace(d, judgement=replace(d.judgement, verdict=Verdict.MENTIONS, note=note))
             if (d.judgement.verdict is Verdict.UPDATES and d.judgement.sentence != TITLE
                 and not d.relevance.title_subject) else d, view)
            for d, view in decisions]
