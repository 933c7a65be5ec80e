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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.match.finding.families import in_family
from tracker.match.finding.index import CompiledClaim, Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.relevance import TITLE, Relevance
from tracker.match.kinds import ClaimReading
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.frames import read_frames
from tracker.match.reading.sentence_context import OWN_UPDATE, Frame, SentenceContext
from tracker.match.sentence_upgrades import (
    AHEAD,
    JudgedFrame,
    ahead,
    decided_then_kept,
    decided_to_keep,
    decided_with_its_plan,
    target_met,
)
from tracker.match.table import Modality, Role, Timing, cell
from tracker.match.text.japanese import topic_noun
from tracker.match.text.normalize import fold
from tracker.match.text.past_years import writes_a_past_year
from tracker.match.text.recent_days import dated_this_week
from tracker.match.text.spans import inside_longer
from tracker.match.text.view import EntryView, title_topic_end
from tracker.models import ClaimKind, Verdict

# Days after the claim's date in which news retelling its announcement still appears
# (the press abroad, the weeklies); docs/matching.md, "The announcement's days"
ANNOUNCEMENT_DAYS = 3

_TOLD_AHEAD = AHEAD - {Modality.HEDGED}  # told ahead; "weighs the rise" is only hedged
PRIORITY: Mapping[Verdict, int] = {
    Verdict.MENTIONS: 0,
    Verdict.CONFIRMS: 1,
    Verdict.UPDATES: 2,
    Verdict.CONTRADICTS: 3,
}


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
    others_families: frozenset[str] = frozenset()  # the other relevant claims' families
    # the subject words of the other relevant claims that read figures (targets, bounds)
    figure_readers: frozenset[int] = frozenset()
    others_meet: bool = False  # another relevant claim is a meeting's


def _told_ahead_then_done(frames: Sequence[JudgedFrame],
                          results: Mapping[int, tuple[Verdict, tuple[str, ...]]]) -> bool:
    """A title that only tells steps ahead ("Chapel Slip to become heritage centre")
    over a summary that reports the thing done ("trustees voted on Thursday to …"):
    the summary's confirmation is the item's news (labelling rule 1)."""
    title = [j for j in frames if j.frame.hit.sentence == TITLE]
    return (results[TITLE][0] is Verdict.UPDATES
            and all(j.frame.role is Role.STEP and j.frame.modality in _TOLD_AHEAD
                    for j in title)
            and any(v is Verdict.CONFIRMS for s, (v, _) in results.items() if s != TITLE))


