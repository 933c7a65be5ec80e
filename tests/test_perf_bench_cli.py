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


def test_memory_figure_counts_child_processes() -> None:
    """The with-workers figure sums the scenario's descendants; the scenario's own
    peak does not include them."""
    sys.path.insert(0, str(REPO))
    from benchmarks.__main__ import TreeMemory, _descendants

    child = ("import time; x = b'x' * 80_000_000; time.sleep(2)")
    parent = ("import subprocess, sys; "
              f"subprocess.run([sys.executable, '-c', {child!r}], check=True)")
    proc = subprocess.Popen([sys.executable, "-c", parent])
    memory = TreeMemory(proc.pid)
    try:
        seen: list[int] = []
        for _ in range(100):  # until the child shows up (never more than 10 s)
            seen = _descendants(proc.pid)
            if len(seen) > 1:
                break
            subprocess.run(["sleep", "0.1"], check=True)
        assert len(seen) == 2 and seen[0] == proc.pid
    finally:
        proc.wait(timeout=30)
        memory.stop()
    assert memory.rss_kib > 80_000_000 / 1024
    assert memory.pss_kib > 80_000_000 / 1024
    assert memory.own_peak_kib < 80_000_000 / 1024
