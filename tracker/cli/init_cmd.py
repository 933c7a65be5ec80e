"""``claimtracker init``: create the database (the service never recreates one that
disappeared while it ran)."""

from __future__ import annotations

import click

from tracker.cli.common import load_config_only
from tracker.errors import TrackerError
from tracker.store import Store
from tracker.store.schema import SCHEMA_VERSION


@click.command(name="init")
@click.pass_context
def command(ctx: click.Context) -> None:
    """Create the configured database if it does not exist (existing data is kept)."""
    config = load_config_only(ctx)
    existed = config.database.exists()
    try:
        Store.open(config.database, busy_timeout=config.busy_timeout).close()
    except TrackerError as exc:
        raise click.ClickException(str(exc)) from exc
    if existed:
        click.echo(f"database {config.database} already exists (schema {SCHEMA_VERSION}): "
                   "nothing to do")
    else:
        click.echo(f"created database {config.database} (schema {SCHEMA_VERSION})")
