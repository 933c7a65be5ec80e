"""A simulated year of 500 feeds, stored by the real store code day by day.

Each simulated day, every feed brings ``per_feed_per_day`` new entries (generated
here, about one in a hundred naming a claim); they are matched by the real matcher
(``prepare_entries``, as the poll's worker processes do) and stored by
``record_fetched`` in one group commit per day (``Store.batch``, as the poll
cycle stores). Then the service's retention job runs as configured
(``Pipeline.prune``, ``[storage] retention_days``) with the injected clock at that
day. Several databases (retention on, off) are fed the same days, in lockstep in
one process or each in its own process (``simulate_in_parallel``).

Left out, for time: a feed document repeating its last items (the repeats are
recognised by identity and store nothing), 304s, and polling every hour (one
poll a day stores the same entries; retention then runs once a day, which its
batches allow: 10,000 entries a run for 2,000 a day).
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.datagen import _SUBJECTS, _VERBS, generated_claims, summary_html
from tracker.config import parse_config
from tracker.config.settings import DigestSettings
from tracker.digest import collect_digest, render_html, render_markdown
from tracker.match import Matcher
from tracker.models import Claim, Entry, FeedSpec
from tracker.parse.text import html_to_text
from tracker.poll.matching import claims_fingerprint, default_matcher_version
from tracker.poll.prepare import prepare_entries
from tracker.service.pipeline import Pipeline
from tracker.store import Store
from tracker.store.records import MatchStamp
from tracker.store.retention import incremental_vacuum

START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)
CLAIMS = 50
MATCHING_ONE_IN = 100  # entries naming a claim
_TITLES = [f"{subject.capitalize()} {verb}" for subject in _SUBJECTS for verb in _VERBS]


@dataclass
class YearRun:
    """One database of the simulation and what it measured."""

    path: Path
    retention_days: int           # 0: retention disabled
    store_s: float = 0.0          # storing (and pruning) over the year
    figures: dict[str, float] = field(default_factory=dict)


def _summaries(rng: random.Random, n: int = 1000) -> list[str]:
    """Summaries as the poll stores them: the cycle benchmark's HTML summaries
    (tracker.parse turns them into about 500 characters of text)."""
    return [html_to_text(summary_html(rng)) for _ in range(n)]


def _entries(feed_no: int, day: int, count: int, claims: Sequence[Claim], url: str,
             rng: random.Random, summaries: Sequence[str]) -> list[Entry]:
    moment = START + timedelta(days=day)
    entries = []
    for k in range(count):
        title = f"{rng.choice(_TITLES)} (report {feed_no}-{day}-{k})"
        if rng.randrange(MATCHING_ONE_IN) == 0:
            claim = rng.choice(claims)
            thing, place = claim.groups[0].terms["en"][0], claim.groups[1].terms["en"][0]
            title = f"{place} completed the {thing}"
        entries.append(Entry(
            source=url, title=title, summary=rng.choice(summaries), language="en",
            link=f"https://news{feed_no % 40}.example.com/{feed_no}/{day}/{k}",
            guid=f"urn:year:{feed_no}:{day}:{k}",
            published=moment - timedelta(minutes=7 * k + feed_no % 60)))
    return entries


def _pipeline(run: YearRun, now: Callable[[], datetime]) -> Pipeline:
    config = parse_config(
        f'[storage]\ndatabase = "{run.path.name}"\nretention_days = {run.retention_days}\n',
        run.path.parent / "config.toml")
    return Pipeline(config, threading.Event(), now, {})


def generated_claims_of_year() -> list[Claim]:
    """The claims ``simulate_year`` matches against."""
    return generated_claims(CLAIMS)


def simulate_year(runs: Sequence[YearRun], *, days: int = 365, feeds: int = 500,
                  per_feed_per_day: int = 4,
                  progress: Callable[[int], None] | None = None) -> list[Claim]:
    """Fill every run's database with the same ``days`` of entries; return the claims."""
    claims = generated_claims_of_year()
    matcher = Matcher(claims)
    stamp = MatchStamp(default_matcher_version(), claims_fingerprint(claims))
    specs = [FeedSpec(name=f"year-{n}", url=f"https://feeds{n % 50}.example.org/{n}.xml",
                      language="en") for n in range(feeds)]
    clock = {"now": START}
    stores = [Store.open(run.path) for run in runs]
    pipelines = [_pipeline(run, lambda: clock["now"]) for run in runs]
    rng = random.Random(2025)
    summaries = _summaries(rng)
    try:
        for store in stores:
            store.sync_feeds(specs)
        for day in range(days):
            now = clock["now"] = START + timedelta(days=day, hours=1)
            batch = []
            for n, spec in enumerate(specs):
                entries = _entries(n, day, per_feed_per_day, claims, spec.url, rng, summaries)
                batch.append((spec.url, entries, prepare_entries(entries, spec.url, "en",
                                                                 matcher)))
            for run, store, pipeline in zip(runs, stores, pipelines, strict=True):
                began = time.perf_counter()
                with store.batch():
                    for url, entries, prepared in batch:
                        store.record_fetched(url, entries, now=now, etag=None,
                                             last_modified=None, body_hash=None,
                                             next_attempt=now + timedelta(hours=1),
                                             prepared=prepared, match_stamp=stamp)
                pipeline.prune(store, now)
                run.store_s += time.perf_counter() - began
            if progress is not None:
                progress(day)
    finally:
        for store in stores:
            store.close()
    return claims


