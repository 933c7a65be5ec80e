"""A thing founded by an act ("creates the fund", « met en place », 創設) is the decision
itself for a claim that a body will vote to create it (labelling rule 4), not a thing
done under the decision; the thing then opening is. For a launch claim, founding the
thing is its launch. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

VELMORA = group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])
FUND = group("fund", en=["heritage fund"], fr=["fonds patrimoine"], ja=["遺産基金"])
VOTE = claim(
    "velmora-fund-vote",
    "Velmora's council will vote on 12 March 2026 to create a harbour heritage fund.",
    [VELMORA, FUND], kind=ClaimKind.DECISION,
    expected_from=date(2026, 3, 12), expected_by=date(2026, 3, 12),
)
LAUNCH = claim(
    "velmora-fund-launch", "Velmora's harbour heritage fund will be launched in March 2026.",
    [VELMORA, FUND], kind=ClaimKind.EVENT,
    expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora council creates harbour heritage fund", "en"),
    ("Velmora sets up heritage fund for the harbour", "en"),
    ("Velmora crée un fonds patrimoine pour le port", "fr"),
    ("Le conseil de Velmora met en place un fonds patrimoine", "fr"),
    ("ベルモラ市議会、港の遺産基金を創設", "ja"),
    ("ベルモラ、遺産基金を設置", "ja"),
])
def test_a_thing_founded_is_the_decision_to_found_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-12", language)
    assert verdict_for(Matcher([VOTE]), item, "velmora-fund-vote") == "confirms"


def test_the_thing_opening_is_done_under_the_decision() -> None:
    item = entry("Velmora heritage fund opens to applicants", "", "2026-05-12", "en")
    assert verdict_for(Matcher([VOTE]), item, "velmora-fund-vote") == "updates"


def test_for_a_launch_claim_a_thing_founded_is_launched() -> None:
    item = entry("Velmora creates its harbour heritage fund", "", "2026-03-12", "en")
    assert verdict_for(Matcher([LAUNCH]), item, "velmora-fund-launch") == "confirms"
