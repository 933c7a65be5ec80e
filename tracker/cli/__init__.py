"""The ``claimtracker`` command line: a thin shell over the pipeline.

Each command group lives in its own module and is registered below. Configuration
is read here, at the edge, and handed to the core as plain values.
"""

from __future__ import annotations

from pathlib import Path

import click

from tracker import __version__
from tracker.cli.context import CliContext, TrackerGroup

# Each command (or group) by name, and the module that defines it as ``command``.
# Modules load when their command runs (or help lists it): the CLI starts light, and
# so do the parse/match worker processes, which import the program's main module.
COMMANDS: dict[str, str] = {
    "scan": "tracker.cli.scan_cmd",
    "explain": "tracker.cli.explain_cmd",
    "claims": "tracker.cli.claims_cmd",
    "entities": "tracker.cli.entities_cmd",
    "lexicon": "tracker.cli.lexicon_cmd",
    "poll": "tracker.cli.poll_cmd",
    "rematch": "tracker.cli.rematch_cmd",
    "feeds": "tracker.cli.feeds_cmd",
    "digest": "tracker.cli.digest_cmd",
    "eval": "tracker.cli.eval_cmd",
    "serve": "tracker.cli.serve_cmd",
    "status": "tracker.cli.status_cmd",
    "demo": "tracker.cli.demo_cmd",
    "findings": "tracker.cli.findings_cmd",
    "web": "tracker.cli.web_cmd",
    "init": "tracker.cli.init_cmd",
    "backup": "tracker.cli.backup_cmd",
}


@click.group(cls=TrackerGroup, commands_from=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
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
