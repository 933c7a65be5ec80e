"""Event frames: each event word of a sentence, read in its clause for one claim.

For every cue in a sentence that names the claim's subject (a lexicon word of an
event class, or one of the claim's own ``[cues]``) a ``Frame`` records its role
for the claim (``table.Role``) and its modality (``table.Modality``), read from
the words of its own clause only:

- clauses end at punctuation (``view.py``) and before a clause opener ("while",
  "after", "which", "alors que", "一方");
- the modality is read from the words around the cue (``modality.py``);
- a date in the clause after the item's publication makes a report a preview,
  one well before it makes it background (``timeexpr.py``).

A cue goes to the claim whose subject is nearest: when a sentence names two
claims' subjects, "X was launched while Y was delayed" gives the launch to X
and the delay to Y.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from tracker.match.index import ClassRef, CompiledClaim, CueRef, Hit, ModifierRef, PatternIndex
from tracker.match.kinds import ClaimReading
from tracker.match.lexicon import EventClass, Modifier
from tracker.match.modality import ModalityContext, denies, read_modality
from tracker.match.spans import inside_longer, overlaps, within
from tracker.match.table import Modality, Role
from tracker.match.timeexpr import has_time, points_ahead, points_back
from tracker.match.view import EntryView
from tracker.models import ClaimKind, Verdict

_VARIANT_CODE = re.compile(r"[ivx]{2,4}[a-z]?|(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,4}")
"""A roman numeral with a letter, or a short code mixing letters and digits (IIA, 1B)."""
HEAD_WINDOW = 3  # tokens between a modifier name and the head of its phrase
REPORT_WINDOW = 4  # tokens from a denying verb to its report noun ("rejected a press report")
PARTIAL_WINDOW = 2  # tokens before a Latin cue ("nearly complete", "40% complete")

_CUE_ROLES = {Verdict.CONFIRMS: Role.EVENT, Verdict.UPDATES: Role.STEP,
              Verdict.CONTRADICTS: Role.STOP}
# A cutback, like a delay, is news whether done, planned or only feared (rule 7).
_CLASS_ROLES = {EventClass.DECIDED: Role.DECISION, EventClass.DELAY: Role.DELAY,
                EventClass.DECREASE: Role.DELAY, EventClass.THREAT: Role.STOP,
                EventClass.CANCEL: Role.STOP}
_STEP_CLASSES = frozenset({EventClass.STEP, EventClass.PROGRESS, EventClass.INCREASE,
                           EventClass.TRANSFER, EventClass.CHANGE,
                           EventClass.SHORTFALL, EventClass.ACHIEVED})


@dataclass(frozen=True, slots=True)
class Frame:
    hit: Hit
    cue: str  # the word as written in the lexicon or the claim file
    source: str  # the event class, or "claim:<verdict>" for a claim's own cue
    role: Role
    modality: Modality
    later_round: bool
    clause: tuple[int, int]  # first and last token of its clause
    first_round: bool = False  # "first talks": the one awaited, even late


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What frames need to know beyond the sentence's own hits."""

    view: EntryView
    index: PatternIndex
    claim: CompiledClaim
    reading: ClaimReading
    subject: Sequence[Hit]  # this claim's subject hits in the sentence
    rivals: Sequence[Hit]  # other candidate claims' subject hits in the sentence
    opinion_piece: bool  # the item is labelled as opinion
    published: date | None = None
    others_terms: frozenset[int] = frozenset()  # the terms of the other relevant claims


@dataclass(frozen=True, slots=True)
class _Cue:
    hit: Hit
    text: str
    source: str
    role: Role | None


