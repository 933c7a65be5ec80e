"""What reading one sentence for one claim works with: its context, its cues, its frames."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.match.finding.index import CompiledClaim, Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass
from tracker.match.kinds import ClaimReading
from tracker.match.table import Modality, Role
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, Verdict

_OWN = "claim:"  # the source of a claim file's own cue: "claim:<verdict>"


def own_source(verdict: Verdict) -> str:
    """The source of a cue the claim's file gives for ``verdict``."""
    return f"{_OWN}{verdict.value}"


OWN_UPDATE = own_source(Verdict.UPDATES)  # a claim file's own update cue


def is_own(source: str) -> bool:
    """The source is a claim file's own cue, not a lexicon class."""
    return source.startswith(_OWN)


@dataclass(frozen=True, slots=True)
class Frame:
    hit: Hit
    cue: str  # the word as written in the lexicon or the claim file
    source: str  # the event class, or own_source(verdict) for a claim's own cue
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
    due: date | None = None  # the claim's deadline (expected_by)
    start: date | None = None  # the start of the claim's window (expected_from)
    preview_piece: bool = False  # the item is labelled as a preview ("Week ahead:")
    claimed_on: date | None = None  # when the claim was made
    others_families: frozenset[str] = frozenset()  # the word families of the other claims
    figure_readers: frozenset[int] = frozenset()  # other claims' subjects that read figures
    others_meet: bool = False  # another relevant claim is a meeting's

    @property
    def late(self) -> bool:
        """Published after the claim's deadline."""
        return self.published is not None and self.due is not None and self.published > self.due


@dataclass(frozen=True, slots=True)
class Cue:
    hit: Hit
    text: str
    source: str
    role: Role | None  # None: no role for this claim


def sole_meeting(ctx: SentenceContext, cue: Cue) -> bool:
    """A meeting held, for a meeting claim that no other claim of the news shares the
    kind of ("council meets for the first time"): no sibling's event is a meeting, so
    the word is this claim's whatever names they share."""
    return (ctx.reading.kind is ClaimKind.MEETING and cue.role is Role.EVENT
            and cue.source == EventClass.MET.value and not ctx.others_meet)
