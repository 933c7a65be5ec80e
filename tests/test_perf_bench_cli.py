"""`python -m benchmarks --help` prints usage instead of running every scenario."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "benchmarks", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_help_prints_usage_and_runs_nothing() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: python -m benchmarks")
    assert "cycle-1000" in done.stdout
    assert "{" not in done.stdout.split("\n")[-2]  # no JSON figure lines
    assert "scenario" not in done.stderr


def test_unknown_scenario_is_refused_with_usage() -> None:
    done = _run("cycle-7")
    assert done.returncode == 2
    assert "unknown scenario or option: cycle-7" in done.stderr
    assert done.stdout == ""
