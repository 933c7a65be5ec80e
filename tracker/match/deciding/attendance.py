"""A headline may report a meeting with no verb, by its headcount: 説明会に260人,
新庁舎説明会 参加80人, "300 residents at public meeting", « 620 parents à la première
réunion d'information »; a report, by the crowd that came: "230 habitants ont assisté
samedi à la réunion". For a meeting claim, the claim's own meeting name (in Japanese
a term holding 会: 説明会, 会議, 協議会) beside a count of people reports the meeting
held; when, the clause's dates still tell. So do a word of how it went beside its
name ("stormy public meeting", 説明会が紛糾), a word of its end after it ("inquiry
closes after six days", 説明会が終了) and, in a headline, what was said or done there
("residents raise fears at public meeting", 説明会で懸念相次ぐ)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.text.normalize import latin_words
from tracker.match.text.number_words import is_a_number
from tracker.match.text.participles import past_participle
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

# A headcount right after a Japanese meeting's name, maybe with who came: 説明会に260人,
# 説明会 参加80人, 説明会に漁業者ら80人
_MEETING_JA = "会"  # in a meeting's name: 説明会, 会議, 協議会, 集会
_ATTENDANCE_JA = re.compile(
    r"^、?\s?(?:初回|初日|1回目)?(?:(?:に|には)\s?[\u3041-\u30ff\u4e00-\u9fff]{1,5}?|"
    r"(?:に|には|は)?\s?(?:参加者?|出席者?)?)\s?(?:約)?\s?[\d,]+\s?人")
# Right after a Japanese meeting's name: what was said there (説明会で懸念相次ぐ)
_REPORTED_AT_JA = re.compile(r"^\s?で")
# Before a Japanese meeting's name that ends a headline: where or who (市が説明会,
# サルラックで住民説明会)
_WHERE_OR_WHO_JA = ("で", "が")
MOOD_REACH = 2  # words from a meeting's name to how it went ("packed Sarlieu meeting")
MOOD_REACH_JA = 4  # characters from a Japanese meeting's name to how it went (説明会が紛糾)
HEADCOUNT_WORDS = 2  # words between a Latin count and its "at" ("300 angry residents at")
HEADCOUNT_REACH = 3  # words between "at" and the meeting's name ("at the first public …")
COUNT_REACH = 14  # words from a count of people to the meeting's name
CROWD = 10  # the least count of an audience written in digits
PAST_AFTER_COUNT = 4  # words from the count to its past verb ("600 personnes se sont pressées")


def attended_meetings(ctx: SentenceContext, mine: Sequence[Hit]) -> list[Cue]:
    """For a meeting claim, the meeting reported held with no verb of its own: by its
    headcount (説明会に260人, "300 residents at public meeting"), the crowd that came,
    how it went, or what was said at it (see the module docstring)."""
    if ctx.reading.kind is not ClaimKind.MEETING:
        return []
    text = ctx.view.text
    moods = ctx.index.lexicon.meeting_moods.get(ctx.view.language, ())
    if ctx.view.language != "ja":
        found = [Cue(h, text[h.start: h.end], EventClass.MET.value, Role.EVENT) for h in mine
                 if _counted_at(ctx, h) or _counted_before(ctx, h) or _counted_after(ctx, h)
                 or _told_how_it_went(ctx, h)]
        found += [_to(ctx, h, end) for h in mine if (end := _told_it_ended(ctx, h)) is not None]
        found += [c for h in mine if (c := _told_at_it(ctx, h, mine)) is not None]
        return found + [_from(ctx, h, at) for h in mine
                        if (at := _reported_at(ctx, h)) is not None]
    ended = ctx.index.lexicon.run_end_words.get("ja", ())
    found = [Cue(h, name, EventClass.MET.value, Role.EVENT) for h in mine
             if _MEETING_JA in (name := text[h.start: h.end].strip())
             and (_ATTENDANCE_JA.match(text[h.end: h.end + 12].lstrip())
                  or text[h.end: h.end + MOOD_REACH_JA].lstrip("がはも、 ").startswith(moods)
                  or text[h.end: h.end + MOOD_REACH_JA].lstrip("がは、 ").startswith(ended)
                  or _ends_the_headline(ctx, h))]
    return found + [Cue(h._replace(end=h.end + at), text[h.start: h.end + at],
                        EventClass.MET.value, Role.EVENT)
                    for h in mine if (at := _reported_at_ja(ctx, h)) is not None]


def _from(ctx: SentenceContext, hit: Hit, at: int) -> Cue:
    """The report cue from its preposition to the meeting's name ("at public meeting"):
    what comes before it is what was said there (``said_at_the_meeting``)."""
    cue = hit._replace(start=ctx.view.token_starts[at], first_token=at)
    return Cue(cue, ctx.view.text[cue.start: cue.end], EventClass.MET.value, Role.EVENT)


def _told_it_ended(ctx: SentenceContext, hit: Hit) -> int | None:
    """The meeting's name, then a word of its end ("inquiry closes after six days",
    « la réunion s'est achevée », 説明会が終了): it was held. The last token of that word."""
    view, lexicon = ctx.view, ctx.index.lexicon
    nouns = lexicon.meeting_nouns.get(view.language, ())
    if not names_a_meeting(view, hit, nouns):
        return None
    for phrase in lexicon.run_end_words.get(view.language, ()):
        end = view.written_at(hit.last_token + 1, latin_words(phrase))
        if end is not None and view.clause_of(end) == view.clause_of(hit.last_token):
            return end
    return None


