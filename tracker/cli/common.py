"""Pieces shared by several commands: the ``--claims`` and ``--format`` options, and
loading the config and claims at the edge (problems reported, good claims kept)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import click

from tracker.claims import ClaimSet, load_claims
from tracker.cli.context import CliContext
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.models import Claim
from tracker.service.lock import lock_path_for, running_pid
from tracker.store import Store

_CLAIMS_OPTION_HELP = (
    "Claims folder (default: the config's [claims] dir, else claims/ beside the config "
    "file, else ./claims)."
)


def claims_dir_option(function: click.decorators.FC) -> click.decorators.FC:
    """The ``--claims DIR`` option of every command that reads the claims folder."""
    return click.option(
        "--claims",
        "claims_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help=_CLAIMS_OPTION_HELP,
    )(function)


def format_option(
    choices: Sequence[str], help_text: str, default: str | None = "text",
) -> Callable[[click.decorators.FC], click.decorators.FC]:
    """The ``--format`` option (parameter ``output_format``) of every command that
    prints in more than one format."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=default,
        show_default=default is not None,
        help=help_text,
    )


def print_problems(problems: Iterable[TrackerError], prefix: str = "") -> int:
    """Print each problem on its own stderr line; return how many there were."""
    count = 0
    for problem in problems:
        click.echo(f"{prefix}{problem}", err=True)
        count += 1
    return count


def load_setup(cli: CliContext) -> tuple[Config, tuple[Claim, ...]]:
    """Config and claims for a command; claim problems go to stderr and we go on."""
    config = cli.config()
    return config, configured_claims(config)


def load_claim_setup(cli: CliContext) -> tuple[Config, ClaimSet]:
    """Config and the whole claim set (for commands that must know which claim files
    failed to load); problems are warnings on stderr."""
    config = cli.config()
    claim_set = load_claims(config.claims_dir, config.seeds_dir)
    print_problems(claim_set.problems, prefix="warning: ")
    return config, claim_set


def configured_claims(config: Config) -> tuple[Claim, ...]:
    """The good claims of the config's claims folder; problems are warnings on stderr."""
    claim_set = load_claims(config.claims_dir, config.seeds_dir)
    print_problems(claim_set.problems, prefix="warning: ")
    return claim_set.claims


def open_store(config: Config) -> Store:
    """The configured database; created when missing (a first run), except while a
    service runs on it: then it was deleted under the service, and a new empty one
    would hide that (a ``StorageError`` says so)."""
    create = (config.database.exists()
              or running_pid(lock_path_for(config.database)) is None)
    return Store.open(config.database, create=create, busy_timeout=config.busy_timeout)
