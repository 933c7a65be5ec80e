"""``claimtracker rematch``: judge every stored story again (claims or matcher changed)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from tracker.cli.common import load_claim_setup, open_store
from tracker.cli.context import CliContext, pass_cli


@click.command(name="rematch")
@pass_cli
def command(cli: CliContext) -> None:
    """Re-match all stored entries against the current claims; update findings in place.

    A claim whose file fails to load is skipped: its findings and status are kept
    as stored, one line says so, and the command exits with status 1.
    """
    from tracker.poll.hold import hold_unloaded
    from tracker.service.with_config import rematch_with_config

    config, claim_set = load_claim_setup(cli)
    with open_store(config) as store:
        skipped = hold_unloaded(store, claim_set)
        report = rematch_with_config(store, claim_set.claims, now=datetime.now(UTC),
                                     learned=config.matcher.learned_judge)
    for line in skipped:
        click.echo(line, err=True)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(report.summary())
    for change in report.status_changes:
        click.echo(f"status: {change.claim_id}: {change.old_status or '-'} -> "
                   f"{change.new_status}")
    if skipped or not claim_set.claims:
        raise click.exceptions.Exit(1)