def _late_completion(frames: Sequence[JudgedFrame], view: EntryView,
                     published: date | None, late: bool) -> bool:
    """"Opened, five weeks behind schedule": the event reported done, with only the
    delay it came after or a step of its story beside it, confirms (rule 4: completion
    confirms, even late). A delay to a time ahead, or only feared ("completion slips to
    next year", 延期か), says the event named before it is not done: it was only the
    topic."""
    if any(j.frame.role is Role.DELAY and (j.frame.modality in AHEAD or ahead(
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
    # off, probe deploys"; "takeover completed; approval took three months longer"); past
    # its due date, so is a threat that made it late (着工 訴訟で3カ月遅れ)
    return bool(done) and all((j.frame.role in (Role.STEP, Role.DELAY, Role.DECISION) or (
                                  late and j.frame.role is Role.STOP
                                  and j.frame.modality is Modality.HEDGED))
                              and j.frame.clause not in done
                              for j in frames if j.verdict is Verdict.UPDATES)


def _told_put_off(kind: ClaimKind, read: Sequence[tuple[int, Sequence[Frame]]],
                  view: EntryView, published: date | None) -> bool:
    """A meeting the item tells was put off ("réunion houleuse …, reportée de deux
    semaines à cause du typhon"): held late, it is the one awaited (rule 4). Not when
    what was put off is dated in a year gone by ("a planned 2024 visit was put off"):
    that is its history, and this meeting may be another."""
    return kind is ClaimKind.MEETING and any(
        f.role is Role.DELAY and f.modality in (Modality.REALIS, Modality.BACKGROUND)
        and not f.later_round
        and not writes_a_past_year(clause_text(view, f.clause), published)
        for _, frames in read for f in frames)


def topic_label(view: EntryView, frame: Frame) -> bool:
    """"Rachat de Dravo : Kestrel repousse …": a Latin event noun opening a title's
    first clause, which a colon ends, names the story's topic, not its news."""
    first, last = frame.clause
    return first == 0 and frame.hit.first_token == 0 and title_topic_end(view) == last


def _without_the_topic(view: EntryView, frames: list[Frame]) -> list[Frame]:
    """"鳴砂線のBRT転換、町長が反対表明", "Rachat de Dravo : Kestrel repousse …": an
    event noun naming the title's topic is no news when another clause has its own."""
    topics = [f for f in frames if f.role is Role.EVENT
              and (topic_noun(view, f.hit) or topic_label(view, f))]
    if not topics or not any(f.clause not in {t.clause for t in topics} for f in frames):
        return frames
    return [f for f in frames if f not in topics]


_GOAL_WORDS = frozenset({EventClass.ACHIEVED, EventClass.SHORTFALL})


def _title_names_its_event(ctx: ClaimContext, hits: Sequence[Hit]) -> bool:
    """The title holds a word of the claim's own event family ("Orvalis pushes Castelbrune
    opening to 2027" for a hotel that will open), or, for a target, its goal met or
    missed: it is about the claim's event though it names the claim by a name its
    siblings share."""
    families = ctx.reading.families
    lexicon, language = ctx.index.lexicon, ctx.view.language
    if ctx.reading.kind is ClaimKind.TARGET:
        # "Objectif atteint pour les sépultures arborées": a target's own news is its
        # goal met or missed, said with a word of the goal ("reach the shelves" is none)
        title = [h for h in hits if h.sentence == TITLE]
        return any(m.kind is Modifier.MEASURE for h in title
                   for m in ctx.index.modifiers.get(h.pid, ())) and any(
            ref.event_class in _GOAL_WORDS for h in title
            for ref in ctx.index.classes_in(h.pid, language))
    if not families:
        return False
    return any(in_family(lexicon, families, ref) for h in hits if h.sentence == TITLE
               for ref in ctx.index.classes_in(h.pid, language))


def judge(ctx: ClaimContext, relevance: Relevance, hits: Sequence[Hit],
          rivals: Mapping[int, Sequence[Hit]], published: date | None) -> Judgement:
    """The verdict for one relevant claim (see the module docstring)."""
    subject_pids = ctx.claim.subject_pids
    by_sentence: dict[int, list[Hit]] = {}
    subject_sentences = relevance.subject_sentences
    if TITLE not in subject_sentences and (
            (relevance.title_subject and _title_names_its_event(ctx, hits))
            or any(h.sentence == TITLE and h.pid in ctx.claim.cues
                   and not ctx.index.classes_in(h.pid, ctx.view.language) for h in hits)):
        # a title that names no subject but says the claim's own words, no general
        # word ("Packed boat crosses to Ardle"), over a summary that names it
        subject_sentences = subject_sentences | {TITLE}
    for hit in hits:
        if hit.sentence in subject_sentences:
            by_sentence.setdefault(hit.sentence, []).append(hit)
    timing = ctx.window.timing(published)
    announced = ctx.window.announcing(published, ctx.reading.kind is ClaimKind.STATE)
    results: dict[int, tuple[Verdict, tuple[str, ...]]] = {}
    denied: set[Role] = set()  # the roles the title denies
    judged: list[JudgedFrame] = []
    read: list[tuple[int, list[Frame]]] = []
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
                            ctx.window.earliest, ctx.preview_piece, ctx.window.claimed_on,
                            ctx.others_families, ctx.figure_readers, ctx.others_meet),
            sentence_hits,
        )
        read.append((sentence, _without_the_topic(ctx.view, frames)))
    put_off = _told_put_off(ctx.reading.kind, read, ctx.view, published)
    for sentence, frames in read:
        best = Verdict.MENTIONS
        found: dict[Verdict, dict[str, None]] = {}
        if sentence == TITLE:
            # "Tiber denies it will close the plant": the summary tells what is denied
            denied = {f.role for f in frames if f.modality is Modality.DENIED}
        else:
            frames = [f for f in frames if f.role not in denied]
        for frame in frames:
            when = timing
            if (frame.first_round or put_off) and timing is Timing.LATE and (
                    frame.role is Role.EVENT and not frame.later_round):
                # "hold first talks", or held after the item tells it was put off, late:
                # still the one awaited ("first guidelines" after it are a follow-up)
                when = Timing.IN_WINDOW
            # a delay word in those days is news ("opening delayed to 2030"); a date set
            # then is the announced one
            retold = announced and not (frame.role is Role.DELAY
                                        and frame.source == EventClass.DELAY.value)
            verdict = cell(ctx.reading.kind, frame.role, frame.modality, when,
                           frame.later_round, retold)
            if (verdict is Verdict.MENTIONS and frame.source == OWN_UPDATE
                    and frame.role is Role.STEP and frame.modality is Modality.REALIS
                    and when is Timing.IN_WINDOW and ctx.reading.kind is ClaimKind.MEETING):
                verdict = Verdict.UPDATES  # your own "adjourned", on or after the day
            if (verdict is Verdict.CONFIRMS and timing is Timing.LATE
                    and sentence != TITLE and not relevance.title_subject
                    and not dated_this_week(_its_time(ctx.view, frame), published)):
                # late, not the item's subject, and not dated in the days just gone
                # ("signed the permit on Thursday"): a look back
                verdict = Verdict.MENTIONS
            judged.append(JudgedFrame(frame, verdict))
            found.setdefault(verdict, {})[frame.cue] = None
            if PRIORITY[verdict] > PRIORITY[best]:
                best = verdict
        sentence_frames = judged[len(judged) - len(frames):]
        if best is Verdict.UPDATES and (_late_completion(sentence_frames, ctx.view, published,
                                                                        timing is Timing.LATE)
                                        or decided_to_keep(sentence_frames, ctx.reading)
                                        or target_met(sentence_frames, ctx.reading)
                                        or decided_with_its_plan(sentence_frames, ctx.reading,
                                                                  ctx.view, published)):
            best = Verdict.CONFIRMS
        results[sentence] = (best, tuple(found.get(best, ())))
    frames_read = tuple(judged)
    title = results.get(TITLE)
    if title is not None and title[0] is not Verdict.MENTIONS:
        body_confirms = any(v is Verdict.CONFIRMS for s, (v, _) in results.items() if s)
        if _told_ahead_then_done(frames_read, results) or (
                title[0] is Verdict.UPDATES
                and decided_then_kept(frames_read, ctx.reading, body_confirms)):
            done = min(s for s, (v, _) in results.items() if v is Verdict.CONFIRMS)
            return Judgement(Verdict.CONFIRMS, done, results[done][1], timing, announced,
                             frames_read)
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


def _its_time(view: EntryView, frame: Frame) -> str:
    """Where a frame's time is told: its clause; in Japanese, its sentence, whose date
    opens it before a comma (13日、…を許可した)."""
    if view.language == "ja":
        return fold(view.sentences[frame.hit.sentence])
    return clause_text(view, frame.clause)
