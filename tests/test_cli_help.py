"""Every command of the CLI, including ones added later, has help text, a working --help,
and a mention in the docs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner
from helpers.project import REPO

from tracker.cli import main


def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                                              click.Command]]:
    yield path, command
    if isinstance(command, click.Group):  # asked as click asks: commands load lazily
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None, f"'{' '.join((*path, name))}' is listed but does not load"
            yield from walk(sub, (*path, name))


ALL_COMMANDS = list(walk(main))


def test_claims_commands_are_registered() -> None:
    paths = {path for path, _ in ALL_COMMANDS}
    assert {("claims",), ("claims", "check"), ("claims", "list")} <= paths


@pytest.mark.parametrize(("path", "command"), ALL_COMMANDS,
                         ids=[" ".join(p) or "main" for p, _ in ALL_COMMANDS])
def test_command_has_help(path: tuple[str, ...], command: click.Command) -> None:
    assert (command.help or "").strip(), f"'{' '.join(path)}' has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden and param.name != "help":
            assert (param.help or "").strip(), (
                f"option {param.opts} of '{' '.join(path)}' has no help text")
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


DOCS = "\n".join(path.read_text(encoding="utf-8")
                 for path in [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))])


@pytest.mark.parametrize("path", [p for p, _ in ALL_COMMANDS if p],
                         ids=[" ".join(p) for p, _ in ALL_COMMANDS if p])
def test_command_is_documented(path: tuple[str, ...]) -> None:
    usage = re.escape("claimtracker " + " ".join(path)) + r"(?![\w-])"
    assert re.search(usage, DOCS), f"'claimtracker {' '.join(path)}' appears in no doc"
