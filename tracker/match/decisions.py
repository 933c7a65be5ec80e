"""A claim's decision for one entry, and the rules that read decisions together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from tracker.match.finding.index import CompiledClaim, Hit
from tracker.match.finding.lexicon import MOVES, REACHING
from tracker.match.finding.relevance import TITLE, Relevance
from tracker.match.kinds import ClaimReading
from tracker.match.table import Role
from tracker.match.targets.target_cues import FIGURE
from tracker.match.text.normalize import fold
from tracker.match.text.spans import within
from tracker.match.text.view import EntryView
from tracker.match.verdict import Judgement
from tracker.models import ClaimKind, Verdict


@dataclass(frozen=True, slots=True)
class Decision:
    """How one claim was judged for one entry: what ``explain`` shows."""

    claim: CompiledClaim
    reading: ClaimReading
    relevance: Relevance
    judgement: Judgement


def context_after_titled_news(decisions: list[tuple[Decision, EntryView]]
                               ) -> list[tuple[Decision, EntryView]]:
    """When the title is one claim's news, another claim's update read only in the
    summary, in an item whose title names none of that claim's required ideas, is
    context (labelling rules 1 and 3): "France and Italy sign night-train declaration"
    is the summit's news, not the launch's, whatever the summary adds."""
    if not any(d.judgement.verdict.is_flag and d.judgement.sentence == TITLE
               for d, _ in decisions):
        return decisions
    note = "context: the title is another claim's news, and names none of this one's ideas"
    return [(_as_mention(d, note)
             if (d.judgement.verdict is Verdict.UPDATES and d.judgement.sentence != TITLE
                 and not d.relevance.title_subject) else d, view)
            for d, view in decisions]


def steps_that_are_anothers_news(decisions: list[tuple[Decision, EntryView]]
                                 ) -> list[tuple[Decision, EntryView]]:
    """A step read for one claim on the very words that report another claim's own
    event as done is that claim's news, and background here (labelling rules 3 and
    11): "Work starts on the lycée" confirms the works' claim and says nothing new of
    the opening, unless the item reads news of this claim's own event too ("…, as the
    opening is pushed back"); its event named only as what is to come ("work begins to
    dismantle the pier", for the pier gone) is none. A target claim's step with no
    figure in such an item is background too, whatever its words ("Concert hall opens
    after board vote" says nothing of the first year's visitors): a target's own news
    is a count (rule 7)."""
    done = [f.frame.hit for d, _ in decisions for f in d.judgement.frames
            if f.frame.role is Role.EVENT and f.verdict is Verdict.CONFIRMS]
    # a sibling's decision made is news of it too, though no target's count
    decided = any(f.frame.role is Role.DECISION and f.verdict is Verdict.CONFIRMS
                  for d, _ in decisions for f in d.judgement.frames)
    if not done and not decided:
        return decisions
    changed: list[tuple[Decision, EntryView]] = []
    for d, view in decisions:
        note = _anothers_news(d, done, decided)
        changed.append((_as_mention(d, note) if note else d, view))
    return changed


def _anothers_news(d: Decision, done: Sequence[Hit], decided: bool) -> str | None:
    """Why ``d``'s update is another claim's news, done (``steps_that_are_anothers_news``);
    None when it is not."""
    judgement = d.judgement
    steps = [f.frame for f in judgement.frames if f.verdict is Verdict.UPDATES
             and f.frame.hit.sentence == judgement.sentence]
    if (judgement.verdict is not Verdict.UPDATES or not steps
            or any(f.frame.role is Role.EVENT and f.verdict.is_flag for f in judgement.frames)):
        return None
    # the same words, or a word of a longer cue ("construction … begins"); a target's
    # figure there is its own news too ("climbs to $16.85": a step towards $18.50)
    counted = d.reading.kind is ClaimKind.TARGET and _reads_a_count(d)
    if done and not counted and all(f.role is Role.STEP and within(f.hit, done) for f in steps):
        return "another claim's news: the step read here is that claim's own event, done"
    if d.reading.kind is ClaimKind.TARGET and not _reads_a_count(d):
        return "another claim's news: its event is done here; this target's step has no figure"
    return None


_CHAIN = (ClaimKind.EVENT, ClaimKind.DECISION)
_SIBLINGS = (*_CHAIN, ClaimKind.TARGET)


def news_of_the_claim_in_turn(decisions: list[tuple[Decision, EntryView]],
                             published: date | None) -> list[tuple[Decision, EntryView]]:
    """News on the way (a step, a delay, a challenge) belongs to the claim of the story
    whose turn it is (labelling rules 3 and 6): "Permit signed and main contract
    awarded for the lycée" is news of the works, whose deadline is still ahead; for the
    opening, due after them, it is background. Likewise a launch already past due is
    no longer updated by news of the first year's target. So an update read only from
    words that give its verdict to a sibling claim whose turn it is (``_its_turn``) is
    a mention. The news of a sibling whose own thing the item names, and this claim's
    not, is a mention too (``_named_as_its_own``)."""
    if len(decisions) < 2:
        return decisions
    # each sibling's news: the words its verdict was read from
    flagged = [(d, {f.frame.hit for f in d.judgement.frames if f.verdict is d.judgement.verdict})
               for d, _ in decisions if d.judgement.verdict.is_flag]
    changed: list[tuple[Decision, EntryView]] = []
    for d, view in decisions:
        words = _words_of_an_update(d)
        due = d.claim.claim.expected_by
        if words and due is not None and d.reading.kind in _CHAIN:
            in_turn = {h for o, hits in flagged if o is not d and _its_turn(o, d, due, published)
                       and not _named_as_its_own(d, o) for h in hits}
            named = {h for o, hits in flagged if o is not d and _named_as_its_own(o, d)
                     for h in hits}
            if words <= in_turn:
                d = _as_mention(d, "news of the claim of the story whose turn it is, "
                                   "background here")
            elif words <= in_turn | named:
                d = _as_mention(d, "news of a claim whose own thing the item names")
        changed.append((d, view))
    return changed


_COUNTING = frozenset({FIGURE, *MOVES, *REACHING})


def _reads_a_count(d: Decision) -> bool:
    """``d``'s news holds a figure, or a word that moves, reaches or misses one."""
    return any(f.frame.source in _COUNTING for f in d.judgement.frames if f.verdict.is_flag)


def _words_of_an_update(d: Decision) -> set[Hit]:
    """The words an update was read from (nothing for any other verdict)."""
    if d.judgement.verdict is not Verdict.UPDATES:
        return set()
    return {f.frame.hit for f in d.judgement.frames if f.verdict.is_flag}


def _named_as_its_own(d: Decision, other: Decision) -> bool:
    """The item names a term of ``d`` that ``other`` does not share ("the lagoon's
    development consent", for the consent beside the works), and none of ``other``'s
    own: the news is ``d``'s, whoever's turn it is."""
    return bool(_own_terms_found(d, other)) and not _own_terms_found(other, d)


def _own_terms_found(d: Decision, other: Decision) -> set[str]:
    theirs = {fold(t) for g in other.claim.claim.groups for t in g.all_terms()}
    return {t for t in d.relevance.terms if fold(t) not in theirs}


def _its_turn(other: Decision, d: Decision, due: date, published: date | None) -> bool:
    """``other``, a claim of the same story (an event, a decision or a target), was
    still pending when the item was published and comes before ``d``: it is due
    earlier, or ``d`` is already past due."""
    other_due = other.claim.claim.expected_by
    if (other.claim.claim.seed != d.claim.claim.seed or other.reading.kind not in _SIBLINGS
            or other_due is None or (published is not None and other_due < published)):
        return False
    return other_due < due or (published is not None and due < published)


def _as_mention(d: Decision, note: str) -> Decision:
    """``d`` judged a mention, with why (``explain`` shows the note)."""
    return replace(d, judgement=replace(d.judgement, verdict=Verdict.MENTIONS, note=note))
