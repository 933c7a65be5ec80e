"""A 30-day database for the digest benchmark, filled by bulk SQL.

Set-up is not what is measured, so it writes rows straight into the store's
schema (migrated by ``Store.open``) instead of going through a poll cycle.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.datagen import generated_claims
from tracker.config.settings import DigestSettings
from tracker.digest import collect_digest, render_html, render_markdown
from tracker.store import Store
from tracker.store.timefmt import to_db

DAYS, ENTRIES_PER_DAY, FINDINGS_PER_DAY, FEEDS = 30, 5_000, 67, 60
START = datetime(2025, 3, 1, tzinfo=UTC)
VERDICTS = ("confirms", "updates", "contradicts", "mentions", "mentions", "mentions")


def _iso(moment: datetime) -> str:
    return to_db(moment) or ""


def build_month(path: Path) -> tuple[float, str]:
    started = time.perf_counter()
    Store.open(path).close()  # create and migrate
    rng = random.Random(11)
    claims = generated_claims(50)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO feeds (id, url, config_url, name, language) VALUES (?, ?, ?, ?, 'en')",
            [(f, f"https://feed{f}.example/rss", f"https://feed{f}.example/rss", f"Feed {f}")
             for f in range(1, FEEDS + 1)],
        )
        entry_id = 0
        for day in range(DAYS):  # one day at a time keeps the set-up's memory small
            day_start = START + timedelta(days=day)
            entry_rows = []
            finding_rows = []
            for k in range(ENTRIES_PER_DAY):
                entry_id += 1
                when = day_start + timedelta(seconds=k * 17)
                title = f"Story {entry_id} about the budget and the weather"
                entry_rows.append((
                    entry_id, 1 + entry_id % FEEDS, f"urn:e:{entry_id}", f"urn:e:{entry_id}",
                    f"https://n.example/{entry_id}", f"https://n.example/{entry_id}",
                    title.lower(), title, "Summary text. " * 20, "en", None,
                    _iso(when), _iso(when), _iso(when), f"h{entry_id}", None, "done",
                ))
            for k in range(FINDINGS_PER_DAY):
                eid = entry_id - rng.randrange(ENTRIES_PER_DAY)
                claim = rng.choice(claims)
                found = day_start + timedelta(seconds=k * 1200)
                finding_rows.append((
                    eid, claim.id, rng.choice(VERDICTS), round(rng.random(), 3),
                    json.dumps([claim.groups[0].terms["en"][0]]),
                    "Officials said the programme was completed on time.",
                    json.dumps(["completed"]), _iso(found), "bench", "bench",
                ))
            conn.executemany(
                "INSERT INTO entries (id, feed_id, identity, guid, link, canonical_link, title_key,"
                " title, summary, language, source_name, published, first_seen, sort_date,"
                " content_hash, duplicate_of, match_state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry_rows,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO findings (entry_id, claim_id, verdict, score, terms,"
                " sentence, cues, found_at, matcher_version, claims_hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                finding_rows,
            )
        conn.executemany(
            "INSERT INTO claim_status_history (claim_id, status, changed_at, reason)"
            " VALUES (?, ?, ?, 'bench')",
            [(c.id, "updated", _iso(START + timedelta(days=i % DAYS))) for i, c in
             enumerate(claims)],
        )
    n_entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    n_findings = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
    conn.close()
    return time.perf_counter() - started, f"{n_entries} entries, {n_findings} findings"


def render_one_day(path: Path) -> float:
    """Seconds to collect and render (md + html) the digest of day 15."""
    zone = ZoneInfo("UTC")
    start = datetime(2025, 3, 15, tzinfo=zone)
    end = start + timedelta(days=1)
    claims = generated_claims(50)
    settings = DigestSettings(output_dir=path.parent)
    with Store.open(path) as store:
        began = time.perf_counter()
        data = collect_digest(store, claims, start, end, settings, now=end + timedelta(days=30))
        render_markdown(data)
        render_html(data)
        return time.perf_counter() - began


def web_pages(path: Path) -> dict[str, float]:
    """Seconds to answer each web page on this database (best of 5, warm), through
    the whole app: routing, a store opened per request, queries, templates."""
    from tracker.claims import ClaimSet
    from tracker.config import parse_config
    from tracker.web.app import create_app

    config = parse_config(f'[storage]\ndatabase = "{path.name}"\n', path.parent / "c.toml")
    claims = generated_claims(50)
    app = create_app(config, claim_set=ClaimSet(tuple(claims), ()), env={},
                     clock=lambda: START + timedelta(days=DAYS))
    client = app.test_client()
    pages = {"board": "/", "claim": f"/claims/{claims[0].id}", "review queue": "/review",
             "feeds": "/feeds"}
    times: dict[str, float] = {}
    for name, url in pages.items():
        best = float("inf")
        for _ in range(6):  # the first one warms caches and templates
            began = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - began
            if response.status_code != 200:
                raise RuntimeError(f"{url}: HTTP {response.status_code}")
            best = min(best, elapsed)
        times[name] = best
    return times


def file_mb(path: Path) -> float:
    """The database's size with its WAL checkpointed into it, in MB."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size / 1e6


def prune_month(path: Path, keep_days: int) -> tuple[float, int]:
    """Retention over the 30-day database as the service runs it, batch after batch,
    until nothing is left to prune and every free page is given back: (seconds,
    entries pruned)."""
    now = START + timedelta(days=DAYS)
    pruned = 0
    with Store.open(path) as store:
        began = time.perf_counter()
        while True:
            report = store.prune_old_entries(now - timedelta(days=keep_days), now=now)
            pruned += report.entries
            if report.done and report.pages_freed == 0:
                return time.perf_counter() - began, pruned
