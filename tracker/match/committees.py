"""A committee's vote on what a parliament or a council decides is a step toward the
decision ("feu vert de la commission des affaires étrangères", 外交委が可決), not the
decision, unless the claim names a committee (in its statement or its terms): then the
committee is its decider."""

from __future__ import annotations

import re

from tracker.match.index import Hit
from tracker.match.lexicon import Lexicon
from tracker.match.normalize import fold
from tracker.match.sentence_context import SentenceContext
from tracker.models import Claim

COMMITTEE_BEFORE = 6  # tokens from a committee word to the decision word after it
COMMITTEE_AFTER = 5  # tokens from a decision word to the committee after it ("feu vert de la …")
COMMITTEE_CHARS = 8  # characters from a Japanese committee word to its decision word


def decided_by_a_committee(ctx: SentenceContext, hit: Hit) -> bool:
    """A committee word near the decision word, in its clause, for a claim that names
    no committee."""
    view = ctx.view
    words = ctx.index.lexicon.committees.get(view.language, ())
    if not words or ctx.reading.names_committee:
        return False
    if view.language == "ja":
        before = view.text[max(0, hit.start - COMMITTEE_CHARS): hit.start]
        return any(w in before for w in words)
    return any(view.tokens[t].raw in words for t in view.near_tokens(
        hit.first_token, hit.last_token, COMMITTEE_BEFORE, COMMITTEE_AFTER))


def names_a_committee(lexicon: Lexicon, claim: Claim) -> bool:
    """The claim's statement or one of its terms names a committee: the committee is
    its decider ("Tessel planning committee" in the board's group). Read once per claim
    (``ClaimReading.names_committee``)."""
    texts = [claim.statement, *(t for g in claim.groups for ts in g.terms.values() for t in ts)]
    folded = " ".join(fold(t) for t in texts)
    written = set(re.findall(r"\w+", folded))
    words = {w for found in lexicon.committees.values() for w in found}
    return any(w in written if w.isascii() else w in folded for w in words)
