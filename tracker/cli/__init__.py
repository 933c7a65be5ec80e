"""The ``claimtracker`` command line: a thin shell over the pipeline.

Each command group lives in its own module and is registered below. Configuration
is read here, at the edge, and handed to the core as plain values.
"""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import click

from tracker import __version__
from tracker.cli.context import CliContext
from tracker.errors import TrackerError

# Modules that define one click command (or group) named ``command`` each.
COMMAND_MODULES: tuple[str, ...] = (
    "tracker.cli.scan_cmd",
    "tracker.cli.claims_cmd",
    "tracker.cli.poll_cmd",
    "tracker.cli.rematch_cmd",
    "tracker.cli.feeds_cmd",
    "tracker.cli.digest_cmd",
    "tracker.cli.eval_cmd",
    "tracker.cli.serve_cmd",
    "tracker.cli.status_cmd",
    "tracker.cli.demo_cmd",
    "tracker.cli.init_cmd",
    "tracker.cli.backup_cmd",
)


class _Main(click.Group):
    """Errors the user can act on (a locked or missing database, a read-only
    folder) end a command with one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
        except sqlite3.Error as exc:
            raise click.ClickException(f"database error: {exc}") from exc


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default="config.toml",
    show_default=True,
    help="Configuration file; relative paths inside it resolve against its folder.",
)
@click.version_option(__version__, prog_name="claimtracker")
@click.pass_context
def main(ctx: click.Context, config_path: Path) -> None:
    """Track the forward-looking claims of news articles across news feeds."""
    ctx.obj = CliContext(config_path=config_path)


for _name in COMMAND_MODULES:
    main.add_command(importlib.import_module(_name).command)
