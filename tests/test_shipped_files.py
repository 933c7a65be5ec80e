"""The files the project ships — the six claims of the seed article, their seed and
config.toml — are valid and say what the seed says.

The only tests that read claims/, seeds/ and config.toml of the repository. They look
at the shipped files by name, so a user's own claims, seeds and feeds change nothing
here (``claimtracker claims check`` is the check of a user's files).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner
from helpers.project import (
    REPO,
    SHIPPED_CLAIM_IDS,
    SHIPPED_SEED_ID,
    copy_shipped_claims,
    shipped_claims,
)

from tracker.claims import load_claims
from tracker.claims.seeds import load_seed_set
from tracker.cli import main
from tracker.config import load_config
from tracker.models import LANGUAGES, GroupRole


def test_shipped_claims_load_with_no_problem() -> None:
    result = load_claims(REPO / "claims", REPO / "seeds")
    shipped = {REPO / "claims" / f"{claim_id}.toml" for claim_id in SHIPPED_CLAIM_IDS}
    assert [str(p) for p in result.problems if Path(p.path) in shipped] == []
    assert set(SHIPPED_CLAIM_IDS) <= set(result.by_id())


def test_claims_check_passes_on_the_shipped_files(tmp_path: Path) -> None:
    copy_shipped_claims(tmp_path)
    result = CliRunner().invoke(main, ["claims", "check", "--claims", str(tmp_path / "claims")])
    assert result.exit_code == 0
    assert all(": warning: " in line for line in result.stderr.splitlines())
    assert result.stdout.strip().startswith(f"{len(SHIPPED_CLAIM_IDS)} claims OK, 0 problems")


def test_claims_quote_the_seed_and_carry_matching_knowledge() -> None:
    seed_text = (REPO / "seeds" / f"{SHIPPED_SEED_ID}.fr.txt").read_text(encoding="utf-8")
    for claim in shipped_claims():
        assert claim.seed == SHIPPED_SEED_ID and claim.claimed_on == date(2024, 7, 27)
        assert claim.source_language == "fr"
        assert claim.source_text in seed_text, claim.id
        assert claim.groups_with_role(GroupRole.REQUIRED), claim.id
        for group in claim.groups:  # names in all three languages for every idea
            assert set(group.terms) == set(LANGUAGES), (claim.id, group.name)
        # the kind is stated; cues hold only words the general lexicon lacks
        assert claim.kind is not None, claim.id


def test_dates_the_article_gives() -> None:
    claims = {claim.id: claim for claim in shipped_claims()}
    jjoc = claims["jjoc-launch"]
    assert (jjoc.expected_from, jjoc.expected_by) == (date(2025, 3, 1), date(2025, 3, 31))
    for talks in ("extended-deterrence-talks", "japan-rok-defense-talks"):
        assert claims[talks].expected_from == date(2024, 7, 28)


def test_seed_metadata() -> None:
    (seed,) = [s for s in load_seed_set(REPO / "seeds").seeds if s.id == SHIPPED_SEED_ID]
    assert seed.language == "fr"
    assert seed.published == date(2024, 7, 27) and seed.published_note
    assert seed.title in seed.read_text().splitlines()[1]
    assert sorted(seed.claims) == list(SHIPPED_CLAIM_IDS)


def test_shipped_config_loads() -> None:
    """Whatever feeds a user keeps, the project's config.toml must load."""
    config = load_config(REPO / "config.toml")
    urls = [f.url for f in config.feeds]
    assert len(urls) == len(set(urls))
