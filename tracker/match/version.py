"""The matcher's version: its rule generation plus a hash of everything it reads.

Stored findings carry the version that made them; when it changes, the service
re-judges stored entries. Nobody has to remember a bump: any edit to the matcher's
code (``tracker/match/*.py``), its lexicon and lemma files (``data/``) or the
entity catalogue changes the hash. Claim files have their own fingerprint
(``tracker.poll.matching.claims_fingerprint``).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files

RULES_GENERATION = "2"
"""Raise when the rules change meaning in a way worth naming (2: frames and kinds)."""


@cache
def matcher_version() -> str:
    """``"<generation>.<12 hex digits>"``, the same in every process of one install."""
    digest = hashlib.sha256()
    for package in ("tracker.match", "tracker.match.data", "tracker.entities"):
        folder = files(package)
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".py", ".toml", ".tsv")):
                digest.update(item.name.encode())
                digest.update(item.read_bytes())
    return f"{RULES_GENERATION}.{digest.hexdigest()[:12]}"
