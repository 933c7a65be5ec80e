"""``claimtracker backup FILE``: a consistent copy of the database, safe while the
service runs (docs/service.md says how to restore it)."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.context import CliContext, pass_cli
from tracker.store import Store


@click.command(name="backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace TARGET if it exists.")
@pass_cli
def command(cli: CliContext, target: Path, force: bool) -> None:
    """Copy the database to TARGET with SQLite's online backup (the service may run)."""
    config = cli.config()
    if target.exists() and not force:
        raise click.ClickException(f"{target}: already exists (use --force to replace it)")
    with Store.open(config.database, create=False, busy_timeout=config.busy_timeout) as store:
        size = store.backup(target)
    click.echo(f"backed up {config.database} to {target} ({size:,} bytes)")
