"""Paths of the repository, and the shipped claims by id.

Tests must pass whatever a user adds to ``claims/``, ``seeds/`` and ``config.toml``,
so a test never reads those folders whole: it uses its own fixture claims, or the
shipped claims picked by id (``shipped_claims``, ``copy_shipped_claims``). The
checks of the shipped files themselves live in ``tests/test_shipped_files.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tracker.claims import load_claims
from tracker.models import Claim

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
"""The team's shared data beside the repository (``../shared``); absent in a plain clone."""
FIXTURES = REPO / "tests" / "fixtures"

SHIPPED_SEED_ID = "2024-07-27-japan-us-2plus2"
SHIPPED_CLAIM_IDS = (
    "coproduction-and-repair",
    "extended-deterrence-talks",
    "japan-rok-defense-talks",
    "jjoc-launch",
    "pac3-production-increase",
    "usfj-command-upgrade",
)


def shipped_claims() -> list[Claim]:
    """The shipped claims, loaded from ``claims/`` by id (a user's own are ignored)."""
    by_id = load_claims(REPO / "claims").by_id()
    return [by_id[claim_id] for claim_id in SHIPPED_CLAIM_IDS]


def copy_shipped_claims(project: Path) -> None:
    """Copy the shipped claim and seed files (only those) into ``project``'s
    ``claims/`` and ``seeds/`` folders."""
    (project / "claims").mkdir(parents=True, exist_ok=True)
    (project / "seeds").mkdir(parents=True, exist_ok=True)
    for claim_id in SHIPPED_CLAIM_IDS:
        shutil.copy(REPO / "claims" / f"{claim_id}.toml", project / "claims")
    for path in (REPO / "seeds").glob(f"{SHIPPED_SEED_ID}.*"):
        shutil.copy(path, project / "seeds")
