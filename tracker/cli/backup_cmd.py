"""``claimtracker backup FILE``: a consistent copy of the database, safe while the
service runs (docs/service.md says how to restore it)."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.common import load_config_only
from tracker.errors import TrackerError
from tracker.store import Store


@click.command(name="backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace TARGET if it exists.")
@click.pass_context
def command(ctx: click.Context, target: Path, force: bool) -> None:
    """Copy the database to TARGET with SQLite's online backup (the service may run)."""
    config = load_config_only(ctx)
    if target.exists() and not force:
        raise click.ClickException(f"{target}: already exists (use --force to replace it)")
    try:
        with Store.open(config.database, create=False,
                        busy_timeout=config.busy_timeout) as store:
            size = store.backup(target)
    except TrackerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"backed up {config.database} to {target} ({size:,} bytes)")
