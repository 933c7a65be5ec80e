"""``evaluate`` and ``claimtracker eval`` on a hand-labelled fixture set.

By hand (tests/fixtures/eval): our flags are items 1 (confirms), 2 (updates) and
4 (contradicts); gold flags are items 1, 2 (both confirms) and 3 (updates).
Flagged on both sides: 1 and 2, same verdict only on 1. So precision 2/3,
recall 2/3, verdict accuracy 1/2; one miss (3), one false flag (4), one wrong
verdict (2).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.claims import load_claims
from tracker.cli import main
from tracker.errors import TrackerError
from tracker.evaluation import evaluate

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "eval"


def test_figures_computed_by_hand() -> None:
    report = evaluate(FIXTURE, load_claims(FIXTURE / "claims").claims)
    o = report.overall
    assert (o.our_flags, o.gold_flags, o.both_flagged, o.same_verdict) == (3, 3, 2, 1)
    assert o.precision == pytest.approx(2 / 3)
    assert o.recall == pytest.approx(2 / 3)
    assert o.verdict_accuracy == pytest.approx(1 / 2)
    assert [c.title for c in report.misses] == ["Acme staff visit a museum"]
    assert [c.title for c in report.false_flags] == ["Board scraps Widget Command"]
    assert [(c.gold, c.ours) for c in report.wrong_verdicts] == [("confirms", "updates")]
    assert report.items == 5 and report.labelled_items == 4
    assert report.problems == ()


def test_cli_text_ends_with_overall_figures() -> None:
    result = CliRunner().invoke(
        main, ["eval", "--gold", str(FIXTURE), "--claims", str(FIXTURE / "claims")]
    )
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last == "precision=0.667 recall=0.667 verdict_accuracy=0.500"


def test_cli_json() -> None:
    result = CliRunner().invoke(
        main,
        ["eval", "--gold", str(FIXTURE), "--claims", str(FIXTURE / "claims"), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"]["both_flagged"] == 2
    assert data["per_claim"]["widget-command"]["our_flags"] == 3


def test_bad_gold_line_and_missing_item_are_reported(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "set")
    gold = tmp_path / "set" / "gold.jsonl"
    lines = gold.read_text().splitlines()
    gold.write_text("\n".join([*lines[:4], "{not json", '{"guid": "https://example.test/9"}']))
    report = evaluate(tmp_path / "set", load_claims(FIXTURE / "claims").claims)
    text = "\n".join(report.problems)
    assert "gold.jsonl: line 5: not JSON" in text
    assert "https://example.test/5 has no line in gold.jsonl" in text
    assert "https://example.test/9" in text and "is in no feed" in text


def test_missing_gold_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    with pytest.raises(TrackerError, match=r"gold\.jsonl"):
        evaluate(tmp_path, [])
