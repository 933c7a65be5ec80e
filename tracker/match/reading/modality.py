"""The modality of an event word: how its clause presents it.

Negation stands just before a Latin cue (4 tokens), future words just before it
(3 tokens), intent and schedule words near it (5 tokens; an intent word before "and"
reaches the verb after it: "plan to cap lets and return 1,200 homes"); hedges,
back-references, opinions and "as planned" anywhere in its clause; a third party
speaking anywhere in the sentence; a denial anywhere before it in the sentence (after
it in Japanese); Japanese endings right after the cue (``japanese.py``). A clause
opened by "after", "since", "following" (を受け, 後), or a sentence opened by "while"
("alors que"), is background.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.lateness import after_duration, delay_ahead
from tracker.match.reading.negated_subject import negated_after_its_subject
from tracker.match.reading.report_denials import called_wrong, denies
from tracker.match.table import Modality, Role
from tracker.match.targets.figure_start import starts_a_figure
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.japanese import JapaneseForm, form_of_hit, own_statement
from tracker.match.text.japanese_parties import (
    joined_party,
    not_a_speaker,
    the_cause,
    told_at,
)
from tracker.match.text.normalize import fold
from tracker.match.text.participles import past_participle
from tracker.match.text.spans import overlaps
from tracker.match.text.tense import french_future, french_future_verb, verb_form
from tracker.match.text.view import EntryView

NEGATION_WINDOW = 4  # tokens before a Latin cue
FUTURE_WINDOW = 3  # tokens before a Latin cue
AFTER_WINDOW = 1  # tokens after a Latin noun cue ("the decision will come")
PLAN_WINDOW = 5  # tokens either side of a Latin cue
JAPANESE_LOOKAHEAD = 8  # characters after a Japanese cue read for its ending
SUBJECT_REACH = 2  # tokens from a third party to the event word it does ("lawmakers vote")
# the roles whose noun a negated verb says did not happen; "the moratorium will not be
# lifted" keeps a state
_HAPPENINGS = (Role.EVENT, Role.STEP, Role.DECISION)


@dataclass(frozen=True, slots=True)
class ModalityContext:
    view: EntryView
    index: PatternIndex
    opinion_piece: bool  # the item is labelled as opinion
    # the tokens of the claim's terms of several words: "collectif" in a term "chai
    # collectif" names the winery, no collective that comments
    named: frozenset[int] = frozenset()
    terms: frozenset[int] = frozenset()  # the tokens of all the claim's terms found


def read_modality(ctx: ModalityContext, hit: Hit, role: Role,
                  in_clause: Sequence[tuple[Hit, ModifierRef]],
                  sentence: Sequence[tuple[Hit, ModifierRef]], clause: tuple[int, int],
                  threat: bool = False, attended: bool = False) -> Modality:
    """How the cue's clause presents it (the first of ``Modality`` that applies).

    A ``threat`` (a lawsuit, an appeal) is a fact whoever brings it, and is only
    ever a threat to the plan: hedged unless negated. A meeting is ``attended`` by
    whoever meets: unions or lawmakers at the table are its parties, not
    commentators."""
    kinds = {m.kind for _, m in in_clause}
    if role is Role.STOP and Modifier.LEGAL in kinds and Modifier.HEDGE in kinds:
        threat = True  # "asked the court to annul": a legal challenge
    if any(m.kind is Modifier.DENIAL and denies(h, m, hit) for h, m in sentence) or (
            called_wrong(sentence, hit)):
        return Modality.DENIED
    span = ctx.view.sentence_span(hit.sentence)
    forms = ctx.index.lexicon.third_party_forms
    # "lawmakers vote through the bill": a third party right before a decision word in
    # its clause is who decides, not who comments
    acting = range(max(clause[0], hit.first_token - SUBJECT_REACH), hit.first_token) if (
        role is Role.DECISION and _latin(ctx, hit)) else range(0)
    cause = _cause_start(ctx, hit, span)
    sentence = [(h, m) for h, m in sentence
                if not (m.kind is Modifier.THIRD_PARTY and (
                    h.last_token in acting or h.first_token >= cause
                    or not_a_speaker(ctx.view, ctx.index.lexicon, h)
                    or (role is Role.DECISION and joined_party(ctx.view, ctx.index.lexicon, h))
                    or own_statement(ctx.view, hit, h)))]
    if cause <= span[1]:
        span = (span[0], cause - 1)
        # "cancelled over safety concerns": a hedge in the cause is the reason, no hedge
        kinds = {m.kind for h, m in in_clause
                 if m.kind is not Modifier.HEDGE or h.first_token < cause}
    # a meeting's parties are named in its clause; one outside comments, not its audience
    outside = [(h, m) for h, m in sentence if not clause[0] <= h.first_token <= clause[1]]
    audience = ctx.index.lexicon.audience_words.get(lang := ctx.view.language, ())
    speakers = {lang: tuple(f for f in forms.get(lang, ()) if f not in audience)}  # "74 people"
    third_party = (any(m.kind is Modifier.THIRD_PARTY for _, m in outside)
                   or _written(ctx, speakers, (span[0], clause[0] - 1))
                   or _written(ctx, forms, (clause[1] + 1, span[1]))) if attended else (
        any(m.kind is Modifier.THIRD_PARTY for _, m in sentence)
        or _written(ctx, forms, span, acting))
    # a Latin opinion word governs what follows it: "used the talks to demand
    # compensation" held the talks; "urged the board to cancel" cancelled nothing
    opinion = any(m.kind is Modifier.OPINION and (not m.latin or h.first_token <= hit.first_token)
                  and not the_cause(ctx.view, ctx.index.lexicon, h) for h, m in in_clause)
    if ctx.opinion_piece or ((opinion or third_party) and not threat):
        # a third party's view; a lawsuit or a court asked to act is a fact whoever
        # brings it ("the opposition asks the court to strike down the law")
        return Modality.OPINION
    if Modifier.BACKREF in kinds or any(
        m.kind is Modifier.BACKGROUND_OPENER and h.first_token <= hit.first_token
        and not _after_time_word(ctx.view, h) for h, m in in_clause
    ) or (hit.pid != FIGURE_PID and any(
        m.kind is Modifier.BACKGROUND_INITIAL and h.first_token == clause[0]
        == _sentence_start(ctx.view, hit) for h, m in sentence)):
        return Modality.BACKGROUND
    latin = _latin(ctx, hit)
    japanese = None if latin else _japanese_form(ctx.view, hit)
    if japanese is JapaneseForm.DESCRIBED:
        return Modality.BACKGROUND  # 運行を始めた夜行列車: the event describes the noun
    if role is Role.DELAY and (japanese is JapaneseForm.MANNER or after_duration(
            ctx.view, hit, ctx.named, ctx.index.lexicon.late_nouns.get(ctx.view.language, ()))
    ) and not _will_come_late(ctx, hit, sentence):
        # 3カ月遅れで開業, "two months late", "trois mois de retard": how late the event
        # came, not news of a delay ("will open two months late" is one)
        return Modality.BACKGROUND
    if japanese is JapaneseForm.NEGATED or (latin and (
            _before(in_clause, Modifier.NEGATION, hit, NEGATION_WINDOW)
            or (role in _HAPPENINGS
                and negated_after_its_subject(ctx.index, ctx.view, hit, sentence, ctx.terms)))):
        return Modality.NEGATED
    if (threat or Modifier.HEDGE in kinds or japanese is JapaneseForm.SPECULATED
            or _written(ctx, ctx.index.lexicon.hedge_forms, clause)
            or ctx.view.sentences[hit.sentence].rstrip().endswith(("?", "？"))):
        return Modality.HEDGED
    if Modifier.AS_PLANNED in kinds:
        # "opened as planned": done, on time; "will start on time": still to come
        return Modality.FUTURE if latin and (
            _before(in_clause, Modifier.FUTURE, hit, FUTURE_WINDOW)
            or french_future(ctx.view, hit)) else Modality.REALIS
    ahead = ctx.index.lexicon.preview_prepositions.get(ctx.view.language, ())
    if _near(in_clause, Modifier.EXPECTED, hit, latin, ahead) or japanese in (
            JapaneseForm.PLANNED, JapaneseForm.ATTRIBUTIVE):
        return Modality.EXPECTED
    if japanese is JapaneseForm.INTENDED or (
            _before(in_clause, Modifier.INTENT, hit, PLAN_WINDOW, _joins(ctx, hit, clause))
            if latin
            else _near(in_clause, Modifier.INTENT, hit, latin)):
        # "plans to meet"; after the cue an intent word is its purpose ("meet to plan")
        return Modality.INTENT
    # "rose to 1.3 million": "to" before a figure is no future; the figure's verb tells
    # ("Aldervane to expand its campus to 400 MW": anywhere before it in the clause)
    levels = [h for h, m in in_clause if m.kind is Modifier.FUTURE
              and starts_a_figure(ctx.view, h.last_token + 1)]
    futures = [(h, m) for h, m in in_clause
               if h not in levels and not _a_preposition(ctx, h, hit)]
    window = (hit.first_token - clause[0]
              if any(h.last_token + 1 == hit.first_token for h in levels) else FUTURE_WINDOW)
    if japanese is JapaneseForm.FUTURE or (latin and (
            _before(futures, Modifier.FUTURE, hit, window)
            or _right_after(in_clause, Modifier.FUTURE_AFTER, hit)
            or _future_form(ctx, hit, clause) or french_future(ctx.view, hit)
            or _french_verb_of_a_figure(ctx, hit, clause))):
        return Modality.FUTURE
    return Modality.REALIS


def _a_preposition(ctx: ModalityContext, word: Hit, hit: Hit) -> bool:
    """A future word that is also a preposition of place ("to") before one of the
    claim's names, with a cue written as a finite verb after them ("shuttle to Lantern
    Lake begins running", "… to Velmora trailheads started"): it leads the place, no
    plan (an infinitive takes no -s and no past)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    after = word.last_token + 1
    if word.first_token != word.last_token or not after < hit.first_token or (
            after not in ctx.terms) or (
            view.tokens[word.first_token].raw not in lexicon.destinations.get(view.language, ())):
        return False
    return verb_form(ctx.index, view, hit)


