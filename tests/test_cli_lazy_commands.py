"""The CLI module loads its commands when they run, not on import. A parse/match
worker process imports the program's main module (the ``claimtracker`` script, so
``tracker.cli``): with every command loaded it would also carry the store, the
matcher, the digest templates and the HTTP client it never uses
(docs/performance.md, "Lighter processes"). Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import click
from click.testing import CliRunner

from tracker.cli import COMMANDS, main

HEAVY = ("tracker.store", "tracker.match", "tracker.digest", "tracker.fetch", "jinja2",
         "requests", "sqlite3", "apscheduler")
PROBE = """
import json, sys
import tracker.cli
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
"""


def test_importing_the_cli_loads_no_command() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY)],
                         capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(out.stdout) == []


def test_every_named_command_loads_under_its_name() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    for name in COMMANDS:
        assert f"\n  {name} " in result.output, name
        assert main.get_command(click.Context(main), name) is not None


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command" in result.output