def _told_at_it(ctx: SentenceContext, hit: Hit, names: Sequence[Hit]) -> Cue | None:
    """In a headline, a meeting told something ("observatory tells public meeting",
    "residents tell inquiry of fire fears", "inquiry hears of fire fears", "meeting told
    of delays"): it was held. The cue runs from the word of telling to the name, or from
    the name to it; what comes before the telling is what was said there."""
    view, lexicon = ctx.view, ctx.index.lexicon
    nouns = lexicon.meeting_nouns.get(view.language, ())
    if hit.sentence != 0 or not names_a_meeting(view, hit, nouns):
        return None
    clause = view.clause_of(hit.first_token)
    named = {t for n in names for t in range(n.first_token, n.last_token + 1)}
    determiners = lexicon.determiners.get(view.language, ())
    before = hit.first_token - 1
    while before > 0 and (before in named or view.tokens[before].raw in determiners):
        before -= 1  # "tells the public meeting", "tell Ashgrove battery inquiry"
    if (before > 0 and view.clause_of(before) == clause
            and view.tokens[before].raw in lexicon.meeting_told.get(view.language, ())):
        return _from(ctx, hit, before)
    after = hit.last_token + 1
    if (after < len(view.tokens) and view.clause_of(after) == clause
            and view.tokens[after].raw in lexicon.meeting_hears.get(view.language, ())):
        return _to(ctx, hit, after)
    return None


def _to(ctx: SentenceContext, hit: Hit, end: int) -> Cue:
    """The meeting's name with the word of its end after it, as one cue."""
    last = ctx.view.tokens[end]
    cue = hit._replace(end=ctx.view.token_starts[end] + len(last.norm), last_token=end)
    return Cue(cue, ctx.view.text[cue.start: cue.end], EventClass.MET.value, Role.EVENT)


def _reported_at(ctx: SentenceContext, hit: Hit) -> int | None:
    """What was said or done at the meeting, with the meeting's name after "at"
    ("residents raise parking fears at lifeboat public meeting", « inquiétudes lors de
    la réunion publique »): the meeting held. Its clause's modality still tells a
    preview ("to unveil plans at the meeting")."""
    view, lexicon = ctx.view, ctx.index.lexicon
    if hit.sentence != 0:
        return None  # "officials told residents at Saturday's briefing": its background
    if not names_a_meeting(view, hit, lexicon.meeting_nouns.get(view.language, ())):
        return None
    prepositions = lexicon.meeting_report_prepositions.get(view.language, ())
    start = view.clause_span(view.clause_of(hit.first_token))[0]
    reach = range(hit.first_token - 1, max(start, hit.first_token - HEADCOUNT_REACH - 2), -1)
    # something before it in the clause: "at public meeting" alone reports nothing
    return next((at for at in reach if view.tokens[at].raw in prepositions and at > start),
                None)


def names_a_meeting(view: EntryView, hit: Hit, nouns: Sequence[str]) -> bool:
    """The name holds a meeting noun, as written: "public meeting", a noun of several
    words too ("town hall")."""
    name = " {} ".format(" ".join(t.raw for t in view.tokens[hit.first_token:
                                                                 hit.last_token + 1]))
    return any(f" {noun} " in name for noun in nouns)


