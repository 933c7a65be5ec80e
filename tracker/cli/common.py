"""Pieces shared by several commands: the ``--claims`` option, loading the config
and claims at the edge (problems reported, good claims kept), opening the store."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from tracker.claims import load_claims
from tracker.cli.context import CliContext
from tracker.config import Config, load_config
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


def resolve_claims_dir(ctx: click.Context, claims_dir: Path | None) -> Path:
    """The ``--claims`` value, else the default folder from the CLI context."""
    if claims_dir is not None:
        return claims_dir
    context = ctx.find_object(CliContext)
    if context is None:  # command run outside the main group (e.g. in a test)
        return Path.cwd() / "claims"
    return context.default_claims_dir()


def print_problems(problems: Iterable[TrackerError]) -> int:
    """Print each problem on its own stderr line; return how many there were."""
    count = 0
    for problem in problems:
        click.echo(str(problem), err=True)
        count += 1
    return count


def load_config_only(ctx: click.Context) -> Config:
    """The configuration, for commands that need no claims."""
    context = ctx.find_object(CliContext)
    if context is None:
        raise click.ClickException("no CLI context (run through 'claimtracker')")
    try:
        return load_config(context.config_path)
    except TrackerError as exc:
        raise click.ClickException(str(exc)) from exc


def load_setup(ctx: click.Context) -> tuple[Config, tuple[Claim, ...]]:
    """Config and claims for a command; claim problems go to stderr and we go on."""
    config = load_config_only(ctx)
    return config, configured_claims(config)


def configured_claims(config: Config) -> tuple[Claim, ...]:
    """The good claims of the config's claims folder; problems are warnings on stderr."""
    claim_set = load_claims(config.claims_dir, config.seeds_dir)
    for problem in claim_set.problems:
        click.echo(f"warning: {problem}", err=True)
    return claim_set.claims


def open_store(config: Config) -> Store:
    """The configured database; created when missing (a first run), except while a
    service runs on it: then it was deleted under the service, and a new empty one
    would hide that."""
    create = (config.database.exists()
              or running_pid(lock_path_for(config.database)) is None)
    try:
        return Store.open(config.database, create=create, busy_timeout=config.busy_timeout)
    except TrackerError as exc:
        raise click.ClickException(str(exc)) from exc
