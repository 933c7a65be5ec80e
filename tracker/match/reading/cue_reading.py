"""What the stages of ``frames.read_frames`` pass along for one sentence and one cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.match.finding.index import Hit
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue
from tracker.match.reading.sentence_cues import SentenceCues
from tracker.match.table import Modality, Role

Clause = tuple[int, int]  # the first and last token of a clause


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What every cue of one sentence is read against, gathered once."""

    parts: SentenceCues
    hits: Sequence[Hit]
    # a claim's name is no verb, whatever its ending (« d'Ayaura a effectué »)
    term_tokens: frozenset[int]
    governors: list[tuple[Cue, Clause]]  # cues that can govern another cue's event
    events: list[tuple[Cue, Clause]]  # the event cues, each in its clause
    cue_hits: list[Hit]
    phrases: list[Hit]  # the delay cues ("behind schedule") hold their own words
    negation_shields: list[Hit]  # ... and a no inside a claim's own cue is that cue's


@dataclass(slots=True)
class CueReading:
    """One cue's reading so far: each stage may change its role and modality."""

    cue: Cue
    clause: Clause
    text: str  # the clause's text
    sentence_text: str
    in_clause: list[tuple[Hit, ModifierRef]]  # the modifiers that bear on the cue
    role: Role
    ruling: Cue | None  # the governing cue whose role this one took ("approves the opening")
    ruled: bool  # a court rules on the challenge
    modality: Modality = Modality.REALIS
    pair: tuple[Cue, Cue] | None = None  # a stop and the stop it stops

    def become(self, role: Role) -> None:
        """Give the cue a new role."""
        self.role = role
        self.cue = replace(self.cue, role=role)
