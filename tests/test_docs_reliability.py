"""docs/reliability.md names, for each fault, the test that shows it: every test it
names exists, so the table cannot point at a renamed or removed test."""

from __future__ import annotations

import ast
import re

from helpers.project import REPO

DOC = REPO / "docs" / "reliability.md"
# `tests/test_x.py::test_y`, `tests/test_x.py`, or `::test_y` after one of them
_REFERENCE = re.compile(r"`(tests/[\w/]+\.py)?(?:::(\w+))?`")


def _test_names(path: str) -> set[str]:
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_test_named_in_reliability_md_exists() -> None:
    checked = 0
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        current: str | None = None
        for module, name in _REFERENCE.findall(line.split("|")[-2]):
            if module:
                assert (REPO / module).is_file(), module
                current = module
            if name:
                assert current is not None, line
                assert name in _test_names(current), f"{current}::{name}"
                checked += 1
    assert checked >= 20
