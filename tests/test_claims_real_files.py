"""The project's own claim and seed files load cleanly and say what the seed says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.claims import load_claims
from tracker.claims.seeds import load_seeds
from tracker.models import LANGUAGES, GroupRole, Verdict

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "2024-07-27-japan-us-2plus2"
EXPECTED_IDS = [
    "coproduction-and-repair",
    "extended-deterrence-talks",
    "japan-rok-defense-talks",
    "jjoc-launch",
    "pac3-production-increase",
    "usfj-command-upgrade",
]


def test_six_claims_load_with_no_problem() -> None:
    result = load_claims(ROOT / "claims", ROOT / "seeds")
    assert [str(p) for p in result.problems] == []
    assert [c.id for c in result.claims] == EXPECTED_IDS


def test_claims_quote_the_seed_and_carry_matching_knowledge() -> None:
    seed_text = (ROOT / "seeds" / f"{SEED_ID}.fr.txt").read_text(encoding="utf-8")
    for claim in load_claims(ROOT / "claims").claims:
        assert claim.seed == SEED_ID and claim.claimed_on == date(2024, 7, 27)
        assert claim.source_language == "fr"
        assert claim.source_text in seed_text, claim.id
        assert claim.groups_with_role(GroupRole.REQUIRED), claim.id
        for group in claim.groups:  # names in all three languages for every idea
            assert set(group.terms) == set(LANGUAGES), (claim.id, group.name)
        for verdict in (Verdict.CONFIRMS, Verdict.UPDATES, Verdict.CONTRADICTS):
            assert set(claim.cues[verdict]) == set(LANGUAGES), (claim.id, verdict)


def test_dates_the_article_gives() -> None:
    claims = load_claims(ROOT / "claims").by_id()
    jjoc = claims["jjoc-launch"]
    assert (jjoc.expected_from, jjoc.expected_by) == (date(2025, 3, 1), date(2025, 3, 31))
    for talks in ("extended-deterrence-talks", "japan-rok-defense-talks"):
        assert claims[talks].expected_from == date(2024, 7, 28)


def test_seed_metadata() -> None:
    (seed,) = load_seeds(ROOT / "seeds")
    assert seed.id == SEED_ID and seed.language == "fr"
    assert seed.published == date(2024, 7, 27) and seed.published_note
    assert seed.title in seed.read_text().splitlines()[1]
    assert sorted(seed.claims) == EXPECTED_IDS
