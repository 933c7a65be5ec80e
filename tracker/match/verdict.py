"""What an entry says about a claim: confirms, updates, contradicts or mentions.

Only sentences that name the claim's subject are read. Each event word in them
becomes a frame (``frames.py``): its role for the claim and how its clause
presents it. The verdict table (``table.py``) turns each frame, with the claim's
kind and the item's timing, into a verdict.

A late report (after the deadline and its grace days) confirms only when the
title names one of the claim's required ideas; lower down it is a look back (mentions).

The title is the item's own news: if it yields a flag, that is the verdict.
Otherwise the strongest flag of the summary sentences wins (contradicts >
updates > confirms), the earliest sentence on ties; within a sentence the
strongest frame wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.match.clause_rules import clause_text
from tracker.match.figures import FIGURE_PID
from tracker.match.frames import read_frames
from tracker.match.index import CompiledClaim, Hit, PatternIndex
from tracker.match.japanese import topic_noun
from tracker.match.kinds import ClaimReading
from tracker.match.lexicon import MOVES, EventClass
from tracker.match.normalize import fold
from tracker.match.relevance import TITLE, Relevance
from tracker.match.sentence_context import Frame, SentenceContext, own_source
from tracker.match.spans import inside_longer
from tracker.match.table import Modality, Role, Timing, cell
from tracker.match.timeexpr import has_time, points_ahead
from tracker.match.view import EntryView
from tracker.models import ClaimKind, Verdict

# Days after the claim's date in which news retelling its announcement still appears
# (the press abroad, the weeklies); docs/matching.md, "The announcement's days"
ANNOUNCEMENT_DAYS = 3
_AHEAD = frozenset({Modality.FUTURE, Modality.INTENT, Modality.EXPECTED, Modality.HEDGED})
_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

_OWN_UPDATE = own_source(Verdict.UPDATES)
PRIORITY: Mapping[Verdict, int] = {
    Verdict.MENTIONS: 0,
    Verdict.CONFIRMS: 1,
    Verdict.UPDATES: 2,
    Verdict.CONTRADICTS: 3,
}


@dataclass(frozen=True, slots=True)
class JudgedFrame:
    frame: Frame
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    sentence: int
    cues: tuple[str, ...]
    timing: Timing = Timing.UNDATED
    announced: bool = False  # in the days the claim was announced (``DateWindow.announcing``)
    frames: tuple[JudgedFrame, ...] = ()  # every frame read, for ``explain``
    note: str = ""  # why the verdict differs from its frames', for ``explain``


@dataclass(frozen=True, slots=True)
class DateWindow:
    """The claim's dates as the verdict rules use them."""

    claimed_on: date
    earliest: date | None  # expected_from
    latest: date | None  # expected_by + grace
    due: date | None = None  # expected_by

    def timing(self, published: date | None) -> Timing:
        if published is None:
            return Timing.UNDATED
        if published < self.claimed_on:
            return Timing.BEFORE_CLAIM
        if self.earliest is not None and published < self.earliest:
            return Timing.EARLY
        if self.latest is not None and published > self.latest:
            return Timing.LATE
        return Timing.IN_WINDOW

    def announcing(self, published: date | None, state: bool = False) -> bool:
        """Published in the days the claim was announced, before its window opens: the
        press abroad and the weeklies retell the same announcement then (rule 9)."""
        if published is None or published < self.claimed_on:
            return False
        if self.earliest is not None and published >= self.earliest and not (
                state and self.earliest <= self.claimed_on):
            # the source previewed something due now: news of it is news (a state
            # holds from its claim on: said again then, it is the source retold)
            return False
        if self.due is not None and (self.due - self.claimed_on).days <= ANNOUNCEMENT_DAYS:
            return False  # due within those days: the source previewed it
        return (published - self.claimed_on).days <= ANNOUNCEMENT_DAYS


