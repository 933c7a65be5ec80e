"""A state that is itself a stop ("the moratorium stays in force", "keeps its ban"),
named in another language than its statement's.

The statement's stop word ("moratorium") is the state's own: lifting it ends the
state. An entry in French or Japanese names the same stop with another word
(« moratoire », モラトリアム); the claim's terms in that language say which. The
stop words inside the terms are read once, when the matcher is built."""

from __future__ import annotations

from tracker.match.finding.index import CompiledClaim, PatternIndex
from tracker.match.finding.lexicon import EventClass
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import GroupRole


def stops_in_terms(index: PatternIndex, stemmer: Stemmer, claim: CompiledClaim
                   ) -> frozenset[int]:
    """The pattern ids of the stop words inside the claim's required terms, every
    language."""
    found: set[int] = set()
    for group in claim.claim.groups:
        if group.role is not GroupRole.REQUIRED:
            continue  # an optional group may name an exception ("only the felled plots closed")
        for language, terms in group.terms.items():
            for term in terms:
                view = view_of_texts(term, "", language, stemmer)
                found.update(hit.pid for hit in index.locate(view, index.scan(view))
                             if any(r.event_class is EventClass.CANCEL
                                    for r in index.classes_in(hit.pid, language)))
    return frozenset(found)
