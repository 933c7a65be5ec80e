"""What every command shares: the ``--config`` path (``CliContext``, handed to commands
by ``pass_cli``) and ``TrackerGroup``, which turns a ``TrackerError`` raised by any
command into a click error: its one-line message on stderr, exit status 1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from tracker.config import Config, load_config
from tracker.errors import TrackerError


@dataclass
class CliContext:
    """Holds the ``--config`` path; commands load what they need from it lazily."""

    config_path: Path = Path("config.toml")

    def config(self) -> Config:
        """The configuration (a ``ConfigError`` names the file and key)."""
        return load_config(self.config_path)

    def claims_dir(self, given: Path | None) -> Path:
        """``--claims`` when given, else ``default_claims_dir()``."""
        return given if given is not None else self.default_claims_dir()

    def default_claims_dir(self) -> Path:
        """The config's ``[claims] dir``; else ``claims/`` beside the config file if it
        exists; else ``./claims``. A broken config is reported by the commands that
        need it; for finding claims we fall back to the folder beside it."""
        if self.config_path.exists():
            try:
                return load_config(self.config_path).claims_dir
            except TrackerError:
                pass
            beside = self.config_path.resolve().parent / "claims"
            if beside.is_dir():
                return beside
        return Path.cwd() / "claims"


pass_cli = click.make_pass_decorator(CliContext, ensure=True)
"""Hands a command the ``CliContext`` (a default one when run outside ``main``)."""


class TrackerGroup(click.Group):
    """The top-level group: the one place a ``TrackerError`` becomes a click error."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
