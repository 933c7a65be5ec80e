"""Decision words that govern another decision or a deal in their clause: the
governed word is the thing decided on, read with the word that governs it."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.lexicon import MOVES, EventClass
from tracker.match.reading.clause_rules import OBJECT_REACH, OBJECT_REACH_JA, governs
from tracker.match.reading.sentence_context import Cue, SentenceContext, own_source
from tracker.match.table import Role
from tracker.match.text.tense import after_infinitive_mark, verb_form
from tracker.models import Verdict

# a deal, a rise or cut ("approves 14% rise in culture spending"), a change ("greenlights
# the conversion of the school"), or a thing to happen ("votes to set up the agency",
# « vote la création de la régie », 設立を可決): what is decided
_DECIDED_THINGS = frozenset({EventClass.TRANSFER.value, *MOVES, EventClass.OCCURRED.value,
                             EventClass.CHANGE.value})


def decided_thing(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                  governors: Sequence[tuple[Cue, tuple[int, int]]]) -> bool:
    """A deal, a rise or a cut a decision governs, a few words after it in its clause
    (before it in Japanese): "clears Haldor's purchase of Pelk", ペルク買収を条件付きで承認,
    "approves 14% rise in culture spending"; or an infinitive anywhere after it in its
    clause ("voted 18-5 on Thursday evening to sell the château", « a décidé lundi de
    vendre »). The thing decided on, not a step of its own."""
    if cue.role is not Role.STEP or cue.source not in _DECIDED_THINGS:
        return False
    return _decided(ctx, cue, clause, governors)


def decided_stop(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                 governors: Sequence[tuple[Cue, tuple[int, int]]]) -> bool:
    """For a decision to stop something (its statement names the stop: "will approve
    the closure"), a stop word a decision governs is what is decided, whatever its
    word: "approved shutting the department", "voted 8-3 to end music"."""
    if cue.role is not Role.STOP or not ctx.reading.own_stops:
        return False
    return _decided(ctx, cue, clause, governors)


def _decided(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
             governors: Sequence[tuple[Cue, tuple[int, int]]]) -> bool:
    """A decision word of the cue's clause governs it: a few words before it (after it
    in Japanese), or anywhere before it when the cue is an infinitive."""
    language = ctx.view.language
    reach = OBJECT_REACH_JA if language == "ja" else OBJECT_REACH
    infinitive = after_infinitive_mark(ctx.index.lexicon, ctx.view, cue.hit.first_token)
    return any((other.role is Role.DECISION or _own_confirming(other, cue))
               and other_clause == clause
               and governs(other.hit, cue.hit, language, None if infinitive else reach)
               for other, other_clause in governors)


def _own_confirming(word: Cue, governed: Cue) -> bool:
    """A claim's own confirming word ("approves", "work begins") is the decision or the
    event of a deal, a move or a change it governs ("approves purchase of the bakery",
    "work begins on converting the school"); an event it governs may be done on its own
    ("announced the start of the first phase")."""
    return (word.role is Role.EVENT and word.source == own_source(Verdict.CONFIRMS)
            and governed.source != EventClass.OCCURRED.value)


def signed_thing(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                 governors: Sequence[tuple[Cue, tuple[int, int]]]) -> bool:
    """A decision noun that another decision word of its clause governs, a few words
    after it (before it in Japanese): "signs the patients' fare agreement", 協定を締結.
    The governing word tells what happened to it ("before it signs": not yet)."""
    view = ctx.view
    if cue.role is not Role.DECISION or (view.language != "ja" and (
            verb_form(ctx.index, view, cue.hit))):
        return False
    reach = OBJECT_REACH_JA if view.language == "ja" else OBJECT_REACH
    return any(other.role is Role.DECISION and other.hit != cue.hit and other_clause == clause
               and governs(other.hit, cue.hit, view.language, reach)
               for other, other_clause in governors)


_OBJECTS = frozenset({EventClass.TRANSFER.value, EventClass.CHANGE.value})


def own_event_object(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                     events: Sequence[tuple[Cue, tuple[int, int]]]) -> bool:
    """A deal or a change that the claim's own confirming word governs, a few words
    after it (before it in Japanese): "work begins on converting the school" tells what
    the event does, no step of its own."""
    if cue.role is not Role.STEP or cue.source not in _OBJECTS:
        return False
    return _decided(ctx, cue, clause, events)  # the events: no decision word among them
