"""A learned second look at the rules' verdicts: the labelling conventions the rules
do not capture (which of a project's claims a step is news for, when a preview adds
enough to be an update).

It is a logistic regression over a few facts of each decision, the same in every
language and topic: the rules' verdict, the claim's kind, the winning frame's role,
modality and event class, the timing, where the news stands (title or summary), and
how many other claims the entry names and flags. It never sees a word, nor the
relevance score (that depends on how many optional groups a claim writer lists).
``tools/train_judge.py`` fits it on the labelled sets (the hold-outs left out) and
writes ``data/judge.toml``; docs/matching.md ("The learned judge") gives its
measured effect. A flag it finds unlikely news becomes a mention; it makes no flag
of its own, so every flag keeps the rules' evidence. Without the weights file the
rules stand alone.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from tracker.match.decisions import Decision
from tracker.match.text.view import EntryView
from tracker.models import Verdict

WEIGHTS_FILE = "judge.toml"
_CAP_FRAMES = 6  # counts are scaled to [0, 1] at these caps
_CAP_FLAG_FRAMES = 4
_CAP_CLAIMS = 6
_CAP_OTHERS = 4
_CAP_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class JudgeWeights:
    intercept: float
    threshold: float  # a probability at or over it is news
    weights: Mapping[str, float]


class JudgeFileError(ValueError):
    """The weights file is malformed (a packaging or training mistake)."""


def parse_weights(text: str, where: str = WEIGHTS_FILE) -> JudgeWeights:
    try:
        data = tomllib.loads(text)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return JudgeWeights(float(data["intercept"]), float(data["threshold"]), weights)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise JudgeFileError(f"{where}: {error}") from error


@cache
def shipped_weights() -> JudgeWeights | None:
    """The weights shipped in ``tracker/match/data``, or None when there are none."""
    resource = files("tracker.match.data").joinpath(WEIGHTS_FILE)
    if not resource.is_file():
        return None
    return parse_weights(resource.read_text(encoding="utf-8"))


def decision_features(decision: Decision, view: EntryView, claims_in_entry: int,
                      others_flagged: int) -> dict[str, float]:
    """The facts of one decision the judge weighs (training reads the same)."""
    judgement = decision.judgement
    frame = next((j.frame for j in judgement.frames
                  if j.frame.hit.sentence == judgement.sentence
                  and j.verdict is judgement.verdict), None)
    verdict = judgement.verdict.value
    kind = decision.reading.kind.value
    role = frame.role.value if frame else "none"
    modality = frame.modality.value if frame else "none"
    source = frame.source.split(":")[0] if frame else "none"
    return {
        f"ours={verdict}": 1.0, f"kind={kind}": 1.0, f"timing={judgement.timing.value}": 1.0,
        f"role={role}": 1.0, f"modality={modality}": 1.0, f"source={source}": 1.0,
        f"lang={view.language}": 1.0, f"ours×kind={verdict}|{kind}": 1.0,
        f"role×mod={role}|{modality}": 1.0, f"kind×role={kind}|{role}": 1.0,
        f"ours×timing={verdict}|{judgement.timing.value}": 1.0,
        "title": float(judgement.sentence == 0),
        "title_subject": float(decision.relevance.title_subject),
        "title_hit": float(decision.relevance.title_hit),
        "shared": float(decision.reading.own_markers is not None),
        "later": float(bool(frame and frame.later_round)),
        "note": float(bool(judgement.note)),
        "nframes": min(len(judgement.frames), _CAP_FRAMES) / _CAP_FRAMES,
        "nflag_frames": min(sum(j.verdict.is_flag for j in judgement.frames),
                            _CAP_FLAG_FRAMES) / _CAP_FLAG_FRAMES,
        "nclaims": min(claims_in_entry, _CAP_CLAIMS) / _CAP_CLAIMS,
        "others_flagged": min(others_flagged, _CAP_OTHERS) / _CAP_OTHERS,
        "others_flagged>0": float(others_flagged > 0),
        "nsent": min(len(view.sentences), _CAP_SENTENCES) / _CAP_SENTENCES,
    }


def entry_features(decisions: Sequence[tuple[Decision, EntryView]]
                   ) -> list[dict[str, float]]:
    """Each decision's features, with the entry's counts of claims and flags."""
    flagged = sum(d.judgement.verdict.is_flag for d, _ in decisions)
    return [decision_features(d, view, len(decisions),
                              flagged - d.judgement.verdict.is_flag)
            for d, view in decisions]


def probability(weights: JudgeWeights, features: Mapping[str, float]) -> float:
    """The judge's probability that the decision is news (a flag) for the claim."""
    z = weights.intercept + sum(weights.weights.get(name, 0.0) * value
                                for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def reweigh(decisions: list[tuple[Decision, EntryView]], weights: JudgeWeights
            ) -> list[tuple[Decision, EntryView]]:
    """The decisions with the judge's verdict where it differs from the rules'."""
    out: list[tuple[Decision, EntryView]] = []
    for (decision, view), features in zip(decisions, entry_features(decisions), strict=True):
        judgement = decision.judgement
        p = probability(weights, features)
        if judgement.verdict.is_flag and p < weights.threshold:
            # the rules' flag, that such decisions mostly were not news in the labelled
            # sets; the judge never makes a flag: each one keeps the rules' evidence
            note = (f"learned judge: p={p:.2f} under {weights.threshold:.2f}: "
                    f"{judgement.verdict.value} -> mentions")
            note = f"{judgement.note}; {note}" if judgement.note else note
            decision = replace(decision, judgement=replace(
                judgement, verdict=Verdict.MENTIONS, note=note))
        out.append((decision, view))
    return out
