"""A title's topic, the words before its colon, names whom its news is about.

"Carrow Springs landscapers: gas blower ban takes effect": the landscapers are the
story's subject, and the ban named after the colon is this claim's too. A name this
claim shares with another claim (the town, the ban) takes nothing from a claim the topic
names. A topic that is only a place ("Japon : feu vert des élus …") is
a dateline, not whom the news is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.view import title_topic_end


def topic_names_it(ctx: SentenceContext, cue: Hit, rivals: Sequence[Hit]) -> bool:
    """The cue is in a title's news, the title's topic names this claim's subject by a
    thing's word, and every rival name is one this claim shares ("Brindle" beside
    it)."""
    if cue.sentence != 0 or not rivals:
        return False
    end = title_topic_end(ctx.view)
    if end is None or cue.first_token <= end or not all(
            r.pid in ctx.claim.term_pids for r in rivals):
        return False
    # a thing, written in lower case in the claim ("landscapers"), not a name
    return any(s.last_token <= end and not g.terms[s.pid][:1].isupper()
               for s in ctx.subject for g in ctx.claim.groups if s.pid in g.terms)
