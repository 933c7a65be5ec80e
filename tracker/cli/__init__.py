"""The ``claimtracker`` command line: a thin shell over the pipeline.

Each command group lives in its own module and is registered below. Configuration
is read here, at the edge, and handed to the core as plain values.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from tracker import __version__
from tracker.cli.context import CliContext, TrackerGroup

# Modules that define one click command (or group) named ``command`` each.
COMMAND_MODULES: tuple[str, ...] = (
    "tracker.cli.scan_cmd",
    "tracker.cli.explain_cmd",
    "tracker.cli.claims_cmd",
    "tracker.cli.entities_cmd",
    "tracker.cli.poll_cmd",
    "tracker.cli.rematch_cmd",
    "tracker.cli.feeds_cmd",
    "tracker.cli.digest_cmd",
    "tracker.cli.eval_cmd",
    "tracker.cli.serve_cmd",
    "tracker.cli.status_cmd",
    "tracker.cli.demo_cmd",
    "tracker.cli.findings_cmd",
    "tracker.cli.web_cmd",
    "tracker.cli.init_cmd",
    "tracker.cli.backup_cmd",
)


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