_JAPANESE_TIME_END = re.compile(
    r"(?:年末|年度|年|月|日|週|期|夏|秋|冬|春|[\d一二三四五六七八九十])$")


def _after_time_word(view: EntryView, hit: Hit) -> bool:
    """年末以降, 3カ月後: a Japanese "after" closing a time expression dates what
    follows; it does not make it background."""
    return view.language == "ja" and bool(
        _JAPANESE_TIME_END.search(view.text[max(0, hit.start - 4): hit.start].rstrip()))


def _latin(ctx: ModalityContext, hit: Hit) -> bool:
    """Read with Latin word windows; a figure (no pattern) in the entry's language."""
    return ctx.index.is_latin(hit.pid) if hit.pid >= 0 else ctx.view.language != "ja"


def _cause_start(ctx: ModalityContext, hit: Hit, span: tuple[int, int]) -> int:
    """The first token of a phrase of cause after the cue ("scraps the plan | after
    residents object", "renonce | face à la colère des riverains"); past the sentence
    when there is none."""
    if not _latin(ctx, hit):
        return span[1] + 1
    openers = _folded(ctx.index.lexicon.cause_openers.get(ctx.view.language, ()))
    tokens = ctx.view.tokens
    for at in range(hit.last_token + 1, span[1] + 1):
        following = " ".join(t.raw for t in tokens[at: at + 4]) + " "
        if following.startswith(openers):  # any of them, in one call
            return at
    return span[1] + 1


@cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """Lexicon words folded as text is, with a space after each (read once)."""
    return tuple(f"{fold(w)} " for w in words)


def _written(ctx: ModalityContext, table: Mapping[str, tuple[str, ...]],
             span: tuple[int, int], skip: range = range(0)) -> bool:
    """A word of ``table`` as written in tokens ``span`` ("aurait": reportedly), not in ``skip``."""
    forms = table.get(ctx.view.language, ())
    return bool(forms) and any(t.raw in forms and i not in skip and i not in ctx.named
                               and not told_at(ctx.view, ctx.index.lexicon, i)  # "tells residents"
                               for i, t in enumerate(ctx.view.tokens[span[0]: span[1] + 1],
                                                     span[0]))


def _future_form(ctx: ModalityContext, hit: Hit, clause: tuple[int, int]) -> bool:
    """A future form as written just before the cue or right after a noun cue ("sera
    inaugurée", "l'ouverture sera…"): lemmas would read "est" as "sera"."""
    forms = ctx.index.lexicon.future_forms.get(ctx.view.language, ())
    near = range(max(clause[0], hit.first_token - FUTURE_WINDOW),
                 min(clause[1], hit.last_token + AFTER_WINDOW) + 1)
    return bool(forms) and any(ctx.view.tokens[t].raw in forms for t in near)


def future_in_clause(ctx: ModalityContext, hit: Hit, clause: tuple[int, int],
                     in_clause: Sequence[tuple[Hit, ModifierRef]],
                     names: Sequence[Hit] = ()) -> bool:
    """A future verb in the clause of an event noun ("the first meeting … will be held",
    "la première rencontre … se tiendra", "ce qui va changer à l'ouverture"): the noun
    takes the verb's tense. A name is no verb, whatever its ending ("le Sundra")."""
    if any(m.kind is Modifier.FUTURE_AFTER and m.latin and not overlaps(h, hit)
           for h, m in in_clause):  # "will", not the "to" of "used the talks to demand"
        return True
    forms = ctx.index.lexicon.future_forms.get(ctx.view.language, ())
    named = {i for n in names for i in range(n.first_token, n.last_token + 1)}
    others = [t for i, t in enumerate(ctx.view.tokens[clause[0]: clause[1] + 1], clause[0])
              if not hit.first_token <= i <= hit.last_token and i not in named]
    return any(t.raw in forms for t in others) or (
        ctx.view.language == "fr" and any(french_future_verb(t.raw) for t in others))


