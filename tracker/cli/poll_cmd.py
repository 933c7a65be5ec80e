"""``claimtracker poll [--all]``: run one poll cycle now."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import FrameType

import click

from tracker.cli.common import load_claim_setup, open_store
from tracker.cli.context import CliContext, pass_cli
from tracker.poll.failures import (
    connect_failed,
    failure_lines,
    ignored_proxy_note,
    network_failure_lines,
    network_reason,
)
from tracker.poll.report import FeedOutcome


def _progress_line(outcome: FeedOutcome) -> None:
    if network_reason(outcome):  # said once at the end if every feed fails alike
        return
    detail = outcome.reason if outcome.error else (
        f"+{outcome.new} new, {outcome.updated} updated")
    click.echo(f"{outcome.state:<12} {outcome.name}: {detail}", err=True)


@contextmanager
def _stop_on_interrupt(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C (or SIGTERM) sets ``stop``: the poll stores what it fetched and ends.
    A second Ctrl-C quits at once (SQLite undoes an unfinished transaction)."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        click.echo("stopping: storing the feeds already fetched "
                   "(Ctrl-C again to quit at once)", err=True)

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only (a poll run from a test's thread)
        return
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@click.command(name="poll")
@click.option("--all", "force_all", is_flag=True,
              help="Poll every enabled feed now, even those not due yet.")
@pass_cli
def command(cli: CliContext, force_all: bool) -> None:
    """Fetch the due feeds, store new entries, match them against the claims.

    Exits non-zero only when feeds were due and none of them could be polled.
    """
    from tracker.poll.hold import hold_unloaded
    from tracker.service.with_config import poll_with_config  # the heavy parts, loaded on use

    config, claim_set = load_claim_setup(cli)
    claims = claim_set.claims
    progress = _progress_line if sys.stderr.isatty() else None
    now = datetime.now(UTC)
    stop = threading.Event()
    with open_store(config) as store, _stop_on_interrupt(stop):
        for line in hold_unloaded(store, claim_set):
            click.echo(line, err=True)
        report = poll_with_config(config, store, claims, now=now,
                                  force_all=force_all, progress=progress, stop=stop)
    # on a terminal, progress lines showed all but the network-level errors already
    lines = (failure_lines(report.outcomes) if progress is None
             else network_failure_lines(report.outcomes))
    for line in lines:
        click.echo(f"error: {line}", err=True)
    # Errors that belong to no feed (e.g. the matcher failing on one entry).
    feed_messages = {o.error for o in report.outcomes if o.error}
    for error in report.errors:
        if error not in feed_messages:
            click.echo(f"error: {error}", err=True)
    if any(connect_failed(o) for o in report.outcomes):
        note = ignored_proxy_note(os.environ, config.http.proxy_from_environment)
        if note:
            click.echo(f"note: {note}", err=True)
    click.echo(report.summary())
    idle = report.idle_line(now)
    if idle:
        click.echo(idle)
    for change in report.status_changes:
        old = change.old_status or "-"
        click.echo(f"status: {change.claim_id}: {old} -> {change.new_status}")
    if report.interrupted:
        raise click.exceptions.Exit(130)  # the shell's code for "stopped by Ctrl-C"
    if report.polled and report.ok + report.not_modified == 0:
        raise click.exceptions.Exit(1)
