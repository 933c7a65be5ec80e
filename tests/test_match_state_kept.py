"""A state said to last: secured, still running, kept by a decision; and a plant that
ceases production (docs/matching.md, "Lexicon"). Subjects are invented; the expected
verdicts follow ../shared/labelling.md. Each case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MILL = claim(  # state: the mill stays open through 2027
    "tarrow-mill", "The Tarrow paper mill will stay open through 2027.",
    [group("mill", en=["Tarrow paper mill", "Tarrow mill"], fr=["papeterie de Tarrow"],
           ja=["タロー製紙工場"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
CLAIMS = [MILL]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Tarrow paper mill's future secured until 2030 under new supply deal", "en"),
    ("confirms", "Tarrow mill still running as the year ends, defying closure fears", "en"),
    ("confirms", "La papeterie de Tarrow sauvée jusqu'en 2030", "fr"),
    ("confirms", "La papeterie de Tarrow toujours en activité malgré la crise", "fr"),
    # a decision that the state lasts keeps it (the decision governs the state word)
    ("confirms", "タロー製紙工場、2030年まで操業継続が決定", "ja"),
    ("confirms", "タロー製紙工場の存続決まる", "ja"),
    ("contradicts", "Tarrow paper mill to cease production in June", "en"),
    ("contradicts", "タロー製紙工場が操業終了", "ja"),
])
def test_a_state_kept_or_ended(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "tarrow-mill", expected, title, "", "2027-03-10", language)


def test_it_before_the_state_word_is_no_possessive() -> None:
    # "its" stems to "it": "its remaining holders" (no state kept) must not find
    # "near it remains in force"
    check_verdict(CLAIMS, "tarrow-mill", "confirms", "Tarrow paper mill looks to 2028",
                  "Production at the Tarrow paper mill and the yard beside it remains in "
                  "full swing.", "2027-12-31", "en")
