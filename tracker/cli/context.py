"""State shared by all commands: where the configuration lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class CliContext:
    """Holds the ``--config`` path; commands load what they need from it lazily."""

    config_path: Path

    def default_claims_dir(self) -> Path:
        """``claims/`` beside the config file if it exists, else ``./claims``."""
        beside = self.config_path.resolve().parent / "claims"
        if self.config_path.exists() and beside.is_dir():
            return beside
        return Path.cwd() / "claims"
