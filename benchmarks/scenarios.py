"""Benchmark scenarios; each prints JSON lines. Run through ``python -m benchmarks``.

    python -m benchmarks.scenarios NAME [FLOOR_S]
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks.datagen import BASE_TIME, generated_claims, generated_entries
from tracker.models import Claim, FeedSpec, HttpSettings

N_FEEDS, N_ITEMS, N_PORTS = 500, 100, 25
MATCH_REPEAT = 3  # matching passes per figure; the best counts
REPO = Path(__file__).resolve().parent.parent


def emit(scenario: str, value: float | None, unit: str, *, floor: float | None = None,
         ratio: float | None = None, goal: str = "", met: bool | None = None) -> None:
    print(json.dumps({"scenario": scenario, "value": _round(value), "unit": unit,
                      "floor": _round(floor), "ratio": _round(ratio), "goal": goal,
                      "met": met}), flush=True)


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


@contextlib.contextmanager
def feed_server() -> Iterator[list[str]]:
    """Start benchmarks.feedserver in a subprocess; yield the feed URLs."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.feedserver",
         str(N_FEEDS), str(N_ITEMS), str(N_PORTS)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    assert proc.stdout is not None and proc.stdin is not None
    line = proc.stdout.readline().split()
    ports = [int(p) for p in line[1].split(",")]
    try:
        yield [f"http://127.0.0.1:{ports[n % N_PORTS]}/feed/{n}.xml" for n in range(N_FEEDS)]
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)


# ``requests`` is imported where it is used: the tracker's parse/match workers import
# the main module (this one, in a benchmark; the light ``tracker.cli`` in service), and
# the bench's own HTTP client would otherwise weigh on their measured memory.


def control(urls: Sequence[str], action: str) -> None:
    import requests

    base = urls[0].rsplit("/feed/", 1)[0]
    requests.get(f"{base}/_ctl/{action}", timeout=30).raise_for_status()


def download_all(urls: Sequence[str]) -> list[bytes]:
    import requests

    with requests.Session() as s:
        return [s.get(u, timeout=30).content for u in urls]


def scenario_floor() -> None:
    """feedparser alone parsing every body of the full cycle, in one process."""
    import feedparser

    with feed_server() as urls:
        bodies = download_all(urls)
    start = time.perf_counter()
    n = sum(len(feedparser.parse(b).entries) for b in bodies)
    floor_s = time.perf_counter() - start
    emit("floor", floor_s, "s", goal=f"{n} entries, {n / floor_s:.0f}/s")


def repo_claims() -> list[Claim]:
    from tracker.claims import load_claims

    return list(load_claims(REPO / "claims").claims)


def run_one_cycle(store: object, feeds: Sequence[FeedSpec], matcher: object,
                  fetcher: object, now_offset_h: int,
                  force_all: bool = True) -> tuple[float, object]:
    from tracker.parse import parse_feed
    from tracker.poll import run_cycle

    start = time.perf_counter()
    report = run_cycle(store, feeds, fetcher, parse_feed, matcher,  # type: ignore[arg-type]
                       now=BASE_TIME + timedelta(hours=now_offset_h), force_all=force_all)
    return time.perf_counter() - start, report


