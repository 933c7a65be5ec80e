"""A second labeller scored against a set's gold labels (``tracker.evaluation.agreement``,
``claimtracker eval --second-labels``), and the second labels kept for thirteen sets
(tests/fixtures/second-labels, docs/matching.md "How far labellers agree").

By hand, against tests/fixtures/eval (gold flags: items 1 and 2 confirms, 3 updates):
the second labeller flags 1 (confirms), 2 (updates) and 4 (contradicts), so 2 of their
3 flags are gold flags, 2 of the 3 gold flags are theirs, and 1 of the 2 shared flags
has the same verdict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import FIXTURES, REPO, SHARED

from tracker.cli import main
from tracker.evaluation.agreement import agreement

FIXTURE = FIXTURES / "eval"
SECOND = {
    "https://example.test/1": {"widget-command": "confirms"},
    "https://example.test/2": {"widget-command": "updates"},
    "https://example.test/3": {},
    "https://example.test/4": {"widget-command": "contradicts"},
    "https://example.test/5": {"widget-command": "related"},
}


def _write(path: Path, labels: dict[str, dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"guid": guid, "labels": lab}) + "\n"
                            for guid, lab in labels.items()))
    return path


def test_figures_computed_by_hand(tmp_path: Path) -> None:
    figures, problems = agreement(FIXTURE / "gold.jsonl", _write(tmp_path / "b.jsonl", SECOND))
    assert problems == []
    assert (figures.our_flags, figures.gold_flags, figures.both_flagged,
            figures.same_verdict) == (3, 3, 2, 1)


def test_items_on_one_side_only_are_reported(tmp_path: Path) -> None:
    labels = dict(SECOND)
    del labels["https://example.test/3"]
    labels["https://example.test/9"] = {}
    _, problems = agreement(FIXTURE / "gold.jsonl", _write(tmp_path / "b.jsonl", labels))
    assert any("no line for item https://example.test/3" in p for p in problems)
    assert any("https://example.test/9 is not in" in p for p in problems)


def test_cli_prints_the_second_labellers_figures(tmp_path: Path) -> None:
    second = _write(tmp_path / "b.jsonl", SECOND)
    args = ["eval", "--gold", str(FIXTURE), "--claims", str(FIXTURE / "claims"),
            "--second-labels", str(second)]
    text = CliRunner().invoke(main, args)
    assert text.exit_code == 0, text.output
    assert text.output.strip().splitlines()[-1] == (
        "second labeller: precision 0.667 (2/3)  recall 0.667 (2/3)  "
        "verdict accuracy 0.500 (1/2)")
    data = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).output)
    assert data["second_labeller"]["same_verdict"] == 1


SECOND_LABELS = sorted((FIXTURES / "second-labels").glob("*.jsonl"))


@pytest.mark.parametrize("path", SECOND_LABELS, ids=[p.stem for p in SECOND_LABELS])
def test_kept_second_labels_cover_their_set(path: Path) -> None:
    """Every item of the set has a second label line, for the set's claims only."""
    gold_dir = FIXTURES / path.stem
    claims_dir = gold_dir / "claims"
    if not gold_dir.is_dir():  # eval-dev: ../shared, with the shipped claims
        gold_dir, claims_dir = SHARED / path.stem, REPO / "claims"
    _, problems = agreement(gold_dir / "gold.jsonl", path)
    assert problems == []
    claims = {c.stem for c in claims_dir.glob("*.toml")}
    for line in path.read_text().splitlines():
        assert set(json.loads(line)["labels"]) <= claims, line
