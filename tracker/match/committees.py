"""A committee's vote on what a parliament or a council decides is a step toward the
decision ("feu vert de la commission des affaires étrangères", 外交委が可決), not the
decision, unless the claim names a committee (in its statement or its terms): then the
committee is its decider."""

from __future__ import annotations

import re

from tracker.match.index import Hit
from tracker.match.normalize import fold
from tracker.match.sentence_context import SentenceContext

COMMITTEE_BEFORE = 6  # tokens from a committee word to the decision word after it
COMMITTEE_AFTER = 5  # tokens from a decision word to the committee after it ("feu vert de la …")
COMMITTEE_CHARS = 8  # characters from a Japanese committee word to its decision word


def decided_by_a_committee(ctx: SentenceContext, hit: Hit) -> bool:
    """A committee word near the decision word, in its clause, for a claim whose
    statement names no committee."""
    view = ctx.view
    words = ctx.index.lexicon.committees.get(view.language, ())
    if not words or _names_a_committee(ctx):
        return False
    if view.language == "ja":
        before = view.text[max(0, hit.start - COMMITTEE_CHARS): hit.start]
        return any(w in before for w in words)
    clause = view.clause_of(hit.first_token)
    near = [*range(max(0, hit.first_token - COMMITTEE_BEFORE), hit.first_token),
            *range(hit.last_token + 1, min(len(view.tokens), hit.last_token + 1 + COMMITTEE_AFTER))]
    return any(view.tokens[t].raw in words and view.clause_of(t) == clause for t in near)


def _names_a_committee(ctx: SentenceContext) -> bool:
    """The claim's statement or one of its terms names a committee: the committee is
    its decider ("Tessel planning committee" in the board's group)."""
    claim = ctx.claim.claim
    texts = [claim.statement, *(t for g in claim.groups for ts in g.terms.values() for t in ts)]
    folded = " ".join(fold(t) for t in texts)
    written = set(re.findall(r"\w+", folded))
    words = {w for found in ctx.index.lexicon.committees.values() for w in found}
    return any(w in written if w.isascii() else w in folded for w in words)
