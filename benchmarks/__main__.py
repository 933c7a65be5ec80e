"""Run every benchmark scenario in its own subprocess and print the figures.

Prints one JSON object per figure (keys: scenario, value, unit, floor, ratio, goal,
met, peak_rss_mb), then a readable table. ``python -m benchmarks [SCENARIO ...]``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

SCENARIOS = ("floor", "cycle-6", "cycle-1000", "matching", "digest", "retention", "year")
RSS_GOAL_MB = 200.0
SAMPLE_EVERY_S = 0.05


class TreeMemory:
    """Samples the memory of a scenario process and its descendants (the tracker's
    parse/match workers and multiprocessing's resource tracker), leaving out the
    benchmark's own feed server: the memory the tracker needs at once, which
    ``ru_maxrss`` of one process does not show. Two sums: RSS, which counts pages
    shared between the processes (libraries) once per process and so overstates,
    and PSS, which shares them out."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.rss_kib = self.pss_kib = 0  # peaks of the sums
        self.own_peak_kib = 0  # the scenario process alone (its VmHWM)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY_S):
            tree = [pid for pid in _descendants(self.pid) if not _is_feed_server(pid)]
            self.rss_kib = max(self.rss_kib, sum(_kib(p, "status", "VmRSS:") for p in tree))
            self.pss_kib = max(self.pss_kib,
                               sum(_kib(p, "smaps_rollup", "Pss:") for p in tree))
            self.own_peak_kib = max(self.own_peak_kib, _kib(self.pid, "status", "VmHWM:"))


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc/PID/task/TID/children."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # the process ended meanwhile
                todo.extend(int(child) for child in children.read_text().split())
    return found


def _kib(pid: int, name: str, key: str) -> int:
    """A ``key: N kB`` line of /proc/PID/NAME (0 once the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _is_feed_server(pid: int) -> bool:
    try:
        return b"benchmarks.feedserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _memory_row(scenario: str, value_mb: float, rss_mb: float, *, goal: bool) -> dict[str, object]:
    return {"scenario": scenario, "value": round(value_mb, 1), "unit": "MB", "floor": None,
            "ratio": None, "goal": f"<= {RSS_GOAL_MB:.0f} MB" if goal else "reference",
            "met": value_mb <= RSS_GOAL_MB if goal else None, "peak_rss_mb": round(rss_mb, 1)}


def run_scenario(name: str, extra: list[str]) -> list[dict[str, object]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.scenarios", name, *extra],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    memory = TreeMemory(proc.pid) if Path("/proc/self/smaps_rollup").exists() else None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if memory is not None:
        memory.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    # wait4's figure is the largest of the process and the children it waited for,
    # the benchmark's feed server among them; the sampled VmHWM is its own
    rss_mb = (memory.own_peak_kib / 1024 if memory is not None and memory.own_peak_kib
              else usage.ru_maxrss / 1024)  # Linux reports KiB
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0:
        rows.append({"scenario": name, "value": None, "unit": "error", "floor": None,
                     "ratio": None, "goal": f"exit {proc.returncode}", "met": False})
    for row in rows:
        row["peak_rss_mb"] = round(rss_mb, 1)
    rows.append(_memory_row(f"{name}:peak-rss", rss_mb, rss_mb, goal=True))
    if memory is not None:
        rows.append(_memory_row(f"{name}:peak-rss-with-workers", memory.rss_kib / 1024,
                                rss_mb, goal=True))
        rows.append(_memory_row(f"{name}:peak-pss-with-workers", memory.pss_kib / 1024,
                                rss_mb, goal=False))
    return rows


USAGE = f"""usage: python -m benchmarks [SCENARIO ...]

Run benchmark scenarios (all of them when none is named), each in its own
process, and print one JSON object per figure, then a table.

scenarios: {", ".join(SCENARIOS)}
  floor       feedparser alone on the full cycle's bodies (the cycles' floor;
              run it first, or the cycle ratios are blank)
  cycle-6     full cycle with the repo claims, then steady (304 / same bodies)
              and new-items cycles
  cycle-1000  full cycle with 1,000 generated claims
  matching    10,000 entries against 10 / 100 / 1,000 generated claims
  digest      build a 30-day database, render one day's digest and each web page
  retention   the 30-day database before and after pruning all but 10 days
  year        a simulated year of 500 feeds (4 entries each a day) stored day by
              day, with retention at 180 days and without: database size and
              the last day's digest time (a few minutes)

options:
  -h, --help  show this message and exit
"""


def main() -> None:
    args = sys.argv[1:]
    if any(a in ("-h", "--help") for a in args):
        print(USAGE, end="")
        return
    unknown = [a for a in args if a.startswith("-") or a not in SCENARIOS]
    if unknown:
        print(f"unknown scenario or option: {' '.join(unknown)}\n\n{USAGE}", end="",
              file=sys.stderr)
        raise SystemExit(2)
    wanted = args or list(SCENARIOS)
    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    floor_s: str | None = None
    for name in wanted:
        extra = [floor_s] if floor_s and name.startswith("cycle") else []
        got = run_scenario(name, extra)
        if name == "floor":
            floor_s = next((str(r["value"]) for r in got if r["scenario"] == "floor"), None)
        for row in got:
            print(json.dumps(row), flush=True)
        rows.extend(got)
    print()
    header = (f"{'scenario':34} {'value':>12} {'unit':10} {'floor':>10} {'ratio':>9}  "
              f"{'goal':18} met")
    print(header)
    print("-" * len(header))
    for r in rows:
        def fmt(v: object) -> str:
            return f"{v:.4g}" if isinstance(v, float) else ("" if v is None else str(v))
        met = {True: "yes", False: "NO", None: ""}[r.get("met")]  # type: ignore[index]
        print(f"{r['scenario']!s:34} {fmt(r['value']):>12} {r['unit']!s:10} "
              f"{fmt(r['floor']):>10} {fmt(r['ratio']):>9}  {r['goal']!s:18} {met}")
    print(f"\ntotal {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
