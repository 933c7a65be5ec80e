"""A negated event ruled out, or only put off: "will never reopen", "votes not to
reopen", « n'aura pas lieu » rule it out (a stop, labelling rule 7); a time in its
sentence ("will not reopen before 2028", "will not start this month") puts it off."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.tense import french_future
from tracker.match.text.time_words import names_a_time_limit
from tracker.match.text.timeexpr import has_time


def ruled_out(ctx: SentenceContext, hit: Hit, clause: tuple[int, int],
              in_clause: Sequence[tuple[Hit, ModifierRef]], text: str) -> bool:
    """"will never reopen", "votes not to reopen", "n'aura pas lieu": a negated event that
    no time in its sentence limits is ruled out (a stop, rule 7), not put off ("will not
    reopen before 2028", "will not start this month")."""
    view = ctx.view
    words = ctx.index.lexicon.ruled_out.get(view.language, ())
    if view.language == "ja":
        return any(w in text for w in words)
    if any(f" {w} " in f" {text} " for w in words):
        return True
    # "will", "won't", "rouvrira": not the "to" of "has yet to sign"
    forms = ctx.index.lexicon.future_forms.get(view.language, ())
    future = any(m.kind is Modifier.FUTURE_AFTER for _, m in in_clause) or any(
        t.raw in forms for t in view.tokens[clause[0]: clause[1] + 1]) or french_future(view, hit)
    told = clause_text(view, view.sentence_span(hit.sentence))  # "this month": put off
    return future and not (has_time(told) or names_a_time_limit(told))
