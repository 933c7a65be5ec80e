"""A run of time that closes has ended, as planned: "naming-rights call closes with six
bids", "applications closed", « la consultation s'est close ». A closing word written as
a verb right after a run's noun (``[markers] run_nouns``: a call, a consultation,
applications, an inquiry) is a step of the story, not the claim's thing closed down."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.states.closed_states import a_closing
from tracker.match.table import Role
from tracker.match.text.tense import verb_form

RUN_REACH = 4  # words from a run's noun to its closing verb ("applications for … closed")


def runs_ended(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """``cues`` with each closing verb after a run's noun read as a step."""
    return [replace(c, source=EventClass.STEP.value, role=Role.STEP) if _a_run_ended(ctx, c)
            else c for c in cues]


def _a_run_ended(ctx: SentenceContext, cue: Cue) -> bool:
    view, hit = ctx.view, cue.hit
    if not view.tokens[hit.first_token].latin or not a_closing(ctx, cue):
        return False
    if not verb_form(ctx.index, view, hit):
        return False  # "a call to close the depot": the closing asked for
    nouns = ctx.index.lexicon.run_nouns.get(view.language, ())
    clause = view.clause_of(hit.first_token)
    return any(view.tokens[i].raw in nouns and view.clause_of(i) == clause
               for i in range(max(0, hit.first_token - RUN_REACH), hit.first_token))