def scenario_cycle(n_claims: int, floor_s: float) -> None:
    from tracker.fetch import HttpFetcher
    from tracker.match import Matcher
    from tracker.store import Store

    claims = repo_claims() if n_claims == 6 else generated_claims(n_claims)
    matcher = Matcher(claims)
    tag = f"claims={len(claims)}"
    with tempfile.TemporaryDirectory() as tmp, feed_server() as urls:
        feeds = [FeedSpec(name=f"bench-{i}", url=u, language="en") for i, u in enumerate(urls)]
        store = Store.open(Path(tmp) / "bench.sqlite3")
        with HttpFetcher(HttpSettings()) as fetcher:
            full_s, report = run_one_cycle(store, feeds, matcher, fetcher, 1)
            emit(f"full-cycle[{tag}]", full_s, "s", floor=floor_s, ratio=full_s / floor_s,
                 goal="<= 0.3x floor", met=full_s / floor_s <= 0.3)
            print(json.dumps({"report": repr(report)[:300]}), file=sys.stderr)
            if n_claims != 6:
                store.close()
                return
            steady_s, _ = run_one_cycle(store, feeds, matcher, fetcher, 2)
            emit("steady-cycle[304]", steady_s, "s", floor=full_s, ratio=full_s / steady_s,
                 goal=">= 20x faster", met=full_s / steady_s >= 20)
            control(urls, "conditional-off")
            same_s, _ = run_one_cycle(store, feeds, matcher, fetcher, 3)
            emit("steady-cycle[same bodies]", same_s, "s", floor=full_s, ratio=full_s / same_s,
                 goal=">= 10x faster", met=full_s / same_s >= 10)
            control(urls, "conditional-on")
            control(urls, "grow")
            grow_s, report = run_one_cycle(store, feeds, matcher, fetcher, 4)
            new = getattr(report, "new_entries", 0) or 1
            per_full = full_s / (N_FEEDS * N_ITEMS)
            emit("new-items[5% of feeds +10]", grow_s / new * 1000, "ms/entry",
                 floor=per_full * 1000, ratio=(grow_s / new) / per_full,
                 goal=f"{new} new entries")
        store.close()


def scenario_matching() -> None:
    """10,000 entries against 10, 100 and 1,000 claims.

    For each claim count, one entry in ten names one of *those* claims, so every
    run judges the same share of relevant entries and the 1,000/10 ratio shows how
    cost grows with the number of claims, not with the number of findings. The
    entries are as the poll cycle hands them to the matcher: ``parse_feed`` turns
    summaries into plain text. A last line times raw HTML summaries, for reference.
    """
    from tracker.match import Matcher
    from tracker.parse.text import html_to_text

    cases = {}
    for n in (10, 100, 1000):
        claims = generated_claims(n)
        cases[n] = (claims, [replace(e, summary=html_to_text(e.summary))
                             for e in generated_entries(10_000, claims)])
    html_claims = cases[1000][0]
    cases[0] = (html_claims, generated_entries(10_000, html_claims))  # raw HTML summaries
    # Passes interleave the claim counts, so a slow spell of the machine falls on
    # all of them alike rather than on one count's passes.
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(MATCH_REPEAT):
        for n, (claims, entries) in cases.items():
            best[n] = min(best[n], _match_seconds(Matcher(claims), entries))
    rates = {n: len(cases[n][1]) / seconds for n, seconds in best.items()}
    for n in (10, 100, 1000):
        emit(f"matching[{n} claims]", rates[n], "entries/s",
             goal=">= 20000/s" if n == 1000 else "", met=rates[n] >= 20_000 if n == 1000 else None)
    cost_ratio = rates[10] / rates[1000]
    emit("matching[cost 1000/10]", cost_ratio, "x", goal="<= 1.5", met=cost_ratio <= 1.5)
    emit("matching[1000 claims, HTML summaries]", rates[0], "entries/s",
         goal="reference: summaries not yet stripped")


def _match_seconds(matcher: object, entries: Sequence[object]) -> float:
    """One timed pass over ``entries`` after a short warm-up (as a running service's
    word caches are warm); the figure is the best of MATCH_REPEAT such passes, each
    with a new matcher, as timeit reports its minimum."""
    match = matcher.match  # type: ignore[attr-defined]
    for e in entries[:200]:
        match(e)
    start = time.perf_counter()
    for e in entries:
        match(e)
    return time.perf_counter() - start


def scenario_digest() -> None:
    from benchmarks.digestdb import build_month, render_one_day, web_pages

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "month.sqlite3"
        build_s, counts = build_month(path)
        emit("digest[build 30-day db]", build_s, "s", goal=counts)
        render_s = render_one_day(path)
        emit("digest[one day]", render_s, "s", goal="< 1 s", met=render_s < 1.0)
        for page, seconds in web_pages(path).items():
            emit(f"web[{page}]", seconds, "s", goal="< 0.1 s", met=seconds < 0.1)


