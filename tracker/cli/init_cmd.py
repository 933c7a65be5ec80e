"""``claimtracker init``: create the database (the service never recreates one that
disappeared while it ran)."""

from __future__ import annotations

import click

from tracker.cli.context import CliContext, pass_cli
from tracker.store import Store
from tracker.store.schema import SCHEMA_VERSION


@click.command(name="init")
@pass_cli
def command(cli: CliContext) -> None:
    """Create the configured database if it does not exist (existing data is kept)."""
    config = cli.config()
    existed = config.database.exists()
    Store.open(config.database, busy_timeout=config.busy_timeout).close()
    if existed:
        click.echo(f"database {config.database} already exists (schema {SCHEMA_VERSION}): "
                   "nothing to do")
    else:
        click.echo(f"created database {config.database} (schema {SCHEMA_VERSION})")
