"""A figure found in a text: its value, its tokens and what it counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    first: int  # its first token
    last: int  # its last token (the scale word, when there is one)
    unit: str  # the matching form of the word it counts ("" when none)
    text: str = ""  # as written, when its tokens hold more (70億円 in 億円の拠出)
