"""``claimtracker claims show / resolve / reopen``: one claim in full, and setting its
status by hand (docs/review.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from tracker.cli.common import load_setup
from tracker.cli.context import CliContext, pass_cli
from tracker.cli.review_common import by_option, reviewer, zone_of
from tracker.errors import TrackerError
from tracker.review.actions import reopen_claim, resolve_claim
from tracker.review.board import current_board
from tracker.review.listing import list_findings
from tracker.review.timefmt import local_date, local_time
from tracker.store import Store
from tracker.store.records import StatusChange


@click.command(name="show")
@click.argument("claim_id")
@pass_cli
def show(cli: CliContext, claim_id: str) -> None:
    """The claim, its status and how it was derived, its timeline, and every finding
    with its review state."""
    config, claims = load_setup(cli)
    zone = zone_of(config)
    claim = next((c for c in claims if c.id == claim_id), None)
    if claim is None:
        raise click.ClickException(f"claim {claim_id!r}: no such claim")
    now = datetime.now(UTC)
    with Store.open(config.database) as store:
        row = next(r for r in current_board(store, [claim], now.astimezone(zone).date())
                   if r.claim_id == claim_id)
        findings = list_findings(store, claim_id=claim_id)
    echo = click.echo
    echo(f"{claim.id}: {claim.statement}")
    echo(f"times in {zone.key}")
    deadline = claim.expected_by.isoformat() if claim.expected_by else "none"
    if row.days_left is not None:
        deadline += (f" ({row.days_left} days left)" if row.days_left >= 0
                     else f" ({-row.days_left} days overdue)")
    echo(f"deadline: {deadline}")
    echo(f"status: {row.status} — {row.reason}")
    if row.resolution is not None:
        res = row.resolution
        echo(f"  resolved by hand by {res.by} at {local_time(res.at, zone)}: {res.note}"
             " (claimtracker claims reopen to derive it again)")
    elif row.evidence is not None:
        ev = row.evidence
        source = ev.entry.source_name or ev.entry.feed_name
        echo(f"  derived from: [{ev.verdict}] {ev.entry.title} ({source}, "
             f"{local_date(ev.entry.date, zone)}) {ev.entry.link or ''}")
        echo(f"  independent sources: {row.sources}")
    else:
        echo("  derived from: no counted flag")
    echo("timeline:")
    if not row.timeline:
        echo("  (no flags)")
    for point in row.timeline:
        echo(f"  {point.day.isoformat()}  {point.verdict:<11} #{point.finding_id} {point.title}")
    echo("findings:")
    for item in findings:
        f = item.finding
        state = "unreviewed" if item.review is None else (
            f"{item.review.action}{' ' + str(item.review.verdict) if item.review.verdict else ''}"
            f" by {item.review.by} {local_time(item.review.at, zone)}"
            + (f": {item.review.note}" if item.review.note else ""))
        echo(f"  #{f.id} [{f.verdict} {f.score:.2f}] {local_date(f.entry.date, zone)} "
             f"{f.entry.title} ({item.source}) — {state}")


@click.command(name="resolve")
@click.argument("claim_id")
@click.argument("status")
@click.option("--note", required=True, help="The reason (required).")
@by_option
@pass_cli
def resolve(cli: CliContext, claim_id: str, status: str, note: str, by: str | None) -> None:
    """Set CLAIM_ID's status by hand (STATUS: open, confirmed, updated, contradicted,
    overdue) until ``claims reopen``."""
    config, claims = load_setup(cli)
    with Store.open(config.database) as store:
        try:
            changes = resolve_claim(store, claims, claim_id, status, note=note,
                                    by=reviewer(by), now=datetime.now(UTC))
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{claim_id}: resolved as {status} by hand")
    _changes(changes)


@click.command(name="reopen")
@click.argument("claim_id")
@click.option("--note", default="", help="Why.")
@by_option
@pass_cli
def reopen(cli: CliContext, claim_id: str, note: str, by: str | None) -> None:
    """End CLAIM_ID's manual resolution: its status derives from its findings again."""
    config, claims = load_setup(cli)
    with Store.open(config.database) as store:
        try:
            changes = reopen_claim(store, claims, claim_id, by=reviewer(by),
                                   now=datetime.now(UTC), note=note)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{claim_id}: reopened")
    _changes(changes)


def _changes(changes: list[StatusChange]) -> None:
    for change in changes:
        click.echo(f"status: {change.claim_id}: {change.old_status or '-'} -> "
                   f"{change.new_status}")