def _told_how_it_went(ctx: SentenceContext, hit: Hit) -> bool:
    """A word of how the meeting went right beside its name ("stormy public meeting",
    « réunion publique houleuse »): it was held."""
    view = ctx.view
    moods = ctx.index.lexicon.meeting_moods.get(view.language, ())
    nouns = ctx.index.lexicon.meeting_nouns.get(view.language, ())
    clause = view.clause_of(hit.first_token)
    beside = [t for t in (*range(hit.first_token - MOOD_REACH, hit.first_token),
                          *range(hit.last_token + 1, hit.last_token + MOOD_REACH + 1))
              if 0 <= t < len(view.tokens) and view.clause_of(t) == clause]
    return (names_a_meeting(view, hit, nouns)
            and any(view.tokens[t].raw in moods for t in beside))


def _reported_at_ja(ctx: SentenceContext, hit: Hit) -> int | None:
    """A Japanese headline's meeting (a name ending in a meeting noun: 説明会, not the
    body 委員会) with で after it: what was said there (説明会で懸念相次ぐ). The length of
    that で, to read it with the name."""
    nouns = ctx.index.lexicon.meeting_nouns.get("ja", ())
    name = ctx.view.text[hit.start: hit.end].strip()
    marker = _REPORTED_AT_JA.match(ctx.view.text[hit.end: hit.end + 3])
    return (marker.end() if hit.sentence == 0 and name.endswith(tuple(nouns))
            and marker is not None else None)


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


def _counted_after(ctx: SentenceContext, hit: Hit) -> bool:
    """The meeting's name, then in its sentence a crowd told by who came or by a verb
    of drawing them: "public meeting on the tram: 350 participants", « la réunion
    publique a réuni 350 personnes », "meeting draws 350 residents"."""
    view, lexicon = ctx.view, ctx.index.lexicon
    tokens = view.tokens
    audience = lexicon.audience_words.get(view.language, ())
    gathering = lexicon.gathering_verbs.get(view.language, ())
    last = view.sentence_span(hit.sentence)[1]
    return any(_a_crowd(tokens[n].raw) and (
        (n < last and tokens[n + 1].raw in audience) or tokens[n - 1].raw in gathering)
        for n in range(hit.last_token + 1, min(last, hit.last_token + COUNT_REACH) + 1))


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


def a_report_at_it(ctx: SentenceContext, cue: Cue) -> bool:
    """The cue is a meeting told by what happened at it (from "at" to its name, or its
    name and で): the words before it (after it, in Japanese) are what was said there."""
    if cue.source != EventClass.MET.value:
        return False
    view = ctx.view
    if view.language == "ja":
        return view.text[cue.hit.end - 1: cue.hit.end] == "で"
    prepositions = ctx.index.lexicon.meeting_report_prepositions.get(view.language, ())
    return view.tokens[cue.hit.first_token].raw in prepositions


def a_report_by_telling(ctx: SentenceContext, cue: Cue) -> bool:
    """The cue is a meeting told something (``_told_at_it``): what was said there
    stands on either side of it ("residents tell inquiry of fire fears")."""
    if cue.source != EventClass.MET.value or not ctx.view.tokens[cue.hit.first_token].latin:
        return False
    lexicon, tokens, language = ctx.index.lexicon, ctx.view.tokens, ctx.view.language
    return (tokens[cue.hit.first_token].raw in lexicon.meeting_told.get(language, ())
            or tokens[cue.hit.last_token].raw in lexicon.meeting_hears.get(language, ()))


def _ends_the_headline(ctx: SentenceContext, hit: Hit) -> bool:
    """A Japanese headline, or one part of it (parts are set apart by a space), that ends
    with the meeting's name, with where or who before it in its clause
    (サルラックで住民説明会, 鷺ノ浦市が説明会　質問相次ぐ): the headline reports it
    held; a day in the clause still makes it a preview (2日に説明会)."""
    view = ctx.view
    if hit.sentence != 0 or view.text[hit.end: hit.end + 1] != " ":
        return False
    start = view.token_starts[view.clause_span(view.clause_of(hit.first_token))[0]]
    return any(p in view.text[start: hit.start] for p in _WHERE_OR_WHO_JA)
