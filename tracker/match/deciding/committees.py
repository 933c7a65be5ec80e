"""A committee's vote on what a parliament or a council decides is a step toward the
decision ("feu vert de la commission des affaires étrangères", 外交委が可決), not the
decision, unless the claim names a committee (in its statement or its terms): then the
committee is its decider. A committee that chooses (a word of the claim's own family,
``cues.py``) makes the choice: committees select, not only recommend."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.japanese import SUBJECT_PARTICLES
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView
from tracker.models import Claim

COMMITTEE_BEFORE = 6  # tokens from a committee word to the decision word after it
COMMITTEE_AFTER = 5  # tokens from a decision word to the committee after it ("feu vert de la …")
COMMITTEE_CHARS = 8  # characters from a Japanese committee word to its decision word
_JA_TOPIC = " "  # after a committee word: a headline's topic comma (、 is a space in the view)
_JA_PARTICLES = "がはでも"  # ending a listed committee word (委が): the noun is before


def decided_by_a_committee(ctx: SentenceContext, hit: Hit) -> bool:
    """A committee word near the decision word, in its clause, for a claim that names
    no committee."""
    view = ctx.view
    words = ctx.index.lexicon.committees.get(view.language, ())
    if not words or ctx.reading.names_committee:
        return False
    plenaries = ctx.index.lexicon.plenaries.get(view.language, ())
    if view.language == "ja":
        return _japanese_committee(view, hit, words, plenaries)
    near = [t for t in view.near_tokens(hit.first_token, hit.last_token, COMMITTEE_BEFORE,
                                        COMMITTEE_AFTER) if view.tokens[t].raw in words]
    if not near:
        return False
    # the whole house named between them, or in the decision's clause
    clause_first, clause_last = view.clause_span(view.clause_of(hit.first_token))
    first = min(*near, hit.first_token, clause_first)
    last = max(*near, hit.last_token, clause_last)
    read = f" {' '.join(t.raw for t in view.tokens[first: last + 1])} "
    return not any(f" {p} " in read for p in plenaries)


def _japanese_committee(view: EntryView, hit: Hit, words: Sequence[str],
                        plenaries: Sequence[str]) -> bool:
    """A committee word near the decision word (委員会で可決), or as the headline's topic
    before it (予算特別委、…を可決) with no other subject after it (委員会が方針を示し、
    市議会は…を可決: the council decides), with no plenary (本会議) after it."""
    before = view.text[view.token_starts[view.sentence_span(hit.sentence)[0]]: hit.start]
    ends = [m.end() for w in words
            for m in re.finditer(re.escape(w.rstrip(_JA_PARTICLES)) + _JA_TOPIC, before)
            if not any(s in before[m.end():] for s in SUBJECT_PARTICLES)]
    near = before[-COMMITTEE_CHARS:]
    ends += [len(before) - len(near) + near.rfind(w) + len(w) for w in words if w in near]
    return any(not any(p in before[end:] for p in plenaries) for end in ends)


def names_a_committee(lexicon: Lexicon, claim: Claim) -> bool:
    """The claim's statement or one of its terms names a committee: the committee is
    its decider ("Tessel planning committee" in the board's group). Read once per claim
    (``ClaimReading.names_committee``)."""
    texts = [claim.statement, *(t for g in claim.groups for ts in g.terms.values() for t in ts)]
    folded = " ".join(fold(t) for t in texts)
    written = set(re.findall(r"\w+", folded))
    words = {w for found in lexicon.committees.values() for w in found}
    return any(w in written if w.isascii() else w in folded for w in words)
