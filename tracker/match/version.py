"""The matcher's version: its rule generation plus a hash of everything it reads.

Stored findings carry the version that made them; when it changes, the service
re-judges stored entries. Nobody has to remember a bump: any edit to the matcher's
code (``tracker/match/**/*.py``), its lexicon and lemma files (``data/``) or the
entity catalogue changes the hash. Claim files have their own fingerprint
(``tracker.poll.matching.claims_fingerprint``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

RULES_GENERATION = "2"
"""Raise when the rules change meaning in a way worth naming (2: frames and kinds)."""


@cache
def matcher_version() -> str:
    """``"<generation>.<12 hex digits>"``, the same in every process of one install."""
    digest = hashlib.sha256()
    for package in ("tracker.match", "tracker.entities"):
        _hash_folder(digest.update, files(package), "")
    return f"{RULES_GENERATION}.{digest.hexdigest()[:12]}"


def _hash_folder(update: Callable[[bytes], None], folder: Traversable, prefix: str) -> None:
    """Hash the code and data files of ``folder`` and its subfolders, by relative name."""
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        name = f"{prefix}{item.name}"
        if item.is_dir() and item.name != "__pycache__":
            _hash_folder(update, item, f"{name}/")
        elif item.is_file() and item.name.endswith((".py", ".toml", ".tsv")):
            update(name.encode())
            update(item.read_bytes())