def date_window(claim: CompiledClaim, grace_days: int) -> DateWindow:
    c = claim.claim
    latest = None
    if c.expected_by:
        try:
            latest = c.expected_by + timedelta(days=grace_days)
        except OverflowError:  # a deadline near date.max: no "late" for it
            latest = date.max
    return DateWindow(c.claimed_on, c.expected_from, latest, c.expected_by)


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """Everything ``judge`` needs about one claim and the entry."""

    claim: CompiledClaim
    reading: ClaimReading
    index: PatternIndex
    view: EntryView
    window: DateWindow
    opinion_piece: bool
    others_terms: frozenset[int] = frozenset()  # the terms of the other relevant claims
    preview_piece: bool = False  # the item is labelled as a preview ("Week ahead:")


def _late_completion(frames: Sequence[JudgedFrame], view: EntryView,
                     published: date | None) -> bool:
    """"Opened, five weeks behind schedule": the event reported done, with only the
    delay it came after or a step of its story beside it, confirms (rule 4: completion
    confirms, even late). A delay to a time ahead, or only feared ("completion slips to
    next year", 延期か), says the event named before it is not done: it was only the
    topic."""
    if any(j.frame.role is Role.DELAY and (j.frame.modality in _AHEAD or _ahead(
            clause_text(view, j.frame.clause), published)) for j in frames):
        return False
    # a decision done, unless what it decides is a study (調査を行い、…ことを決めた)
    studied = any(j.frame.source == EventClass.REVIEW.value for j in frames)
    done = {j.frame.clause for j in frames
            if (j.frame.role is Role.EVENT or (j.frame.role is Role.DECISION and not studied))
            and j.verdict is Verdict.CONFIRMS
            and not topic_noun(view, j.frame.hit) and not topic_label(view, j.frame)}
    # in the event's own clause a delay is what happened to it ("opening delayed") and a
    # step is what it is ("announced the start of the first phase"); in another clause,
    # a step or a decision beside the event reported done is part of its story ("lifts
    # off, probe deploys"; "takeover completed; approval took three months longer")
    return bool(done) and all(j.frame.role in (Role.STEP, Role.DELAY, Role.DECISION)
                              and j.frame.clause not in done
                              for j in frames if j.verdict is Verdict.UPDATES)


def _ahead(text: str, published: date | None) -> bool:
    """A time after ``published`` in a delay's clause, a later year included ("to mid-2027")."""
    return points_ahead(text, published, True) or (published is not None and any(
        int(year) > published.year for year in _YEAR.findall(text)))


def topic_label(view: EntryView, frame: Frame) -> bool:
    """"Rachat de Dravo : Kestrel repousse …": a Latin event noun opening a title's
    first clause, which a colon ends, names the story's topic, not its news."""
    first, last = frame.clause
    if first != 0 or frame.hit.first_token != 0 or not view.tokens[0].latin:
        return False
    title = view.sentences[0]
    colon = title.find(":")
    return colon > 0 and len(_WORD.findall(fold(title[:colon]))) == last + 1


def _without_the_topic(view: EntryView, frames: list[Frame]) -> list[Frame]:
    """"鳴砂線のBRT転換、町長が反対表明", "Rachat de Dravo : Kestrel repousse …": an
    event noun naming the title's topic is no news when another clause has its own."""
    topics = [f for f in frames if f.role is Role.EVENT
              and (topic_noun(view, f.hit) or topic_label(view, f))]
    if not topics or not any(f.clause not in {t.clause for t in topics} for f in frames):
        return frames
    return [f for f in frames if f not in topics]


_PARTICIPLE_ENDINGS = {"en": ("ing",), "fr": ("ant",)}  # present participles
_OCCURRED = EventClass.OCCURRED.value  # "in force from January": the decided change's date


def _a_participle(view: EntryView, hit: Hit) -> bool:
    """"creating", "créant": a present participle describes the decided thing ("approves
    the ordinance creating the school"); it reports no step of its own."""
    return view.tokens[hit.first_token].raw.endswith(_PARTICIPLE_ENDINGS.get(view.language,
                                                                              ("\x00",)))




