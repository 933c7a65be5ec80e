"""A delay whose object or subject is a decision ("puts off its decision", « repousse sa
décision », 判断を先送り) is news of a decision claim, not of the event it leads to
(``attribution.belongs``), and the decision noun it puts off is no decision taken. The
nouns are the lexicon's ``decision_nouns``. A delay of an event instead ("footbridge
opening pushed back") is the thing decided running late: no news of the decision."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Role
from tracker.match.text.spans import overlaps
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

DECISION_REACH = 3  # tokens from a delay word to the decision it puts off
DECISION_CHARS = 10  # characters from a Japanese decision noun to the delay word after it
DECISION_OBJECT_CHARS = 24  # ... from one marked as its object (判断を)


def puts_off_a_decision(view: EntryView, index: PatternIndex, hit: Hit) -> bool:
    """The delay word's object, or its subject, is a decision ("puts off its
    decision", "ruling delayed", 継続判断、12月に先送り): in its clause, a decision noun
    right after it (past a determiner) or right before it; in Japanese, before it."""
    nouns = index.lexicon.decision_nouns.get(view.language, ())
    if not nouns:
        return False
    if view.language == "ja":
        first = view.token_starts[view.sentence_span(hit.sentence)[0]]
        before = view.text[max(first, hit.start - DECISION_OBJECT_CHARS): hit.start]
        # right before it, or further as its object (判断を、10月末から12月に先送り), or
        # the delay word's own (継続審議: the deliberation carried over)
        own = view.text[hit.start:hit.end]
        return any(n in before[-DECISION_CHARS:] or f"{n}を" in before or own.endswith(n)
                   for n in nouns)
    clause = view.clause_of(hit.first_token)
    near = [*range(hit.last_token + 1, hit.last_token + DECISION_REACH + 1),
            *range(hit.first_token - DECISION_REACH, hit.first_token)]
    return any(0 <= i < len(view.tokens) and view.clause_of(i) == clause
               and view.tokens[i].raw in nouns for i in near)


def a_decision_forgone(view: EntryView, index: PatternIndex, hit: Hit) -> bool:
    """A Japanese word of forgoing (見送, 見合わせ: ``[markers] deferring_words``) right
    after a decision noun (採決を見送った, 判断の見送り, 承認見送り): the decision put off
    for now, not the plan dropped."""
    words = index.lexicon.deferring_words.get(view.language, ())
    if view.language != "ja" or not view.text[hit.start: hit.end].startswith(words):
        return False
    before = view.text[max(0, hit.start - DECISION_CHARS): hit.start]
    return any(before.endswith((n, f"{n}を", f"{n}の"))
               for n in index.lexicon.decision_nouns.get("ja", ()))


def put_off_decisions(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """The cues without the decision nouns that a delay word in their clause puts off
    ("puts off its decision": no decision was taken)."""
    view = ctx.view
    nouns = ctx.index.lexicon.decision_nouns.get(view.language, ())
    put_off = {view.clause_of(c.hit.first_token) for c in cues
               if c.role is Role.DELAY and puts_off_a_decision(view, ctx.index, c.hit)}
    return [c for c in cues if not (
        view.clause_of(c.hit.first_token) in put_off and c.role is not Role.DELAY
        and _names_a_decision(view, c.hit, nouns))]


def _names_a_decision(view: EntryView, hit: Hit, nouns: Sequence[str]) -> bool:
    if view.language == "ja":
        return any(n in view.text[hit.start: hit.end] for n in nouns)
    return any(t.raw in nouns for t in view.tokens[hit.first_token: hit.last_token + 1])


def decided_things_delayed(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """For a decision claim, the cues without a lexicon delay word and the event word of
    its clause ("footbridge opening pushed back", "delays the launch"): what was decided
    runs late, which tells nothing of the decision (labelling rule 4: the decision is
    its event). A delay that puts off a decision, or shares its clause with a decision
    word ("vote set for 17 June"), stays."""
    if ctx.reading.kind is not ClaimKind.DECISION:
        return list(cues)
    view = ctx.view
    general = [c for c in cues if not is_own(c.source)]
    deciding = {view.clause_of(c.hit.first_token) for c in cues if c.role is Role.DECISION}
    events = [c.hit for c in general if c.source == EventClass.OCCURRED.value]
    delayed = {view.clause_of(c.hit.first_token) for c in general
               if c.role is Role.DELAY and view.clause_of(c.hit.first_token) not in deciding
               and any(view.clause_of(e.first_token) == view.clause_of(c.hit.first_token)
                       and not overlaps(e, c.hit) for e in events)
               and not puts_off_a_decision(view, ctx.index, c.hit)}
    return [c for c in cues if is_own(c.source) or view.clause_of(c.hit.first_token) not in delayed
            or not (c.role is Role.DELAY or c.source == EventClass.OCCURRED.value)]
