"""A headline may report a meeting with no verb, by its headcount: 説明会に260人,
新庁舎説明会 参加80人, "300 residents at public meeting", « 620 parents à la première
réunion d'information »; a report, by the crowd that came: "230 habitants ont assisté
samedi à la réunion". For a meeting claim, the claim's own meeting name (in Japanese
a term holding 会: 説明会, 会議, 協議会) beside a count of people reports the meeting
held; when, the clause's dates still tell."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.index import Hit
from tracker.match.lexicon import EventClass
from tracker.match.number_words import is_a_number
from tracker.match.participles import past_participle
from tracker.match.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.models import ClaimKind

# A headcount right after a Japanese meeting's name: 説明会に260人, 説明会 参加80人
_MEETING_JA = "会"  # in a meeting's name: 説明会, 会議, 協議会, 集会
_ATTENDANCE_JA = re.compile(
    r"^、?\s?(?:初回|初日|1回目)?(?:に|には|は)?\s?(?:参加者?|出席者?)?\s?(?:約)?\s?[\d,]+\s?人")
HEADCOUNT_WORDS = 2  # words between a Latin count and its "at" ("300 angry residents at")
HEADCOUNT_REACH = 3  # words between "at" and the meeting's name ("at the first public …")
COUNT_REACH = 14  # words from a count of people to the meeting's name
CROWD = 10  # the least count of an audience written in digits
PAST_AFTER_COUNT = 4  # words from the count to its past verb ("600 personnes se sont pressées")


def attended_meetings(ctx: SentenceContext, mine: Sequence[Hit]) -> list[Cue]:
    """For a meeting claim, a Japanese headline's meeting named with its headcount
    (説明会に260人, 説明会 参加80人) reports it held, with no verb."""
    if ctx.reading.kind is not ClaimKind.MEETING:
        return []
    text = ctx.view.text
    if ctx.view.language != "ja":
        return [Cue(h, text[h.start: h.end], EventClass.MET.value, Role.EVENT) for h in mine
                if _counted_at(ctx, h) or _counted_before(ctx, h)]
    return [Cue(h, name, EventClass.MET.value, Role.EVENT) for h in mine
            if _MEETING_JA in (name := text[h.start: h.end].strip())
            and _ATTENDANCE_JA.match(text[h.end: h.end + 12].lstrip())]


def _counted_before(ctx: SentenceContext, hit: Hit) -> bool:
    """A count of people who did something shortly before the meeting's name:
    "200 people crowded into the Guildhall for the public meeting", « 230 habitants
    ont assisté samedi à la réunion »: a past form right after the count."""
    view = ctx.view
    tokens = view.tokens
    start = view.clause_span(view.clause_of(hit.first_token))[0]
    lexicon = ctx.index.lexicon
    # French past participles end like many words ("contre"): one needs its auxiliary
    auxiliaries = lexicon.perfect_auxiliaries.get(view.language, ())
    for n in range(max(start, hit.first_token - COUNT_REACH), hit.first_token):
        if _a_crowd(tokens[n].raw) and any(
                past_participle(lexicon, tokens[t].raw, view.language)
                and (not auxiliaries or tokens[t - 1].raw in auxiliaries)
                for t in range(n + 1, min(hit.first_token, n + PAST_AFTER_COUNT + 1))):
            return True
    return False


def _a_crowd(word: str) -> bool:
    """A count written in digits and large enough for a room ("230 habitants"); "the
    two airlines agreed" counts no audience."""
    return word.isdigit() and int(word) >= CROWD


def _counted_at(ctx: SentenceContext, hit: Hit) -> bool:
    """A count of people, then "at" (à), shortly before the meeting's name: "300
    residents at public meeting", « 620 parents à la première réunion »."""
    tokens = ctx.view.tokens
    words = ctx.index.lexicon.headcount_prepositions.get(ctx.view.language, ())
    start = ctx.view.clause_span(ctx.view.clause_of(hit.first_token))[0]
    for at in range(hit.first_token - 1, max(start, hit.first_token - HEADCOUNT_REACH - 2), -1):
        if tokens[at].raw in words:
            return any(is_a_number(tokens[n].raw, ctx.view.language)
                       for n in range(max(start, at - HEADCOUNT_WORDS - 1), at - 1))
    return False
