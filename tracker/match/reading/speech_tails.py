"""A headline that ends with who says it and how: "Marrowby to issue licences again,
council leader hints", « …, suggère le maire ». The teller's word of doubt
(``[markers] doubting_tellers``) ending that short last clause (opening it, in French
inversion) governs the clauses before it, which say what was only hinted; "…, mayor
says" hedges nothing."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.view import EntryView

_TAIL_TOKENS = 6  # at most: the teller and the verb ("the council's deputy leader hints")


def hedged_by_its_teller(lexicon: Lexicon, view: EntryView, hit: Hit,
                         cues: Sequence[Hit]) -> bool:
    """The hit's sentence ends with a short clause of its own, holding no event word of
    ``cues``, that a doubting teller's word ends or opens: the hit is what was hinted."""
    words = lexicon.doubting_tellers.get(view.language, ())
    if not words or not view.tokens[hit.first_token].latin:
        return False
    tail = view.clause_of(view.sentence_span(hit.sentence)[1])
    first, end = view.clause_span(tail)
    if (view.clause_of(hit.last_token) >= tail or end - first + 1 > _TAIL_TOKENS
            or any(first <= c.first_token <= end for c in cues)):
        return False
    raw = [t.raw for t in view.tokens[first: end + 1]]
    return any(" ".join(raw[-len(w.split()):]) == w or " ".join(raw[:len(w.split())]) == w
               for w in words)