def _one_run(run: YearRun, days: int, feeds: int, per_feed_per_day: int) -> YearRun:
    simulate_year([run], days=days, feeds=feeds, per_feed_per_day=per_feed_per_day)
    return run


def simulate_in_parallel(runs: Sequence[YearRun], *, days: int, feeds: int,
                         per_feed_per_day: int) -> list[YearRun]:
    """``simulate_year`` for each run in a process of its own (the same seed gives
    each the same entries): on two cores, storing two databases takes the time of one."""
    with ProcessPoolExecutor(max_workers=len(runs)) as pool:
        futures = [pool.submit(_one_run, run, days, feeds, per_feed_per_day) for run in runs]
        return [future.result() for future in futures]


def size_after_vacuum(path: Path) -> int:
    """Bytes of the database once every free page is given back and the WAL is
    checkpointed into it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        while incremental_vacuum(conn):
            pass
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path.stat().st_size


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            "entries": conn.execute("SELECT count(*) FROM entries").fetchone()[0],
            "whole_entries": conn.execute(
                "SELECT count(*) FROM entries WHERE pruned_at IS NULL").fetchone()[0],
            "findings": conn.execute("SELECT count(*) FROM findings").fetchone()[0],
            "reviews": conn.execute("SELECT count(*) FROM reviews").fetchone()[0],
        }


def review_some(path: Path, now: datetime, every: int = 10) -> int:
    """Accept every ``every``-th finding, as an analyst would; return how many."""
    with Store.open(path) as store:
        rows = store._query("SELECT entry_id, claim_id FROM findings ORDER BY id")
        for row in rows[::every]:
            store.add_review(str(row["claim_id"]), int(row["entry_id"]), "accept",
                             by="bench", at=now)
        return len(rows[::every])


def digest_seconds(path: Path, claims: Sequence[Claim], day: datetime) -> float:
    """Seconds to collect and render (md + html) the digest of the day before ``day``,
    as the service writes it the next morning (best of 3)."""
    zone = ZoneInfo("UTC")
    end = datetime(day.year, day.month, day.day, tzinfo=zone)
    start = end - timedelta(days=1)
    settings = DigestSettings(output_dir=path.parent)
    best = float("inf")
    with Store.open(path) as store:
        for _ in range(3):
            began = time.perf_counter()
            data = collect_digest(store, list(claims), start, end, settings,
                                  now=end + timedelta(hours=7))
            render_markdown(data)
            render_html(data)
            best = min(best, time.perf_counter() - began)
    return best