def read_frames(ctx: SentenceContext, hits: Sequence[Hit]) -> list[Frame]:
    """The frames of one sentence for one claim (see the module docstring)."""
    language = ctx.view.language
    index = ctx.index
    terms = [h for h in hits if h.pid in index.term_pids]
    modifiers = [(h, m) for h in hits for m in index.modifiers.get(h.pid, ())
                 if not m.latin or m.language == language]
    modifiers += _report_denials(modifiers)
    opener_hits = [h for h, m in modifiers if m.kind in _OPENERS]
    # "que" inside "alors que" opens no clause of its own
    openers = sorted(h.first_token for h in opener_hits if not inside_longer(h, opener_hits))
    cues = _cues(ctx, hits, terms, modifiers)
    frames: list[Frame] = []
    for cue in cues:
        if not _belongs(ctx, cue):
            continue
        clause = _clause(ctx.view, cue.hit, openers)
        in_clause = [(h, m) for h, m in modifiers
                     if clause[0] <= h.first_token <= clause[1] and not _part_of(h, m, cue.hit)]
        text = _clause_text(ctx.view, clause)
        role = _role_in_clause(ctx, cue, in_clause, text)
        if role is None:
            continue
        cue = replace(cue, role=role)
        threat = cue.source == EventClass.THREAT.value
        modality = read_modality(ModalityContext(ctx.view, ctx.index, ctx.opinion_piece),
                                 cue.hit, role, in_clause, modifiers, clause, threat)
        if modality is Modality.REALIS and role is Role.EVENT:
            if points_ahead(text, ctx.published, _present_tense(ctx.view, cue.hit)):
                modality = Modality.EXPECTED  # "opens Saturday": a preview
            elif points_back(text, ctx.published):
                modality = Modality.BACKGROUND  # "the command set up in March": context
        later = any(m.kind is Modifier.LATER_ROUND for _, m in in_clause)
        first = any(m.kind is Modifier.FIRST_ROUND for _, m in in_clause)
        frames.append(Frame(cue.hit, cue.text, cue.source, role, modality, later, clause,
                            first and not later))
    return frames


def _part_of(mod_hit: Hit, mod: ModifierRef, cue: Hit) -> bool:
    """The modifier is the cue's own words ("study" in "feasibility study", "decide to"
    around "decide"), not something said about it ("since its launch")."""
    if not overlaps(mod_hit, cue):
        return False
    inside = cue.start <= mod_hit.start and mod_hit.end <= cue.end
    return inside or mod.kind in _OUTSIDE_CUE


def _role_in_clause(ctx: SentenceContext, cue: _Cue,
                    in_clause: Sequence[tuple[Hit, ModifierRef]], text: str) -> Role | None:
    """The cue's role, changed by its clause: a lifted stop, a partial event, a shift."""
    kinds = {m.kind for _, m in in_clause}
    if cue.source == EventClass.SHIFT.value:
        return Role.DELAY if has_time(text) else None
    if cue.role is Role.STOP and kinds & {Modifier.UNDO, Modifier.TEMPORARY}:
        return Role.STEP  # "lifts the stop order", "closed for three weeks"
    if cue.role is Role.EVENT and _partial(ctx, cue.hit, in_clause):
        return Role.STEP  # "nearly complete", "40% complete": part of the way
    return cue.role


