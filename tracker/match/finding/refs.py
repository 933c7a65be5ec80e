"""What a pattern of the index stands for: a claim's own cue, a lexicon word of an
event class, or a modifier (``index.PatternIndex``)."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.models import Verdict


@dataclass(frozen=True, slots=True)
class CueRef:
    verdict: Verdict
    text: str  # as written in the claim file or the lexicon
    language: str
    latin: bool  # has Latin tokens: only counts in a text of the same language


@dataclass(frozen=True, slots=True)
class ClassRef:
    """A lexicon word: what kind of event it reports."""

    event_class: EventClass
    text: str
    language: str
    latin: bool


@dataclass(frozen=True, slots=True)
class ModifierRef:
    kind: Modifier
    text: str
    language: str
    latin: bool
