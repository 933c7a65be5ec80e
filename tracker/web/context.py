"""What every request of the web app needs: the configuration, the clock, the
claims (re-read when a claim file changes) and a store for the request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from threading import Lock
from zoneinfo import ZoneInfo

from tracker.claims import ClaimSet, claim_files, load_claims
from tracker.config import Config
from tracker.models import Claim
from tracker.store.db import Store

Clock = Callable[[], datetime]


@dataclass
class WebContext:
    config: Config
    clock: Clock
    fixed_claims: ClaimSet | None = None   # instead of reading the folder (benchmarks)
    _claims: ClaimSet | None = None
    _signature: tuple[tuple[str, int, int], ...] = ()
    _lock: Lock = field(default_factory=Lock)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.config.schedule.timezone)

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    def claim_set(self) -> ClaimSet:
        """The claims folder, loaded again only when a file was added, removed or
        changed (a stat per file instead of parsing every file per request)."""
        if self.fixed_claims is not None:
            return self.fixed_claims
        signature = _signature(self.config.claims_dir)
        with self._lock:
            if self._claims is None or signature != self._signature:
                self._claims = load_claims(self.config.claims_dir, self.config.seeds_dir)
                self._signature = signature
            return self._claims

    def claims(self) -> tuple[Claim, ...]:
        return self.claim_set().claims

    def store(self) -> Store:
        return Store.open(self.config.database)


def _signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    if not directory.is_dir():
        return ()
    items = []
    for path in claim_files(directory):
        try:
            stat = path.stat()
        except OSError:
            continue
        items.append((str(path), stat.st_mtime_ns, stat.st_size))
    seeds = directory.parent / "seeds"
    return (*items, ("seeds", int(seeds.is_dir()), 0))
