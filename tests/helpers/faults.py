"""Shared parts of the fault tests (tests/test_fault_*.py): a throw-away project
(own claim file, config.toml, no search feeds) and running the real CLI on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from tracker.cli import main
from tracker.service.service import ScheduleValues

CLAIM_ID = "zorblax-dock"
SCHEDULE = ScheduleValues(poll_minutes=60, jitter_seconds=0, digest_time=time(7, 0),
                          timezone=ZoneInfo("UTC"))
"""The service's schedule in tests that drive its jobs by hand."""


SEED = """
id = "test-seed"
title = "Zorblax dock due"
language = "en"
published = 2025-01-15
covers = "A test article."
text = "test-seed.txt"
claims = ["zorblax-dock"]
"""


def claim_text(expected_by: str = "2031-03-31") -> str:
    return f"""
id = "{CLAIM_ID}"
statement = "The Zorblax Orbital Dock will be inaugurated by March 2031."
seed = "test-seed"
claimed_on = 2025-01-15
expected_by = {expected_by}

[source]
language = "en"
text = "The Zorblax Orbital Dock is due to be inaugurated."

[[groups]]
name = "dock"
role = "required"
en = ["Zorblax Orbital Dock", "Zorblax dock"]

[cues.confirms]
en = ["inaugurated", "opened"]
"""


def write_project(folder: Path, feeds: Sequence[tuple[str, str]] = (), *,
                  expected_by: str = "2031-03-31", extra: str = "") -> Path:
    """claims/, seeds/ and config.toml under ``folder``; returns the config path.

    ``extra`` is appended to config.toml (more tables: [schedule], [storage] keys
    go in through ``storage``)."""
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    (folder / "seeds" / "test-seed.toml").write_text(SEED, encoding="utf-8")
    (folder / "seeds" / "test-seed.txt").write_text("The dock is due.\n", encoding="utf-8")
    (folder / "claims" / f"{CLAIM_ID}.toml").write_text(claim_text(expected_by),
                                                        encoding="utf-8")
    tables = "".join(f'\n[[feeds]]\nname = "{name}"\nurl = "{url}"\nlanguage = "en"\n'
                     for name, url in feeds)
    config = folder / "config.toml"
    config.write_text(
        '[storage]\ndatabase = "data/db.sqlite3"\n'
        '[claims]\ndir = "claims"\nseeds_dir = "seeds"\n'
        "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
        '[digest]\noutput_dir = "digests"\n'
        "[search_feeds]\nenabled = false\n" + extra + tables,
        encoding="utf-8",
    )
    return config


def run(config: Path, *args: str) -> tuple[int, str, str]:
    """Run ``claimtracker --config CONFIG ARGS``: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: uncaught {result.exception!r}\n{result.stderr}") \
            from result.exception
    return result.exit_code, result.stdout, result.stderr


REPO = Path(__file__).resolve().parents[2]


def cli_command(config: Path, *args: str) -> list[str]:
    """The real ``claimtracker`` as a subprocess command line.

    As root, file permissions do not apply; the command then runs without the
    capabilities that bypass them (capsh), so a read-only folder is read-only."""
    command = [sys.executable, "-m", "tracker", "--config", str(config), *args]
    if os.geteuid() != 0:
        return command
    capsh = shutil.which("capsh")
    if capsh is None:
        pytest.skip("running as root without capsh: cannot make a folder read-only")
    return [capsh, "--drop=cap_dac_override,cap_dac_read_search,cap_fowner", "--",
            "-c", 'exec "$@"', "sh", *command]


def run_process(config: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(config, *args), cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                          check=False)
