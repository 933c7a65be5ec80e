"""The real jobs: poll, digest and delivery wired to the pipeline from a ``Config``.

Each job opens its own ``Store`` for the run: the poll and the digest run in
different scheduler threads, and a store is meant for one thread at a time.
Claims are re-read at every poll, so editing a claim file takes effect without
a restart (stored findings are re-judged when the claims or matcher changed).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.claims import ClaimSet, load_claims
from tracker.config import Config
from tracker.deliver.digest_files import deliver_digest
from tracker.digest.collect import collect_digest
from tracker.digest.daily import day_bounds, write_day_digest
from tracker.digest.summary import alert_body, digest_subject
from tracker.models import Claim
from tracker.poll.failures import network_failure_lines, network_reason
from tracker.poll.hold import hold_unloaded
from tracker.poll.rematching import rematch_due
from tracker.poll.report import FeedOutcome
from tracker.service.service import Clock
from tracker.service.with_config import poll_with_config, rematch_with_config, version_for
from tracker.store import Store

log = logging.getLogger("tracker.service")


def _nothing() -> None:
    return None


class Pipeline:
    """Builds the callables the ``Service`` schedules, from one configuration."""

    def __init__(self, config: Config, stop: threading.Event, clock: Clock,
                 env: Mapping[str, str]) -> None:
        self.config = config
        self.stop = stop
        self.clock = clock
        self.env = env
        self.zone = ZoneInfo(config.schedule.timezone)
        self._reported_problems: set[str] = set()
        self.beat: Callable[[], None] = _nothing  # progress hook (the systemd watchdog)

    def open_store(self) -> Store:
        """The database, never created here: one deleted while the service runs is
        an error at every job (logged), not a silent fresh start."""
        return Store.open(self.config.database, create=False,
                          busy_timeout=self.config.busy_timeout)

    def load_claims(self) -> tuple[Claim, ...]:
        return self.load_claim_set().claims

    def load_claim_set(self) -> ClaimSet:
        claim_set = load_claims(self.config.claims_dir, self.config.seeds_dir)
        for problem in claim_set.problems:
            # Same bad file every poll: say it once per service run.
            if str(problem) not in self._reported_problems:
                self._reported_problems.add(str(problem))
                log.warning("claim file skipped: %s", problem)
        return claim_set

    def hold(self, store: Store, claim_set: ClaimSet) -> None:
        """Keep the findings of claims whose file fails to load (one line each)."""
        for line in hold_unloaded(store, claim_set):
            if line not in self._reported_problems:  # once per service run
                self._reported_problems.add(line)
                log.warning("%s", line)

    def rematch_if_needed(self, store: Store, claims: tuple[Claim, ...]) -> None:
        """Re-judge stored entries when the claims or the matcher changed since."""
        learned = self.config.matcher.learned_judge
        if not rematch_due(store, claims, version_for(learned)):
            return
        log.info("claims or matcher changed: re-matching stored entries")
        report = rematch_with_config(store, claims, now=self.clock(), learned=learned)
        log.info("rematch done: %s", report.summary())

    def _between_feeds(self, outcome: FeedOutcome) -> None:
        if outcome.error and not network_reason(outcome):  # those: once, after the cycle
            log.warning("feed %s: %s: %s", outcome.state, outcome.name, outcome.reason)
        self.beat()  # progress, for the systemd watchdog (tracker.service.notify)

    def poll(self) -> str:
        """One poll cycle; returns the one-line summary recorded in meta.

        When the service is stopping, the cycle stops fetching at once and
        stores what was already fetched (run_cycle's ``stop``)."""
        claim_set = self.load_claim_set()
        claims = claim_set.claims
        with self.open_store() as store:
            self.hold(store, claim_set)
            self.rematch_if_needed(store, claims)
            now = self.clock()
            report = poll_with_config(self.config, store, claims, now=now,
                                      progress=self._between_feeds, stop=self.stop)
            if not report.interrupted:
                self.prune(store, now)
        for line in network_failure_lines(report.outcomes):
            log.warning("%s", line if line.startswith("network unreachable")
                        else f"feed failed: {line}")
        if report.interrupted:
            log.info("poll %s", report.summary())
            kept = report.summary().removeprefix("interrupted: ")
            return f"interrupted (service stopping): {kept}"
        for change in report.status_changes:
            log.info("claim %s: %s -> %s", change.claim_id, change.old_status or "-",
                     change.new_status)
        return report.summary()

    def prune(self, store: Store, now: datetime) -> None:
        """Retention after each poll: a few small batches (the rest next time)."""
        if self.config.retention_days <= 0:
            return
        cutoff = now - timedelta(days=self.config.retention_days)
        pruned = store.prune_old_entries(cutoff, now=now)
        if pruned.entries or pruned.pages_freed:
            log.info("retention: text of %d entries older than %d days without a finding "
                     "removed, %d pages freed%s", pruned.entries, self.config.retention_days,
                     pruned.pages_freed, "" if pruned.done else " (more next poll)")

    def digest(self, day: date) -> None:
        """Write the digest files of ``day`` (local day in the configured zone)."""
        claims = self.load_claims()
        with self.open_store() as store:
            md_path, html_path = write_day_digest(store, claims, day, self.zone,
                                                  self.config.digest, self.clock())
        log.info("digest for %s written: %s, %s", day, md_path, html_path)

    def deliver_job(self) -> Callable[[date], None] | None:
        """The delivery job, or None when neither e-mail nor alerts are configured."""
        delivery = self.config.delivery
        if not delivery.configured:
            return None

        def deliver(day: date) -> None:
            # The subject and alert text say what moved, as `digest --send` does; the
            # day's data is read again (as of the day's end, so it matches the files).
            start, end = day_bounds(day, self.zone)
            with self.open_store() as store:
                data = collect_digest(store, self.load_claims(), start, end,
                                      self.config.digest, self.clock())
            out = self.config.digest.output_dir
            deliver_digest(delivery, out / f"{day.isoformat()}.md",
                           out / f"{day.isoformat()}.html", self.env,
                           subject=digest_subject(data), alert=alert_body(data))

        return deliver
