"""A decision claim's event said in the future: the decision announced, or still to come?
And a deciding word read as done, placed in time by a date (``decision_in_time``), or
a decision noun after a future word (``decision_noun_ahead``).

Labelling rule 4: for a decision claim, "will become", "to be converted" is the decision
itself, announced. Two futures are not: a decision given a date ahead ("to sign the pact
next week": its schedule), and the act of deciding itself in the future ("the council to
approve the plan", "to vote down the plan", 可決へ: the vote still to come). The general
lexicon reads a deciding word so; a claim's own cue that holds one reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Modality
from tracker.match.text.normalize import fold
from tracker.match.text.tense import french_future_verb, past_form, present_tense, verb_form
from tracker.match.text.timeexpr import exact_day, names_today, points_ahead, points_back
from tracker.models import ClaimKind

_JA_DATE = r"[0-9０-９]+(?:年度?|月|日|[上中下]旬)?(?:[0-9０-９]+(?:月|日))*"  # 2027年9月
_CHANGES = frozenset(c.value for c in (EventClass.CHANGE, EventClass.INCREASE,
                                        EventClass.DECREASE))


def decision_to_come(ctx: SentenceContext, cue: Cue, modality: Modality, clause_text: str,
                     hits: Sequence[Hit]) -> bool:
    """Is this future event of a decision claim a preview (see the module docstring)?
    The change a decision sets, announced with its date, is still the decision ("lift
    passes to rise 8% this winter")."""
    if (modality not in (Modality.FUTURE, Modality.INTENT)
            or ctx.reading.kind is not ClaimKind.DECISION):
        return False
    if cue.source not in _CHANGES and points_ahead(clause_text, ctx.published, True):
        return True
    return is_own(cue.source) and _holds_a_deciding_word(ctx, cue.hit, hits)


def decision_noun_ahead(ctx: SentenceContext, hit: Hit, clause: tuple[int, int],
                        in_clause: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A decision noun ("decision", "ruling", « décision ») after a future word of its
    clause ("to issue its decision in December", "will deliver its ruling", « rendra
    sa décision »): the decision still to come, not taken (Latin scripts)."""
    view = ctx.view
    nouns = ctx.index.lexicon.decision_nouns.get(view.language, ())
    if not view.tokens[hit.first_token].latin or view.tokens[hit.last_token].raw not in nouns:
        return False
    if any(m.kind in (Modifier.FUTURE, Modifier.FUTURE_AFTER) and m.latin
           and clause[0] <= h.first_token and h.last_token < hit.first_token
           for h, m in in_clause):
        return True
    return view.language == "fr" and any(
        french_future_verb(t.raw) for t in view.tokens[clause[0]: hit.first_token])


def _holds_a_deciding_word(ctx: SentenceContext, cue: Hit, hits: Sequence[Hit]) -> bool:
    """The claim's own cue holds a general word of deciding ("approve", "vote", 可決)."""
    language = ctx.view.language
    return any(cue.start <= h.start and h.end <= cue.end
               and any(r.event_class is EventClass.DECIDED
                       for r in ctx.index.classes_in(h.pid, language))
               for h in hits)


def decision_in_time(ctx: SentenceContext, cue: Hit, clause_text: str) -> Modality:
    """A deciding word read as done, placed in time by a date in its clause: ahead of
    the publication it is still to come ("votes on 18 December", あす採決: a preview,
    labelling rule 2); well before it, context ("the bypass, approved in June, …")."""
    phrase = without_effect_dates(ctx, cue, _phrase(ctx, cue, clause_text))
    present = present_tense(ctx.index, ctx.view, cue)
    # "formally approved ending the course … the online course opens in April 2027": a
    # deciding word in the past is done; a date ahead is what it decided
    done = past_form(ctx.index, ctx.view, cue) and not present
    if not done and (points_ahead(phrase, ctx.published, present) or (
            present and _today_or_next(ctx, phrase))):
        return Modality.EXPECTED
    if points_back(clause_text, ctx.published) or _long_after_due(ctx):
        return Modality.BACKGROUND
    return Modality.REALIS


LATER_DECISION_DAYS = 365
"""A decision claim's decision told this long after its day is another one."""


def _long_after_due(ctx: SentenceContext) -> bool:
    """A decision claim's decision told more than a year after its day: a later
    decision on the same subject (a renewal, a second rise, a new phase), context for
    this one."""
    return (ctx.reading.kind is ClaimKind.DECISION and ctx.due is not None
            and ctx.published is not None and (ctx.published - ctx.due).days > LATER_DECISION_DAYS)


def _phrase(ctx: SentenceContext, cue: Hit, clause_text: str) -> str:
    """The clause, or in Japanese the headline phrase that holds the cue, up to the 、
    after it: a space sets a headline's phrases apart, each with its own time
    (契約を締結　6月着工へ)."""
    if ctx.view.language != "ja":
        return clause_text
    word = ctx.view.text[cue.start:cue.end]
    parts = [fold(p) for p in ctx.view.sentences[cue.sentence].split()]
    phrase = next((p for p in parts if word in p), clause_text)
    # 条例が成立、来年1月施行: after its 、 another statement tells its own time (a day
    # before the 、 stays: 工事が9日、始まった)
    end = phrase.find("、", phrase.find(word) + len(word)) if word in phrase else -1
    return phrase[:end] if end >= 0 else phrase


PERIOD_REACH = 2  # words between "for" and the year ("for the 2026 season")


def without_effect_dates(ctx: SentenceContext, cue: Hit, phrase: str) -> str:
    """The phrase without the date that what is decided takes effect from: "approves
    free buses from September 1", « adopte la gratuité à partir du 1er septembre »,
    9月から無料化を可決 decide now (``effective_from``); after a verb as written, the
    time it is for too ("approves the cap for the 2026 season", ``effect_periods``)."""
    words = ctx.index.lexicon.effective_from.get(ctx.view.language, ())
    if not words:
        return phrase
    periods = ctx.index.lexicon.effect_periods.get(ctx.view.language, ())
    if periods and verb_form(ctx.index, ctx.view, cue):
        # "approves the cap for the 2026 season"; not "pour réaffecter … en février"
        words = (*words, *(w for w in periods if re.search(
            rf"(?<!\w){re.escape(w)} (?:\S+ ){{0,{PERIOD_REACH}}}(?:19|20)\d\d\b", phrase)))
    if ctx.view.language == "ja":  # the date comes before から
        found = [w for w in words if w in phrase]
        return re.sub(f"{_JA_DATE}(?:{'|'.join(map(re.escape, found))})", "", phrase) if (
            found) else phrase
    # the cue's first word by its stem: a gapped or stemmed cue is not written whole
    after = phrase.find(ctx.view.tokens[cue.first_token].norm)
    if after < 0:
        return phrase
    starts = [m.start() for w in words
              for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", phrase[after:])]
    return phrase[:after + min(starts)] if starts else phrase


def _today_or_next(ctx: SentenceContext, phrase: str) -> bool:
    """"votes today", きょう採決, 11日決定 on the 10th: a deciding word not yet in the past,
    dated today, or in Japanese the next day (the margin other words keep for time zones
    is for a past verb), is the decision still to come."""
    if ctx.published is None:
        return False
    if names_today(phrase):
        return True
    day = exact_day(phrase, ctx.published) if ctx.view.language == "ja" else None
    return day is not None and (day - ctx.published).days == 1
