"""A run of time that closes has ended, as planned: "naming-rights call closes with six
bids", "applications closed", « la consultation s'est close ». A closing word written as
a verb right after a run's noun (``[markers] run_nouns``: a call, a consultation,
applications, an inquiry) is a step of the story, not the claim's thing closed down.
For a state claim that is that run, said to last until a day ("the consultation will
remain open until 24 June"), the run closing on or after that day is the state kept
as claimed: its event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.states.closed_states import a_closing
from tracker.match.states.kept import names_its_end
from tracker.match.table import Role
from tracker.match.text.tense import verb_form
from tracker.models import ClaimKind

RUN_REACH = 4  # words from a run's noun to its closing verb ("applications for … closed")


def runs_ended(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """``cues`` with each closing verb after a run's noun read as a step, or as the
    state's own event when the run is the state, ended when claimed."""
    ended = []
    for cue in cues:
        noun = _a_run_ended(ctx, cue)
        if noun is None:
            ended.append(cue)
        elif _its_own_run_over(ctx, noun):
            ended.append(replace(cue, source=EventClass.PERSIST.value, role=Role.EVENT))
        else:
            ended.append(replace(cue, source=EventClass.STEP.value, role=Role.STEP))
    return ended


def _its_own_run_over(ctx: SentenceContext, noun: int) -> bool:
    """The run's noun (a token) is one of the state claim's subject words, and the item
    is published on or after the day the claim says the state lasts until."""
    return (ctx.reading.kind is ClaimKind.STATE and ctx.published is not None
            and ctx.due is not None and ctx.published >= ctx.due and names_its_end(ctx)
            and any(h.first_token <= noun <= h.last_token for h in ctx.subject))


def _a_run_ended(ctx: SentenceContext, cue: Cue) -> int | None:
    """The token of the run's noun before a closing verb, or None."""
    view, hit = ctx.view, cue.hit
    if not view.tokens[hit.first_token].latin or not a_closing(ctx, cue):
        return None
    nouns = ctx.index.lexicon.run_nouns.get(view.language, ())
    clause = view.clause_of(hit.first_token)
    before = range(hit.first_token - 1, max(0, hit.first_token - RUN_REACH) - 1, -1)
    noun = next((i for i in before
                 if view.tokens[i].raw in nouns and view.clause_of(i) == clause), None)
    # "a call to close the depot": the closing asked for; right after its noun the
    # plain form is the verb ("submissions close on 9 May")
    if noun is None or (noun < hit.first_token - 1 and not verb_form(ctx.index, view, hit)):
        return None
    return noun
