"""A sentence whose strongest frame updates, read as confirming: the decision with the
plan it sets (rule 4), a state decided to be kept, a target said met (rule 7). And the
frames as judged, which these rules read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import MOVES, EventClass
from tracker.match.kinds import ClaimReading
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.sentence_context import Frame
from tracker.match.table import Modality, Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.timeexpr import has_time, points_ahead
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, Verdict

AHEAD = frozenset({Modality.FUTURE, Modality.INTENT, Modality.EXPECTED, Modality.HEDGED})
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class JudgedFrame:
    frame: Frame
    verdict: Verdict


def ahead(text: str, published: date | None) -> bool:
    """A time after ``published`` in a delay's clause, a later year included ("to mid-2027")."""
    return points_ahead(text, published, True) or (published is not None and any(
        int(year) > published.year for year in _YEAR.findall(text)))


_PARTICIPLE_ENDINGS = {"en": ("ing",), "fr": ("ant",)}  # present participles
_OCCURRED = EventClass.OCCURRED.value  # "in force from January": the decided change's date


def _a_participle(view: EntryView, hit: Hit) -> bool:
    """"creating", "créant": a present participle describes the decided thing ("approves
    the ordinance creating the school"); it reports no step of its own."""
    return view.tokens[hit.first_token].raw.endswith(_PARTICIPLE_ENDINGS.get(view.language,
                                                                              ("\x00",)))




def decided_with_its_plan(frames: Sequence[JudgedFrame], reading: ClaimReading,
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
            view.language == "ja" and ahead(text, published))
    return frame.modality in AHEAD or (frame.source == _OCCURRED and has_time(text)) or (
        view.language == "ja" and ahead(text, published)) or (
        frame.source in MOVES and any(d[1] < frame.clause[0] for d in decided))


def decided_to_keep(frames: Sequence[JudgedFrame], reading: ClaimReading) -> bool:
    """"Council decides the market stays": for a state claim, a decision beside the
    state said to last is the decision to keep it, which confirms the claim."""
    if reading.kind is not ClaimKind.STATE:
        return False
    kept = {j.frame.clause for j in frames
            if j.frame.role is Role.EVENT and j.verdict is Verdict.CONFIRMS}
    return bool(kept) and all(j.frame.role is Role.DECISION
                              for j in frames if j.verdict is Verdict.UPDATES)


def decided_then_kept(frames: Sequence[JudgedFrame], reading: ClaimReading,
                      body_confirms: bool) -> bool:
    """"FY2026 chip supply contract signed" over "the purchase price remains ¥13,000":
    for a state claim, a title that tells only a decision (an update), over a summary
    that says the state lasts (``body_confirms``), is the decision that keeps it, as
    ``decided_to_keep`` reads it in one sentence."""
    title = [j for j in frames if j.frame.hit.sentence == 0 and j.verdict is Verdict.UPDATES]
    return (reading.kind is ClaimKind.STATE and body_confirms and bool(title)
            and all(j.frame.role is Role.DECISION for j in title))


def target_met(frames: Sequence[JudgedFrame], reading: ClaimReading) -> bool:
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
