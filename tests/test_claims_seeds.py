"""Seed metadata files: loading and their one-line problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker.claims.seeds import load_seed_set, load_seeds
from tracker.errors import SeedError

FIXTURES = Path(__file__).parent / "fixtures" / "claims" / "seeds"


@pytest.fixture()
def seeds_dir(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path, dirs_exist_ok=True)
    return tmp_path


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_seed_loads(seeds_dir: Path) -> None:
    (seed,) = load_seeds(seeds_dir)
    assert seed.id == "sample-seed" and seed.title_en
    assert seed.read_text().startswith("Le pont du port")
    assert seed.claims == ("sample-claim", "second-claim")


def test_missing_text_file(seeds_dir: Path) -> None:
    (seeds_dir / "sample-seed.fr.txt").unlink()
    result = load_seed_set(seeds_dir)
    assert result.seeds == ()
    assert [str(p) for p in result.problems] == [
        f"{seeds_dir / 'sample-seed.toml'}: 'text' file not found: "
        f"{seeds_dir / 'sample-seed.fr.txt'}"]


def test_text_outside_the_seeds_folder(seeds_dir: Path) -> None:
    rewrite(seeds_dir / "sample-seed.toml", '"sample-seed.fr.txt"', '"../sample-seed.fr.txt"')
    (message,) = (str(p) for p in load_seed_set(seeds_dir).problems)
    assert "'text' must be a file name in" in message


def test_unknown_key_and_bad_date(seeds_dir: Path) -> None:
    rewrite(seeds_dir / "sample-seed.toml", "published = 2029-01-15",
            'published = "mid-January"\nauthor = "x"')
    messages = [str(p) for p in load_seed_set(seeds_dir).problems]
    assert any("unknown key 'author'" in m for m in messages)
    assert any("'published' must be a date" in m for m in messages)
    with pytest.raises(SeedError, match=r"sample-seed\.toml: .*\(and 1 more problems\)"):
        load_seeds(seeds_dir)


def test_id_must_match_file_name(seeds_dir: Path) -> None:
    (seeds_dir / "sample-seed.toml").rename(seeds_dir / "other.toml")
    (message,) = (str(p) for p in load_seed_set(seeds_dir).problems)
    assert message.startswith(f"{seeds_dir / 'other.toml'}: 'id' is 'sample-seed'")


def test_syntax_error_names_line(seeds_dir: Path) -> None:
    rewrite(seeds_dir / "sample-seed.toml", 'language = "fr"', "language = fr")
    (message,) = (str(p) for p in load_seed_set(seeds_dir).problems)
    assert message.startswith(f"{seeds_dir / 'sample-seed.toml'}: line 4, column")
