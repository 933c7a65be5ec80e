"""The simulated-year benchmark (benchmarks/yeardb.py) at a tiny scale: it runs, and
retention makes the database smaller while keeping findings and reviews. No timing
is asserted."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from benchmarks.yeardb import (
    START,
    YearRun,
    counts,
    digest_seconds,
    review_some,
    simulate_year,
    size_after_vacuum,
)

DAYS = 40


def test_a_small_year_runs_and_retention_shrinks_the_database_and_keeps_findings(
        tmp_path: Path) -> None:
    runs = [YearRun(tmp_path / "kept" / "year.sqlite3", 10),
            YearRun(tmp_path / "all" / "year.sqlite3", 0)]
    for run in runs:
        run.path.parent.mkdir()
    reviewed: list[int] = []

    def on_day(day: int) -> None:
        if day == 5:  # reviews made early: their entries get old while the year goes on
            reviewed.extend(review_some(run.path, START + timedelta(days=day), every=2)
                            for run in runs)

    claims = simulate_year(runs, days=DAYS, feeds=12, per_feed_per_day=3, progress=on_day)
    kept, everything = runs
    found_kept, found_all = counts(kept.path), counts(everything.path)
    assert found_kept["entries"] == found_all["entries"] == 12 * 3 * DAYS
    assert found_kept["whole_entries"] < found_all["whole_entries"] == found_all["entries"]
    assert found_kept["findings"] == found_all["findings"] > 0
    assert reviewed[0] > 0
    assert found_kept["reviews"] == found_all["reviews"] == reviewed[0]
    with sqlite3.connect(kept.path) as conn:
        slimmed_with_finding = conn.execute(
            "SELECT count(*) FROM entries e JOIN findings x ON x.entry_id = e.id "
            "WHERE e.pruned_at IS NOT NULL").fetchone()[0]
        slimmed_reviewed = conn.execute(
            "SELECT count(*) FROM entries e JOIN reviews r ON r.entry_id = e.id "
            "WHERE e.pruned_at IS NOT NULL").fetchone()[0]
    assert slimmed_with_finding == 0 and slimmed_reviewed == 0
    assert size_after_vacuum(kept.path) < size_after_vacuum(everything.path)
    end = START + timedelta(days=DAYS)
    for run in runs:
        assert digest_seconds(run.path, claims, end) >= 0.0
