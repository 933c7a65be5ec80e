"""The verdict table in docs/matching.md is the code: every cell is checked against
``tracker.match.table.cell``, and every combination appears exactly once."""

from __future__ import annotations

from itertools import product
from typing import TypeVar

from helpers.project import REPO

from tracker.match.table import Modality, Role, Timing, cell
from tracker.models import ClaimKind

HEADER = ["role", "modality", "kind", *(t.value for t in Timing)]
LATER = "later round"

E = TypeVar("E", Role, Modality, ClaimKind)
Key = tuple[ClaimKind, Role, Modality, bool]


def table_rows() -> list[list[str]]:
    text = (REPO / "docs" / "matching.md").read_text(encoding="utf-8")
    section = text.split("## The verdict table", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|")]
    assert rows and rows[0] == HEADER, f"the table's header must be {HEADER}"
    assert set("".join(rows[1])) <= set("-|: "), "the second line must be the separator"
    return rows[2:]


def values(text: str, enum: type[E]) -> list[E]:
    if text == "any":
        return list(enum)
    return [enum(part.strip()) for part in text.split(",")]


def documented() -> dict[Key, list[tuple[str, ...]]]:
    """(kind, role, modality, later round) -> the verdicts of every row covering it."""
    cells: dict[Key, list[tuple[str, ...]]] = {}
    for row in table_rows():
        assert len(row) == len(HEADER), f"row {row} has {len(row)} cells"
        role_text, modality_text, kind_text, *verdicts = row
        later = modality_text.endswith(", " + LATER)
        if later:
            modality_text = modality_text.removesuffix(", " + LATER)
        for role, modality, kind in product(values(role_text, Role),
                                            values(modality_text, Modality),
                                            values(kind_text, ClaimKind)):
            cells.setdefault((kind, role, modality, later), []).append(tuple(verdicts))
    return cells


def test_every_documented_cell_is_the_code() -> None:
    for (kind, role, modality, later), rows in documented().items():
        for verdicts in rows:
            for timing, verdict in zip(Timing, verdicts, strict=True):
                assert cell(kind, role, modality, timing, later).value == verdict, (
                    f"docs/matching.md says {kind.value} × {role.value} × {modality.value}"
                    f"{' (later round)' if later else ''} × {timing.value} -> {verdict}; "
                    f"the code says {cell(kind, role, modality, timing, later).value}")


def test_every_combination_is_documented_once() -> None:
    cells = documented()
    for kind, role, modality in product(ClaimKind, Role, Modality):
        rows = cells.get((kind, role, modality, False), [])
        assert len(rows) == 1, (f"{kind.value} × {role.value} × {modality.value} appears "
                                f"{len(rows)} times in the table")


def test_a_later_round_changes_only_the_rows_marked_so() -> None:
    cells = documented()
    for kind, role, modality, timing in product(ClaimKind, Role, Modality, Timing):
        if (kind, role, modality, True) not in cells:
            assert cell(kind, role, modality, timing, True) == cell(
                kind, role, modality, timing, False), (
                f"a later round changes {kind.value} × {role.value} × {modality.value} × "
                f"{timing.value}: mark it in docs/matching.md")
