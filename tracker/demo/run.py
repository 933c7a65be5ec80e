"""Run the demo: serve the samples, poll them with the real pipeline, write the digest.

The demo runs on a fixed clock, so its statuses and digest are the same on every
run and every machine (news from March 2025 "found" today would look stale). As
the service would: it polls during the last day of the week of sample news
(``POLL_AT``) and writes that week's digest the next morning (``DIGEST_AT``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.claims import load_claims
from tracker.config import Config, load_config
from tracker.demo.samples import SAMPLE_FEEDS
from tracker.demo.server import LocalServer
from tracker.digest import collect_digest, write_digest
from tracker.errors import ClaimError
from tracker.models import Claim, ClaimStatus
from tracker.poll.report import CycleReport
from tracker.service.with_config import poll_with_config
from tracker.store import Store

POLL_AT = datetime(2025, 3, 30, 12, 0, tzinfo=UTC)
DIGEST_AT = datetime(2025, 3, 31, 6, 0, tzinfo=UTC)
DIGEST_DAYS = 7  # the week of sample news, ending with POLL_AT's day


@dataclass
class DemoResult:
    workdir: Path
    config_path: Path
    report: CycleReport
    statuses: list[tuple[str, ClaimStatus, str]]  # claim id, status, statement
    digest_md: Path
    digest_html: Path
    claim_problems: list[ClaimError] = field(default_factory=list)


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_demo_config(workdir: Path, base_url: str, claims_dir: Path,
                      seeds_dir: Path | None) -> Path:
    """A config.toml for the demo: local feeds only, no search feeds, no delivery."""
    lines = [
        "# Written by `claimtracker demo`: local sample feeds, throw-away database.",
        "[storage]",
        f"database = {_toml_string(str(workdir / 'demo.sqlite3'))}",
        "[claims]",
        f"dir = {_toml_string(str(claims_dir))}",
    ]
    if seeds_dir is not None:
        lines.append(f"seeds_dir = {_toml_string(str(seeds_dir))}")
    lines += [
        "[http]",
        "connect_timeout = 5.0",
        "read_timeout = 10.0",
        "total_timeout = 20.0",
        "[schedule]",
        'timezone = "UTC"',
        "[digest]",
        f"output_dir = {_toml_string(str(workdir / 'digests'))}",
        "[search_feeds]",
        "enabled = false",
    ]
    for feed in SAMPLE_FEEDS:
        lines += [
            "",
            "[[feeds]]",
            f"name = {_toml_string(feed.name)}",
            f"url = {_toml_string(f'{base_url}/feeds/{feed.filename}')}",
            f"language = {_toml_string(feed.language)}",
        ]
    path = workdir / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_demo(workdir: Path, claims_dir: Path, seeds_dir: Path | None = None) -> DemoResult:
    """Everything the demo does; returns what it printed about (no printing here)."""
    workdir.mkdir(parents=True, exist_ok=True)
    claim_set = load_claims(claims_dir, seeds_dir)
    documents = {f"/feeds/{f.filename}": (f.body(), f.content_type) for f in SAMPLE_FEEDS}
    with LocalServer(documents) as server:
        config_path = write_demo_config(workdir, server.base_url, claims_dir, seeds_dir)
        config = load_config(config_path)
        # A re-run in the same work folder starts from an empty database.
        for stale in config.database.parent.glob(config.database.name + "*"):
            stale.unlink()
        with Store.open(config.database) as store:
            report = poll_with_config(config, store, claim_set.claims, now=POLL_AT,
                                      force_all=True)
            digest_md, digest_html = _write_digest(config, store, claim_set.claims)
            current = store.current_statuses()
    statuses = [
        (c.id, current[c.id].status if c.id in current else ClaimStatus.OPEN, c.statement)
        for c in claim_set.claims
    ]
    return DemoResult(workdir, config_path, report, statuses, digest_md, digest_html,
                      list(claim_set.problems))


def _write_digest(config: Config, store: Store, claims: Sequence[Claim]) -> tuple[Path, Path]:
    end = datetime.combine(POLL_AT.date() + timedelta(days=1), time(0), tzinfo=ZoneInfo("UTC"))
    start = end - timedelta(days=DIGEST_DAYS)
    data = collect_digest(store, claims, start, end, config.digest, DIGEST_AT)
    return write_digest(data, config.digest.output_dir)
