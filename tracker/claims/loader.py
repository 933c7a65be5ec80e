"""Load every claim file of a folder: the good claims plus one problem per defect."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.claims.fields import read_toml
from tracker.claims.validate import claim_from_table
from tracker.errors import ClaimError
from tracker.models import Claim


@dataclass(frozen=True, slots=True)
class ClaimSet:
    """The outcome of loading a claims folder.

    ``claims`` holds only claims whose file had no problem at all, sorted by id;
    ``problems`` holds every problem found, in file order. A bad file is never
    dropped silently: it always has at least one problem here.
    """

    claims: tuple[Claim, ...]
    problems: tuple[ClaimError, ...]
    unloaded: tuple[tuple[str, Path], ...] = ()
    """(claim id, file) of each file that failed to load and whose id no loaded
    claim has: the id it declares, else the file name. Its stored findings and
    status must be kept until the file loads again (docs/review.md)."""

    @property
    def ok(self) -> bool:
        return not self.problems

    def by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}


def claim_files(directory: Path) -> list[Path]:
    """``*.toml`` files in ``directory`` and its subfolders, skipping hidden ones, sorted."""
    found = []
    for path in directory.rglob("*.toml"):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


def read_claim_file(path: Path) -> tuple[Claim | None, list[ClaimError]]:
    """(claim, []) for a good file, (None, problems) for a bad one. Never raises."""
    return _validate(path, *read_toml(path))


def _validate(path: Path, table: dict[str, Any] | None,
              syntax_problem: str | None) -> tuple[Claim | None, list[ClaimError]]:
    if table is None:
        return None, [ClaimError(str(path), syntax_problem or "unreadable")]
    claim, problems = claim_from_table(table, path)
    return claim, [ClaimError(str(path), message) for message in problems]


def load_claim_file(path: Path) -> Claim:
    """Load one claim file. Raises ``ClaimError`` with the file's first problem."""
    claim, problems = read_claim_file(path)
    if problems:
        raise problems[0]
    assert claim is not None
    return claim


def load_claims(directory: Path, seeds_dir: Path | None = None) -> ClaimSet:
    """Load every claim file under ``directory``.

    When ``seeds_dir`` is given, each claim's ``seed`` must have a metadata file
    ``seeds_dir/<seed>.toml``. Ids must be unique across all files; when two
    files share one, the file whose name does not match the id (else the later
    one, in path order) is the one reported.
    """
    if not directory.is_dir():
        problem = ClaimError(str(directory), "claims folder not found (or not a folder)")
        return ClaimSet(claims=(), problems=(problem,))

    parsed = {path: read_toml(path) for path in claim_files(directory)}
    declared = {path: table["id"] for path, (table, _) in parsed.items()
                if table is not None and isinstance(table.get("id"), str)}
    owner_of_id = _id_owners(declared)

    problems: list[ClaimError] = []
    good: list[Claim] = []
    failed: list[tuple[str, Path]] = []
    for path, (table, syntax_problem) in parsed.items():
        claim, file_problems = _validate(path, table, syntax_problem)
        owner = owner_of_id.get(declared.get(path, ""))
        if owner is not None and owner != path:
            file_problems.append(
                ClaimError(str(path), f"duplicate id {declared[path]!r} (also in {owner})"))
        if claim is not None and seeds_dir is not None:
            seed_file = seeds_dir / f"{claim.seed}.toml"
            if not seed_file.is_file():
                file_problems.append(ClaimError(
                    str(path), f"'seed' {claim.seed!r} not found: no file {seed_file}"))
        problems.extend(file_problems)
        if claim is not None and not file_problems:
            good.append(claim)
        elif file_problems:
            failed.append((declared.get(path, path.stem), path))

    good.sort(key=lambda c: c.id)
    loaded = {claim.id for claim in good}
    unloaded = tuple(sorted({(i, p) for i, p in failed if i not in loaded}))
    return ClaimSet(claims=tuple(good), problems=tuple(problems), unloaded=unloaded)


def _id_owners(declared: dict[Path, str]) -> dict[str, Path]:
    """For each id, the file that keeps it: the one named after it, else the first."""
    owners: dict[str, Path] = {}
    for path, claim_id in declared.items():
        current = owners.get(claim_id)
        if current is None or (current.stem != claim_id and path.stem == claim_id):
            owners[claim_id] = path
    return owners