def scenario_retention() -> None:
    """The 30-day digest database, then retention keeping 10 days: file size and one
    day's digest (day 15: its findings are kept, its other entries pruned) before
    and after."""
    from benchmarks.digestdb import build_month, file_mb, prune_month, render_one_day

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "month.sqlite3"
        build_month(path)
        before_mb = file_mb(path)
        before_s = render_one_day(path)
        prune_s, pruned = prune_month(path, keep_days=10)
        after_mb = file_mb(path)
        after_s = render_one_day(path)
        emit("retention[db size, all kept]", before_mb, "MB")
        emit("retention[prune 20 of 30 days]", prune_s, "s", goal=f"{pruned} entries")
        emit("retention[db size, 10 days kept]", after_mb, "MB",
             ratio=after_mb / before_mb if before_mb else None)
        emit("retention[one day digest, all kept]", before_s, "s")
        emit("retention[one day digest, 10 days kept]", after_s, "s", goal="< 1 s",
             met=after_s < 1.0)


YEAR_FEEDS, YEAR_PER_FEED_PER_DAY, YEAR_DAYS, YEAR_RETENTION_DAYS = 500, 4, 365, 180


def scenario_year() -> None:
    """A simulated year: 500 feeds, 4 new entries each a day (2,000 a day; news feeds
    post more, blogs and narrow search feeds less; titles and summaries as in the
    cycle benchmark), stored day by day by the real store code, with the service's
    retention job as configured by default (180 days) in one database and disabled
    in another, each in its own process (benchmarks/yeardb.py). Then the file size
    once the free pages are given back, and the time to build the last day's digest."""
    from benchmarks.yeardb import (
        START,
        YearRun,
        counts,
        digest_seconds,
        generated_claims_of_year,
        review_some,
        simulate_in_parallel,
        size_after_vacuum,
    )

    with tempfile.TemporaryDirectory() as tmp:
        runs = [YearRun(Path(tmp) / "kept" / "year.sqlite3", YEAR_RETENTION_DAYS),
                YearRun(Path(tmp) / "all" / "year.sqlite3", 0)]
        for run in runs:
            run.path.parent.mkdir()
        began = time.perf_counter()
        runs = simulate_in_parallel(runs, days=YEAR_DAYS, feeds=YEAR_FEEDS,
                                    per_feed_per_day=YEAR_PER_FEED_PER_DAY)
        claims = generated_claims_of_year()
        total_s = time.perf_counter() - began
        end = START + timedelta(days=YEAR_DAYS)
        sizes = {}
        for run in runs:
            review_some(run.path, end)
            tag = (f"retention {run.retention_days} d" if run.retention_days
                   else "retention off")
            sizes[tag] = size_after_vacuum(run.path)
            found = counts(run.path)
            emit(f"year[db size, {tag}]", sizes[tag], "bytes",
                 goal=f"{found['entries']} entries ({found['whole_entries']} whole), "
                      f"{found['findings']} findings, {found['reviews']} reviews")
            emit(f"year[digest, {tag}]", digest_seconds(run.path, claims, end), "s",
                 goal="< 1 s")
            emit(f"year[store a year, {tag}]", run.store_s, "s",
                 goal=f"{found['entries'] - found['whole_entries']} entries pruned")
        kept, everything = sizes[f"retention {YEAR_RETENTION_DAYS} d"], sizes["retention off"]
        emit("year[db size, retention / off]", kept / everything, "x")
        emit("year[simulation]", total_s, "s",
             goal=f"{YEAR_FEEDS} feeds x {YEAR_PER_FEED_PER_DAY}/day x {YEAR_DAYS} days")


def main() -> None:
    name = sys.argv[1]
    floor = float(sys.argv[2]) if len(sys.argv) > 2 else float("nan")
    if name == "floor":
        scenario_floor()
    elif name.startswith("cycle-"):
        scenario_cycle(int(name.split("-")[1]), floor)
    elif name == "matching":
        scenario_matching()
    elif name == "digest":
        scenario_digest()
    elif name == "retention":
        scenario_retention()
    elif name == "year":
        scenario_year()
    else:
        raise SystemExit(f"unknown scenario {name!r}")


if __name__ == "__main__":
    main()
