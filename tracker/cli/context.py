"""State shared by all commands: where the configuration lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.config import load_config
from tracker.errors import TrackerError


@dataclass
class CliContext:
    """Holds the ``--config`` path; commands load what they need from it lazily."""

    config_path: Path

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
