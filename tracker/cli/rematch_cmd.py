"""``claimtracker rematch``: judge every stored story again (claims or matcher changed)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from tracker.cli.common import load_setup, open_store
from tracker.cli.context import CliContext, pass_cli


@click.command(name="rematch")
@pass_cli
def command(cli: CliContext) -> None:
    """Re-match all stored entries against the current claims; update findings in place."""
    from tracker.service.with_config import rematch_with_config

    config, claims = load_setup(cli)
    with open_store(config) as store:
        report = rematch_with_config(store, claims, now=datetime.now(UTC))
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(report.summary())
    for change in report.status_changes:
        click.echo(f"status: {change.claim_id}: {change.old_status or '-'} -> "
                   f"{change.new_status}")
