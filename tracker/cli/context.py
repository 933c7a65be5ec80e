"""What every command shares: the ``--config`` path (``CliContext``, handed to commands
by ``pass_cli``) and ``TrackerGroup``, which turns a ``TrackerError`` raised by any
command into a click error: its one-line message on stderr, exit status 1."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tracker.errors import TrackerError

if TYPE_CHECKING:
    from tracker.config import Config


@dataclass
class CliContext:
    """Holds the ``--config`` path; commands load what they need from it lazily."""

    config_path: Path = Path("config.toml")

    def config(self) -> Config:
        """The configuration (a ``ConfigError`` names the file and key)."""
        from tracker.config import load_config

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
                return self.config().claims_dir
            except TrackerError:
                pass
            beside = self.config_path.resolve().parent / "claims"
            if beside.is_dir():
                return beside
        return Path.cwd() / "claims"


pass_cli = click.make_pass_decorator(CliContext, ensure=True)
"""Hands a command the ``CliContext`` (a default one when run outside ``main``)."""


class TrackerGroup(click.Group):
    """The top-level group: the one place a ``TrackerError`` becomes a click error.
    Its commands are named in ``commands_from`` (name -> module defining ``command``)
    and imported when first asked for."""

    def __init__(self, *args: Any, commands_from: Mapping[str, str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._modules = dict(commands_from or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._modules})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = self._modules.get(cmd_name)
        if module is not None:  # an import error shows itself and leaves the name listed
            self.add_command(importlib.import_module(module).command, cmd_name)
            del self._modules[cmd_name]
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
