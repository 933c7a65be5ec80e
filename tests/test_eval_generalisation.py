"""Matching quality with the shipped claims, on two labelled sets.

- tests/fixtures/eval-generalisation: 67 items written by the team in wording unlike
  the dev set (see its README). The floors are the figures reached when the set was
  added (precision 40/45, recall 40/40, verdict accuracy 39/40; matcher 2: 38/40, 38/40,
  36/38) minus a small margin,
  so a vocabulary or rule change that loses a case fails here.
- tests/fixtures/eval-seed-news: 50 items of seed-topic news written and labelled by a
  helper who never read the matcher (see its README). At creation: precision 29/34,
  recall 29/33, verdict accuracy 26/29; it was then used to find general rules.
- tests/fixtures/eval-seed-news2: 50 more items of seed-topic news from other outlets,
  by another helper. At creation: precision 29/36, recall 29/35, verdict accuracy 22/29;
  a hold-out for one session, then used to find general rules.
- tests/fixtures/eval-seed-news3: 50 more items from yet other outlets and angles; the
  seed topic's hold-out, never used to choose a word or a rule. At creation: precision
  32/37, recall 32/32, verdict accuracy 24/32.
- ``../shared/eval-dev`` (beside the repo, as in CI): the
  public dev set must meet the issue's floors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.project import FIXTURES, SHARED, shipped_claims

from tracker.evaluation import evaluate
from tracker.evaluation.report import EvalReport

GENERALISATION = FIXTURES / "eval-generalisation"
SEED_NEWS = FIXTURES / "eval-seed-news"
SEED_NEWS2 = FIXTURES / "eval-seed-news2"
SEED_NEWS3 = FIXTURES / "eval-seed-news3"
DEV = SHARED / "eval-dev"


def _evaluate(gold_dir: Path) -> EvalReport:
    report = evaluate(gold_dir, shipped_claims())
    assert report.problems == (), report.problems
    return report


def test_generalisation_set_floors() -> None:
    report = _evaluate(GENERALISATION)
    assert (report.items, report.labelled_items) == (67, 45)
    o = report.overall
    assert o.gold_flags == 40
    assert o.precision is not None and o.precision >= 0.95, report.false_flags
    assert o.recall is not None and o.recall >= 0.97, report.misses
    assert o.verdict_accuracy is not None and o.verdict_accuracy >= 0.95, report.wrong_verdicts


# set: (items, labelled items), (precision, recall, verdict accuracy) floors
SEED_FLOORS = {
    SEED_NEWS: ((50, 35), (0.91, 0.96, 0.93)),
    # a claim's own cue taking its sentence from a nearer rival found two more flags
    # whose verdicts the labeller calls follow-ups: recall up, accuracy down; "set to
    # launch next March" is no date fixed: one right flag that hung on that reading lost
    SEED_NEWS2: ((50, 37), (0.82, 0.82, 0.75)),
    SEED_NEWS3: ((50, 36), (0.83, 0.96, 0.84)),  # one-off reports read together
}


@pytest.mark.parametrize("gold_dir", list(SEED_FLOORS), ids=lambda p: p.name)
def test_seed_news_floors(gold_dir: Path) -> None:
    report = _evaluate(gold_dir)
    (items, labelled), (precision, recall, accuracy) = SEED_FLOORS[gold_dir]
    assert (report.items, report.labelled_items) == (items, labelled)
    o = report.overall
    assert o.precision is not None and o.precision >= precision, report.false_flags
    assert o.recall is not None and o.recall >= recall, report.misses
    assert o.verdict_accuracy is not None and o.verdict_accuracy >= accuracy, (
        report.wrong_verdicts)


def test_generalisation_contradictions_found() -> None:
    """Every cancellation in the set (en, fr, ja; constructed items) is judged contradicts."""
    gold = [json.loads(line) for line in (GENERALISATION / "gold.jsonl").open(encoding="utf-8")]
    cancelled = {
        (claim, item["title"])
        for item in gold
        for claim, stance in item["labels"].items()
        if stance == "contradicts"
    }
    assert len(cancelled) == 4
    report = _evaluate(GENERALISATION)
    failed = {(c.claim_id, c.title) for c in (*report.misses, *report.wrong_verdicts)}
    assert not cancelled & failed, cancelled & failed


def test_dev_set_meets_issue_floors() -> None:
    if not DEV.is_dir():
        pytest.skip(f"public dev set not found at {DEV}")
    o = _evaluate(DEV).overall
    assert o.precision is not None and o.precision >= 0.90
    assert o.recall is not None and o.recall >= 0.85
    assert o.verdict_accuracy is not None and o.verdict_accuracy >= 0.80
