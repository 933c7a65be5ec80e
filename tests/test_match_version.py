"""The matcher's version hashes every code and data file of tracker/match, its
subfolders included (version.py): any edit to a rule changes it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.match.version import RULES_GENERATION, _hash_folder, matcher_version


def _digest_of(folder: Path) -> str:
    digest = hashlib.sha256()
    _hash_folder(digest.update, folder, "")
    return digest.hexdigest()


def test_a_file_in_a_subfolder_changes_the_hash(tmp_path: Path) -> None:
    (tmp_path / "reading").mkdir()
    (tmp_path / "matcher.py").write_text("A = 1\n")
    rule = tmp_path / "reading" / "frames.py"
    rule.write_text("B = 1\n")
    before = _digest_of(tmp_path)
    rule.write_text("B = 2\n")
    assert _digest_of(tmp_path) != before


def test_caches_and_other_files_do_not(tmp_path: Path) -> None:
    (tmp_path / "matcher.py").write_text("A = 1\n")
    before = _digest_of(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "matcher.cpython-311.pyc").write_bytes(b"\x00")
    (tmp_path / "notes.txt").write_text("scratch\n")
    assert _digest_of(tmp_path) == before


def test_the_version_names_the_generation_and_a_hash() -> None:
    generation, digest = matcher_version().split(".")
    assert generation == RULES_GENERATION
    assert len(digest) == 12 and int(digest, 16) >= 0