def _will_come_late(ctx: ModalityContext, hit: Hit,
                    sentence: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A future verb before a delay word, in its clause or the one before ("will open a
    month later than planned", « ouvrira | avec un mois de retard »): how late a thing
    still to come will be is news of a delay (in Japanese, ``delay_ahead``)."""
    view = ctx.view
    if view.language == "ja":
        return delay_ahead(view, hit)
    first = max(view.sentence_tokens[hit.sentence],
                view.clause_starts[max(0, view.clause_of(hit.first_token) - 1)])
    before = [(h, m) for h, m in sentence
              if first <= h.first_token and h.last_token < hit.first_token]
    return (hit.first_token > first
            and future_in_clause(ctx, hit, (first, hit.first_token - 1), before))


_NOT_A_SUBJECT = frozenset({"that", "which", "who", "say", "says", "said"})


def future_after_its_noun(ctx: ModalityContext, hit: Hit,
                          in_clause: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A headline's event noun before "will" ("Ruling on the round will come in March",
    "Opening of the line will be in May"): the subject of a future verb, with no
    determiner to tell it from a verb. No past verb, relative word or "says" between."""
    view = ctx.view
    for h, m in in_clause:
        if m.kind is Modifier.FUTURE_AFTER and m.latin and h.first_token > hit.last_token:
            between = view.tokens[hit.last_token + 1: h.first_token]
            return not any(past_participle(ctx.index.lexicon, t.raw, "en")
                           or t.raw in _NOT_A_SUBJECT for t in between)
    return False


def _sentence_start(view: EntryView, hit: Hit) -> int:
    return view.sentence_tokens[hit.sentence]


def _japanese_form(view: EntryView, hit: Hit) -> JapaneseForm:
    return form_of_hit(view, hit, JAPANESE_LOOKAHEAD)


def _before(mods: Sequence[tuple[Hit, ModifierRef]], kind: Modifier, hit: Hit,
            window: int, joins: Sequence[int] = ()) -> bool:
    """A modifier of ``kind`` within ``window`` tokens before the hit, or before a
    coordinator (token of ``joins``) that the hit follows as closely: "plans to cap
    lets and return 1,200 homes" plans both."""
    return any(m.kind is kind and m.latin and (
        0 < hit.first_token - h.last_token <= window
        or any(0 < j - h.last_token <= window and 0 < hit.first_token - j <= window
               for j in joins)) for h, m in mods)


def _joins(ctx: ModalityContext, hit: Hit, clause: tuple[int, int]) -> list[int]:
    """The coordinators ("and", « et ») of the clause before the hit."""
    words = ctx.index.lexicon.coordinators.get(ctx.view.language, ())
    return [i for i in range(clause[0], hit.first_token) if ctx.view.tokens[i].raw in words]


def _right_after(mods: Sequence[tuple[Hit, ModifierRef]], kind: Modifier, hit: Hit) -> bool:
    """"the decision will come in the autumn": a future word right after a noun cue."""
    return any(m.kind is kind and m.latin and 0 < h.first_token - hit.last_token <= AFTER_WINDOW
               for h, m in mods)


def _near(mods: Sequence[tuple[Hit, ModifierRef]], kind: Modifier, hit: Hit, latin: bool,
          prepositions: Sequence[str] = ()) -> bool:
    """A plan word near a Latin cue (either side; a preposition only before it: "ahead
    of the vote", not "completed ahead of the storms"), or after a Japanese one."""
    for h, m in mods:
        if m.kind is not kind or (m.text in prepositions and h.first_token > hit.last_token):
            continue
        if latin and m.latin:
            if (0 < hit.first_token - h.last_token <= PLAN_WINDOW
                    or 0 < h.first_token - hit.last_token <= PLAN_WINDOW):
                return True
        elif not latin and not m.latin and h.start >= hit.end:
            return True  # Japanese: after the cue (発足へ向け, 発足を予定)
    return False


def _french_verb_of_a_figure(ctx: ModalityContext, hit: Hit, clause: tuple[int, int]) -> bool:
    """A figure takes the tense of the verb just before it ("la ville tomberait à 7 600
    habitants", "atteindra 2 millions"): a future or a conditional is no figure reached,
    a claim's name no verb (« l'hélicoptère d'Ayaura a effectué »)."""
    view = ctx.view
    if view.language != "fr" or hit.pid != FIGURE_PID:
        return False
    start = max(clause[0], hit.first_token - FUTURE_WINDOW)
    return any(french_future_verb(view.tokens[t].raw) and t not in ctx.terms
               for t in range(start, hit.first_token))
