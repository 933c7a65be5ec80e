"""Cues that are another thing's news though the claim is named in their sentence:
an event word in a clause that names nothing of the claim while another clause names it
with a word of the same class (``told_elsewhere``), and a cue outside the clause of
context where every name of the claim stands (``named_in_background``)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.clause_rules import clause_around
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.normalize import first_words


def told_elsewhere(ctx: SentenceContext, found: Cue, cues: Sequence[Cue],
                   terms: Sequence[Hit]) -> bool:
    """"千草―鵜崎間が運転再開　全線再開は来春" ("Chigusa–Uzaki reopens; the whole line
    next spring"): the event word of a clause that names nothing of this claim, when
    another clause names the claim's subject with a word of the same class, is news of
    the first clause's own subject; the claim's event is the other clause's."""
    if (is_own(found.source) or found.hit.pid == FIGURE_PID
            or found.role is not Role.EVENT):
        return False  # a delay beside it is the story's ("misses deadline, opening slips")
    view = ctx.view
    clause = view.clause_of(found.hit.first_token)
    if any(view.clause_of(t.first_token) == clause for t in terms
           if t.pid in ctx.claim.term_pids):
        return False
    subject_clauses = {view.clause_of(s.first_token) for s in ctx.subject}
    return any(c.source == found.source and view.clause_of(c.hit.first_token) != clause
               and view.clause_of(c.hit.first_token) in subject_clauses for c in cues)


def named_in_background(ctx: SentenceContext, cue: Cue, openers: Sequence[int],
                        modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """"The U-turn came after last week's public meeting": every name of the claim in
    the sentence stands in a clause of context ("after", "following", « après ») and
    the cue outside it. The claim is that clause's background (rule 3); the cue is
    another thing's news."""
    view = ctx.view
    starts = [h.first_token for h, m in modifiers if m.kind is Modifier.BACKGROUND_OPENER]
    if not starts or not ctx.subject or not view.tokens[cue.hit.first_token].latin:
        return False
    # as written: "follow-up" is no "following"
    written = first_words(ctx.index.lexicon.modifiers[Modifier.BACKGROUND_OPENER].get(
        view.language, ()))
    starts = [t for t in starts if view.tokens[t].raw in written]
    spans = {clause_around(view, s, openers) for s in ctx.subject}
    return (all(span[0] in starts for span in spans)
            and clause_around(view, cue.hit, openers) not in spans)
