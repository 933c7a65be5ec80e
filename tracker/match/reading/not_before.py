""""Will not fly before 2028", "ne produira pas avant 2028", "no vote before autumn":
a negation, then "before" and a time ahead, says the claim's thing is put off, even
when its verb is no event word the lexicon or the claim knows."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.text.timeexpr import earliest_named
from tracker.models import ClaimKind

NEGATION_REACH = 6  # tokens from the negation to "before" ("will not welcome passengers before")
TEXT = "not … before"


def not_before_cues(ctx: SentenceContext, modifiers: Sequence[tuple[Hit, ModifierRef]],
                    cues: Sequence[Cue]) -> list[Cue]:
    """A delay cue for each negation followed, in its clause, by a "before" word and a
    time after the publication date, in a clause that names the claim and holds none
    of its event words. A state is no thing put off: "no job cuts before 2028" keeps
    it."""
    view = ctx.view
    words = ctx.index.lexicon.not_before.get(view.language, ())
    if (not words or ctx.published is None or ctx.reading.kind is ClaimKind.STATE
            or view.language == "ja"):
        return []
    named_clauses = {view.clause_of(h.first_token) for h in ctx.subject}
    busy = {view.clause_of(c.hit.first_token) for c in cues if c.role is not None}
    found: list[Cue] = []
    for hit, mod in modifiers:
        clause = view.clause_of(hit.first_token)
        if (mod.kind is not Modifier.NEGATION or not mod.latin or clause in busy
                or clause not in named_clauses):
            continue
        last = view.clause_span(clause)[1]
        before = next((t for t in range(hit.last_token + 1,
                                        min(last, hit.last_token + NEGATION_REACH) + 1)
                       if view.tokens[t].raw in words), None)
        if before is None:
            continue
        named = earliest_named(clause_text(view, (before, last)), ctx.published)
        if named is None or named <= ctx.published:
            continue
        span = Hit(hit.pid, hit.start, view.token_starts[before] + len(view.tokens[before].norm),
                   hit.first_token, before, hit.sentence)
        found.append(Cue(span, TEXT, EventClass.DELAY.value, Role.DELAY))
        busy.add(clause)
    return found

