"""Seed metadata: the articles claims are drawn from (``seeds/<id>.toml``).

A seed is a metadata file plus the article text beside it. See docs/seeds.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tracker.claims.fields import FieldReader, read_toml
from tracker.errors import SeedError

SEED_KEYS = ("id", "title", "title_en", "language", "published", "published_note", "covers",
             "text", "text_note", "url", "claims")


@dataclass(frozen=True, slots=True)
class Seed:
    """One seed article's metadata. ``text_path`` is the article text file."""

    id: str
    title: str
    language: str
    published: date
    covers: str
    text_path: Path
    claims: tuple[str, ...]
    path: Path
    title_en: str | None = None
    published_note: str | None = None
    text_note: str | None = None
    url: str | None = None

    def read_text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class SeedSet:
    """Good seeds (sorted by id) and one problem per defect found."""

    seeds: tuple[Seed, ...]
    problems: tuple[SeedError, ...]


def seed_from_table(table: dict[str, Any], path: Path) -> tuple[Seed | None, list[str]]:
    """Validate one seed file's table: (seed, []) or (None, problems)."""
    reader = FieldReader()
    reader.unknown_keys(table, SEED_KEYS, "")
    seed_id = reader.file_id(table, path)
    title = reader.text(table, "title")
    language = reader.language(table, "language")
    published = reader.day(table, "published")
    covers = reader.text(table, "covers")
    text_name = reader.text(table, "text")
    text_path = None
    if text_name is not None:
        text_path = path.parent / text_name
        # The text must sit in the seeds folder: no absolute paths, no '..'.
        if Path(text_name).is_absolute() or ".." in Path(text_name).parts:
            reader.add(f"'text' must be a file name in {path.parent}, got {text_name!r}")
        elif not text_path.is_file():
            reader.add(f"'text' file not found: {text_path}")
    claim_ids = reader.text_list(table, "claims", required=False) or ()
    optional = {key: reader.text(table, key, required=False)
                for key in ("title_en", "published_note", "text_note", "url")}
    if reader.problems:
        return None, reader.problems
    assert seed_id and title and language and published and covers and text_path
    return Seed(id=seed_id, title=title, language=language, published=published, covers=covers,
                text_path=text_path, claims=claim_ids, path=path, **optional), []


def load_seed_set(directory: Path) -> SeedSet:
    """Load every ``*.toml`` in ``directory`` (not subfolders), collecting problems."""
    if not directory.is_dir():
        return SeedSet((), (SeedError(f"{directory}: seeds folder not found (or not a folder)"),))
    seeds: list[Seed] = []
    problems: list[SeedError] = []
    for path in sorted(directory.glob("*.toml")):
        table, syntax_problem = read_toml(path)
        if table is None:
            problems.append(SeedError(f"{path}: {syntax_problem}"))
            continue
        seed, messages = seed_from_table(table, path)
        problems.extend(SeedError(f"{path}: {message}") for message in messages)
        if seed is not None:
            seeds.append(seed)
    seeds.sort(key=lambda s: s.id)
    return SeedSet(tuple(seeds), tuple(problems))


def load_seeds(directory: Path) -> tuple[Seed, ...]:
    """All seeds in ``directory``. Raises ``SeedError`` (first problem) if any file is bad."""
    result = load_seed_set(directory)
    if result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        raise SeedError(f"{first} (and {more} more problems)" if more else str(first))
    return result.seeds