def _decided_with_its_plan(frames: Sequence[JudgedFrame], reading: ClaimReading,
                           view: EntryView, published: date | None) -> bool:
    """"Council approves the tram extension, aims to open it in 2030", "adopts the
    reform, in force from January", "approves the ordinance creating the school", 正式契約
    初回納入は来年6月: for a decision claim, the decision reported with the plan, the date
    or the change it sets is the decision (rule 4)."""
    if reading.kind is not ClaimKind.DECISION:
        return False
    decided = {j.frame.clause for j in frames if j.verdict is Verdict.CONFIRMS
               and j.frame.role in (Role.DECISION, Role.EVENT)}
    return bool(decided) and all(_set_by_the_decision(j.frame, decided, view, published)
                                 for j in frames if j.verdict is Verdict.UPDATES)


def _set_by_the_decision(frame: Frame, decided: set[tuple[int, int]], view: EntryView,
                         published: date | None) -> bool:
    """A step that the decision beside it sets: in the decision's clause, a participle
    of its change ("creating the school"); in another, a plan ("aims to open it in
    2030"), the date its change takes effect ("in force from January") or a figure it
    raises or cuts after it ("plan adopted, compensation raised"). In Japanese,
    whose nominal headlines leave a step untensed (初回納入は来年6月), a step dated ahead
    is set by it, in the decision's clause too (a headline's space is no clause break)."""
    if frame.role is not Role.STEP:
        return False
    text = clause_text(view, frame.clause)
    if frame.clause in decided:
        return (frame.source == _OCCURRED and _a_participle(view, frame.hit)) or (
            view.language == "ja" and _ahead(text, published))
    return frame.modality in _AHEAD or (frame.source == _OCCURRED and has_time(text)) or (
        view.language == "ja" and _ahead(text, published)) or (
        frame.source in MOVES and any(d[1] < frame.clause[0] for d in decided))


def _decided_to_keep(frames: Sequence[JudgedFrame], reading: ClaimReading) -> bool:
    """"Council decides the market stays": for a state claim, a decision beside the
    state said to last is the decision to keep it, which confirms the claim."""
    if reading.kind is not ClaimKind.STATE:
        return False
    kept = {j.frame.clause for j in frames
            if j.frame.role is Role.EVENT and j.verdict is Verdict.CONFIRMS}
    return bool(kept) and all(j.frame.role is Role.DECISION
                              for j in frames if j.verdict is Verdict.UPDATES)


def _target_met(frames: Sequence[JudgedFrame], reading: ClaimReading) -> bool:
    """"Phosphorus cut by 85%, beating target": for a target claim, a word saying the
    target met confirms it (rule 7), whatever figures or moves in its sentence got it
    there in other clauses. A figure over the target is no such word ("goal raised to
    ¥12bn"), and one under it in the word's clause makes it interim ("passes the 1,000
    jobs mark" of 1,500)."""
    interim = {j.frame.clause for j in frames
               if j.frame.hit.pid == FIGURE_PID and j.frame.role is Role.STEP}
    if reading.kind is not ClaimKind.TARGET or not any(
            j.frame.source == EventClass.ACHIEVED.value and j.verdict is Verdict.CONFIRMS
            and j.frame.hit.pid != FIGURE_PID and j.frame.clause not in interim
            for j in frames):
        return False
    return all(j.frame.role is Role.STEP for j in frames if j.verdict is Verdict.UPDATES)


