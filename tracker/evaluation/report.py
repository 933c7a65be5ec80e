"""The evaluation report and its figures (definitions in docs/matching.md).

A *flag* is a confirms, updates or contradicts judgement of one (item, claim) pair;
gold ``related`` and our ``mentions`` are not flags.

- precision: our flags that are also gold flags (same item and claim, any flag
  verdict) / all our flags;
- recall: gold flags that we flag too / all gold flags;
- verdict accuracy: pairs flagged on both sides with the same verdict / pairs
  flagged on both sides.

A figure with nothing to count (e.g. precision with no flags) is None.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from tracker.models import Verdict

K = TypeVar("K", bound=Hashable)


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class Figures:
    """Counts and figures for one claim, or for all claims."""

    our_flags: int
    gold_flags: int
    both_flagged: int
    same_verdict: int

    @property
    def precision(self) -> float | None:
        return ratio(self.both_flagged, self.our_flags)

    @property
    def recall(self) -> float | None:
        return ratio(self.both_flagged, self.gold_flags)

    @property
    def verdict_accuracy(self) -> float | None:
        return ratio(self.same_verdict, self.both_flagged)

    def as_dict(self) -> dict[str, int | float | None]:
        return {
            "our_flags": self.our_flags,
            "gold_flags": self.gold_flags,
            "both_flagged": self.both_flagged,
            "same_verdict": self.same_verdict,
            "precision": self.precision,
            "recall": self.recall,
            "verdict_accuracy": self.verdict_accuracy,
        }


def count_flags(pairs: Iterable[K], reference: Mapping[K, Verdict],
                judged: Mapping[K, Verdict]) -> Figures:
    """``judged`` (the matcher's verdicts, or a second labeller's) scored against
    ``reference`` over ``pairs`` (an absent pair is no flag)."""
    judged_flags = reference_flags = both = same = 0
    for pair in pairs:
        r = reference.get(pair)
        j = judged.get(pair)
        r_flag = r is not None and r.is_flag
        j_flag = j is not None and j.is_flag
        judged_flags += j_flag
        reference_flags += r_flag
        if r_flag and j_flag:
            both += 1
            same += r == j
    return Figures(judged_flags, reference_flags, both, same)


@dataclass(frozen=True, slots=True)
class Case:
    """One (item, claim) pair where we and the gold labels disagree."""

    claim_id: str
    title: str
    published: str
    gold: str | None  # gold stance (related shown as mentions), None = no label
    ours: str | None  # our verdict, None = no finding
    score: float | None
    sentence: str


@dataclass(frozen=True, slots=True)
class EvalReport:
    gold_dir: str
    matcher_version: str
    items: int  # feed items read
    labelled_items: int  # items with at least one gold label
    overall: Figures
    per_claim: dict[str, Figures]
    misses: tuple[Case, ...]  # gold flags we did not flag, best-known first
    false_flags: tuple[Case, ...]  # our flags that are not gold flags, highest score first
    wrong_verdicts: tuple[Case, ...]  # flagged on both sides, different verdict
    problems: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        def cases(values: tuple[Case, ...]) -> list[dict[str, object]]:
            return [
                {
                    "claim_id": c.claim_id,
                    "title": c.title,
                    "published": c.published,
                    "gold": c.gold,
                    "ours": c.ours,
                    "score": c.score,
                    "sentence": c.sentence,
                }
                for c in values
            ]

        return {
            "gold_dir": self.gold_dir,
            "matcher_version": self.matcher_version,
            "items": self.items,
            "labelled_items": self.labelled_items,
            "overall": self.overall.as_dict(),
            "per_claim": {k: v.as_dict() for k, v in sorted(self.per_claim.items())},
            "misses": cases(self.misses),
            "false_flags": cases(self.false_flags),
            "wrong_verdicts": cases(self.wrong_verdicts),
            "problems": list(self.problems),
        }
