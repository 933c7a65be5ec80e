"""For a decision claim, the thing decided running late ("footbridge opening pushed
back") is no news of the decision: the decision is its event (../shared/labelling.md,
rule 4). A delay of the decision itself ("puts off its decision"), or one in a clause
with a decision word ("vote set for 17 June"), stays news. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

DECISION = claim(  # decision: a council decides to build a footbridge
    "orvel-footbridge-decision", "Orvel council will decide by 31 March 2025 to build the "
    "new Orvel footbridge.",
    [group("orvel", en=["Orvel"], fr=["Orvel"], ja=["オルヴェル"]),
     group("bridge", en=["footbridge"], fr=["passerelle"], ja=["歩道橋"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 1, 10), expected_by=date(2025, 3, 31),
)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Orvel footbridge opening pushed back to 2027", "en", "2025-09-03", "mentions"),
    ("Storm delays opening of Orvel footbridge", "en", "2025-09-03", "mentions"),
    ("Orvel : l'ouverture de la passerelle repoussée à 2027", "fr", "2025-09-03", "mentions"),
    # the decision itself put off, or dated: news of the claim
    ("Orvel council puts off footbridge decision", "en", "2025-03-20", "updates"),
    ("Orvel council vote on footbridge postponed to May", "en", "2025-03-20", "updates"),
], ids=["opening-pushed-back", "delays-opening", "fr-ouverture-repoussee",
        "decision-put-off", "vote-postponed"])
def test_the_thing_decided_running_late_is_no_news_of_the_decision(
        title: str, language: str, day: str, expected: str) -> None:
    check_verdict([DECISION], "orvel-footbridge-decision", expected, title, "", day, language)
