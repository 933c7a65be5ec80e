"""French "ne … que" is "only", not "not": "n'a recruté que trois sages-femmes" hired
three. The "ne" of such a clause is no negation, unless a time follows "que": "n'ouvrira
qu'en février" is "not before February", a delay."""

from __future__ import annotations

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.text.timeexpr import has_time
from tracker.match.text.view import EntryView

QUE_REACH = 6  # tokens from "ne" to its "que" ("n'a finalement recruté que")
TIME_REACH = 3  # tokens after "que" that may name a time ("qu'à la fin mars")


def restrictive_ne(index: PatternIndex, view: EntryView, hit: Hit, mod: ModifierRef) -> bool:
    """A negation word that opens "ne … que" with no "pas", "plus", "jamais" … before
    the "que" (in its clause)."""
    lexicon = index.lexicon
    ques = lexicon.restrictive.get(view.language, ())
    if mod.kind is not Modifier.NEGATION or not ques or hit.first_token != hit.last_token:
        return False
    partners = lexicon.negation_partners.get(view.language, ())
    clause = view.clause_of(hit.first_token)
    end = min(hit.last_token + QUE_REACH, len(view.tokens) - 1)
    for i in range(hit.last_token + 1, end + 1):
        raw = view.tokens[i].raw
        if view.clause_of(i) != clause or raw in partners:
            return False
        if raw in ques:
            following = " ".join(t.raw for t in view.tokens[i + 1: i + 1 + TIME_REACH])
            return not has_time(following)
    return False