def judge(ctx: ClaimContext, relevance: Relevance, hits: Sequence[Hit],
          rivals: Mapping[int, Sequence[Hit]], published: date | None) -> Judgement:
    """The verdict for one relevant claim (see the module docstring)."""
    subject_pids = ctx.claim.subject_pids
    by_sentence: dict[int, list[Hit]] = {}
    for hit in hits:
        if hit.sentence in relevance.subject_sentences:
            by_sentence.setdefault(hit.sentence, []).append(hit)
    timing = ctx.window.timing(published)
    announced = ctx.window.announcing(published, ctx.reading.kind is ClaimKind.STATE)
    results: dict[int, tuple[Verdict, tuple[str, ...]]] = {}
    denied: set[Role] = set()  # the roles the title denies
    judged: list[JudgedFrame] = []
    for sentence, sentence_hits in sorted(by_sentence.items()):
        subject = [h for h in sentence_hits if h.pid in subject_pids]
        # "Moselle" inside this claim's own "Moselle prefect" names this claim's actor,
        # not the rival whose subject "Moselle" is
        own_terms = [h for h in sentence_hits if h.pid in ctx.claim.term_pids
                     and h.pid not in ctx.others_terms]
        frames = read_frames(
            SentenceContext(ctx.view, ctx.index, ctx.claim, ctx.reading, subject,
                            [r for r in rivals.get(sentence, ()) if r.pid not in subject_pids
                             and not inside_longer(r, own_terms)],
                            ctx.opinion_piece, published, ctx.others_terms, ctx.window.due,
                            ctx.window.earliest, ctx.preview_piece, ctx.window.claimed_on),
            sentence_hits,
        )
        frames = _without_the_topic(ctx.view, frames)
        best = Verdict.MENTIONS
        found: dict[Verdict, dict[str, None]] = {}
        if sentence == TITLE:
            # "Tiber denies it will close the plant": the summary tells what is denied
            denied = {f.role for f in frames if f.modality is Modality.DENIED}
        else:
            frames = [f for f in frames if f.role not in denied]
        for frame in frames:
            when = timing
            if frame.first_round and timing is Timing.LATE and frame.role is Role.EVENT:
                # "hold first talks", late: still the one awaited ("first guidelines"
                # after it are a follow-up)
                when = Timing.IN_WINDOW
            # a delay word in those days is news ("opening delayed to 2030"); a date set
            # then is the announced one
            retold = announced and not (frame.role is Role.DELAY
                                        and frame.source == EventClass.DELAY.value)
            verdict = cell(ctx.reading.kind, frame.role, frame.modality, when,
                           frame.later_round, retold)
            if (verdict is Verdict.MENTIONS and frame.source == _OWN_UPDATE
                    and frame.role is Role.STEP and frame.modality is Modality.REALIS
                    and when is Timing.IN_WINDOW and ctx.reading.kind is ClaimKind.MEETING):
                verdict = Verdict.UPDATES  # your own "adjourned", on or after the day
            if (verdict is Verdict.CONFIRMS and timing is Timing.LATE
                    and sentence != TITLE and not relevance.title_subject):
                verdict = Verdict.MENTIONS  # late, and not the item's subject: a look back
            judged.append(JudgedFrame(frame, verdict))
            found.setdefault(verdict, {})[frame.cue] = None
            if PRIORITY[verdict] > PRIORITY[best]:
                best = verdict
        sentence_frames = judged[len(judged) - len(frames):]
        if best is Verdict.UPDATES and (_late_completion(sentence_frames, ctx.view, published)
                                        or _decided_to_keep(sentence_frames, ctx.reading)
                                        or _target_met(sentence_frames, ctx.reading)
                                        or _decided_with_its_plan(sentence_frames, ctx.reading,
                                                                  ctx.view, published)):
            best = Verdict.CONFIRMS
        results[sentence] = (best, tuple(found.get(best, ())))
    frames_read = tuple(judged)
    title = results.get(TITLE)
    if title is not None and title[0] is not Verdict.MENTIONS:
        return Judgement(title[0], TITLE, title[1], timing, announced, frames_read)
    best_sentence: tuple[int, int] | None = None
    for sentence in sorted(results):
        rank = PRIORITY[results[sentence][0]]
        if rank and (best_sentence is None or rank > best_sentence[0]):
            best_sentence = (rank, sentence)
    if best_sentence is not None:
        verdict, cues = results[best_sentence[1]]
        return Judgement(verdict, best_sentence[1], cues, timing, announced, frames_read)
    return Judgement(Verdict.MENTIONS, min(relevance.subject_sentences), (), timing, announced,
                     frames_read)