def _partial(ctx: SentenceContext, hit: Hit, in_clause: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    if any(m.kind is Modifier.PARTIAL and 0 < hit.first_token - h.last_token <= PARTIAL_WINDOW
           for h, m in in_clause):
        return True
    before = hit.first_token - 1
    return (ctx.index.is_latin(hit.pid) and before >= 0
            and ctx.view.tokens[before].raw.isdigit()
            and ctx.view.sentence_at(ctx.view.token_starts[before]) == hit.sentence)


def _clause_text(view: EntryView, clause: tuple[int, int]) -> str:
    joiner = "" if view.language == "ja" else " "
    return joiner.join(t.raw for t in view.tokens[clause[0]: clause[1] + 1])


def _present_tense(view: EntryView, hit: Hit) -> bool:
    """An English third-person present verb ("opens", "launches")."""
    raw = view.tokens[hit.first_token].raw
    return view.language == "en" and raw.endswith("s") and not raw.endswith("ss")


_OPENERS = (Modifier.CLAUSE_OPENER, Modifier.BACKGROUND_OPENER, Modifier.BACKGROUND_INITIAL)
# Modifiers that stand beside a cue: one that contains the cue ("decide to" around
# "decide") is the cue's own phrase. Others apply even when they contain it
# ("since its launch", "study whether").
_OUTSIDE_CUE = frozenset({Modifier.NEGATION, Modifier.FUTURE, Modifier.INTENT,
                          Modifier.EXPECTED, Modifier.PARTIAL, Modifier.DENIAL})


def _cues(ctx: SentenceContext, hits: Sequence[Hit], terms: Sequence[Hit],
          modifiers: Sequence[tuple[Hit, ModifierRef]]) -> list[_Cue]:
    language = ctx.view.language
    own: list[_Cue] = []
    general: list[_Cue] = []
    for hit in hits:
        refs: Sequence[CueRef] = [r for r in ctx.claim.cues.get(hit.pid, ())
                                  if not r.latin or r.language == language]
        for ref in refs[:1]:  # "export", "exports": one stem, one cue
            own.append(_Cue(hit, ref.text, f"claim:{ref.verdict}", _own_role(ctx, hit, ref)))
        if refs:
            continue
        classes: Sequence[ClassRef] = [r for r in ctx.index.classes.get(hit.pid, ())
                                       if not r.latin or r.language == language]
        if classes:
            role = _class_role(ctx.reading, classes)
            general.append(_Cue(hit, classes[0].text, classes[0].event_class.value, role))
    # A claim's own cue decides its word; a general cue overlapping it yields.
    general = [g for g in general if not any(overlaps(g.hit, o.hit) for o in own)]
    # A lexicon word inside one of the claim's longer terms names the thing, not an
    # event ("upgrade" in "command upgrade"). One that is a whole term counts only as
    # the claim's own event ("opening" for a claim about an opening).
    mine = [h for h in terms if h.pid in ctx.claim.term_pids]
    general = [g for g in general if not inside_longer(g.hit, mine)
               and (g.role is Role.EVENT or not within(g.hit, mine))]
    own = [o for o in own if not inside_longer(o.hit, mine)]
    cues = own + general
    neutral = [h for h, m in modifiers if m.kind is Modifier.NEUTRAL]
    longer = [c.hit for c in cues] + neutral
    cues = [c for c in cues
            if not inside_longer(c.hit, longer) and not _noun_reading(ctx, c.hit)
            and not _model_name(ctx, c.hit)]
    # A denial word that denies another cue is about a report, not a cue itself:
    # "denies report it will scale back" is no denial of the claim.
    denials = [(h, m) for h, m in modifiers if m.kind is Modifier.DENIAL]
    return [c for c in cues
            if not any(overlaps(c.hit, d) and any(denies(d, m, o.hit) for o in cues)
                       for d, m in denials)]


def _report_denials(modifiers: Sequence[tuple[Hit, ModifierRef]]
                    ) -> list[tuple[Hit, ModifierRef]]:
    """"rejected a trade press report that …": a denying verb with a report noun a
    few tokens after it denies what follows, as "denies" does."""
    verbs = [(h, m) for h, m in modifiers if m.kind is Modifier.DENYING_VERB]
    nouns = [h for h, m in modifiers if m.kind is Modifier.REPORT_NOUN]
    found: list[tuple[Hit, ModifierRef]] = []
    for verb, ref in verbs:
        for noun in nouns:
            if noun.sentence == verb.sentence and (
                    0 < noun.first_token - verb.last_token <= REPORT_WINDOW if ref.latin
                    else 0 <= verb.start - noun.end <= REPORT_WINDOW * 2):
                span = Hit(verb.pid, min(verb.start, noun.start), max(verb.end, noun.end),
                           min(verb.first_token, noun.first_token),
                           max(verb.last_token, noun.last_token), verb.sentence)
                found.append((span, ModifierRef(Modifier.DENIAL, ref.text, ref.language,
                                                ref.latin)))
    return found


def _own_role(ctx: SentenceContext, hit: Hit, ref: CueRef) -> Role | None:
    """A claim's own cue keeps its verdict; an ``updates`` word that the lexicon
    knows as a delay or a date moved reads as one (a delay updates even when planned)."""
    role = _CUE_ROLES.get(ref.verdict)
    if role is Role.STEP:
        classes = {r.event_class for r in ctx.index.classes.get(hit.pid, ())
                   if not r.latin or r.language == ctx.view.language}
        if classes & {EventClass.DELAY, EventClass.SHIFT}:
            return Role.DELAY
    return role


def _class_role(reading: ClaimReading, classes: Sequence[ClassRef]) -> Role | None:
    """The role of a lexicon word for this claim (its first class that has one)."""
    for ref in classes:
        cls = ref.event_class
        if cls in reading.events:
            return Role.EVENT
        if cls in _CLASS_ROLES:
            return _CLASS_ROLES[cls]
        if cls is EventClass.ANNOUNCED and reading.kind is ClaimKind.DECISION:
            return Role.DECISION  # the decision made public
        if cls is EventClass.SHORTFALL and reading.kind is ClaimKind.TARGET:
            return Role.STOP
        if cls is EventClass.SHIFT:
            return Role.DELAY  # kept only with a date in its clause (``_role_in_clause``)
        if cls in _STEP_CLASSES:
            return Role.STEP
        if cls is EventClass.OCCURRED and reading.kind in (ClaimKind.TARGET, ClaimKind.DECISION):
            return Role.STEP  # a start on the way to a target, or done under a decision
    return None  # e.g. "continue" for a claim that is not a state


def _belongs(ctx: SentenceContext, found: _Cue) -> bool:
    """The cue is nearer this claim's subject than any other claim's.

    Where the sentence names this claim only by names another claim shares (the
    wind farm, for its first power and its grid ruling) while naming the other's own
    subject, only this claim's own event words are its news there."""
    cue = found.hit
    if not ctx.rivals:
        return True
    if found.role is not Role.EVENT and all(s.pid in ctx.others_terms for s in ctx.subject):
        return False
    # "Vérennes metro airport extension": a subject name just before another claim's
    # names it, as a modifier; the phrase is about the last one (its head).
    latin = ctx.index.is_latin
    heads = [s for s in ctx.subject
             if not (latin(s.pid) and any(latin(r.pid) and 0 < r.first_token - s.last_token
                                          <= HEAD_WINDOW for r in ctx.rivals))]
    mine = min((_distance(ctx.view, cue, s) for s in heads), default=None)
    theirs = min((_distance(ctx.view, cue, r) for r in ctx.rivals), default=None)
    return mine is not None and (theirs is None or mine <= theirs)


def _distance(view: EntryView, a: Hit, b: Hit) -> tuple[int, int]:
    """(another clause?, tokens or characters apart): same clause first, then nearness."""
    other_clause = view.clause_of(a.first_token) != view.clause_of(b.first_token)
    if a.end <= b.start:
        gap = b.start - a.end
    elif b.end <= a.start:
        gap = a.start - b.end
    else:
        gap = 0
    return int(other_clause), gap


def _clause(view: EntryView, hit: Hit, openers: Sequence[int]) -> tuple[int, int]:
    """First and last token of the clause holding ``hit``."""
    number = view.clause_of(hit.first_token)
    first = view.clause_starts[number]
    following = view.clause_starts[number + 1:]
    last = (following[0] if following else len(view.tokens)) - 1
    sentence = view.sentence_at(hit.start)
    sentence_end = (view.sentence_tokens[sentence + 1] - 1
                    if sentence + 1 < len(view.sentence_tokens) else len(view.tokens) - 1)
    last = min(last, sentence_end)
    for token in openers:
        if first < token <= hit.first_token:
            first = token
        elif hit.last_token < token <= last:
            last = token - 1
    return first, last


def _model_name(ctx: SentenceContext, hit: Hit) -> bool:
    """"SM-3 Block IIA", "Phase 1B": a word followed by a variant code names a model."""
    nxt = hit.last_token + 1
    return (ctx.index.is_latin(hit.pid) and nxt < len(ctx.view.tokens)
            and bool(_VARIANT_CODE.fullmatch(ctx.view.tokens[nxt].raw)))


def _noun_reading(ctx: SentenceContext, hit: Hit) -> bool:
    """"signs of", "plans for": a plural noun, not the verb."""
    followers = ctx.index.lexicon.noun_followers.get(ctx.view.language, ())
    nxt = hit.last_token + 1
    if not followers or nxt >= len(ctx.view.tokens) or hit.first_token != hit.last_token:
        return False
    raw = ctx.view.tokens[hit.last_token].raw
    return raw.endswith("s") and not raw.endswith("ss") and ctx.view.tokens[nxt].raw in followers
