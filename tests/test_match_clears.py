""""Clears" with an object is an approval ("prefect clears the floating solar plant"),
as "feu vert" and 許可 are; "clears its goal" is a target met; "clearing sediment" is a
removal, no approval. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind

PERMIT = claim(
    "brask-solar-permit", "The Brask prefect will authorise the floating solar plant on "
    "Lake Orla by June 2027.",
    [group("plant", en=["floating solar plant"], fr=["centrale solaire flottante"],
           ja=["水上太陽光発電所"]),
     group("place", en=["Lake Orla"], fr=["lac d'Orla"], ja=["オルラ湖"])],
    kind=ClaimKind.DECISION, expected_from=date(2027, 1, 1), expected_by=date(2027, 6, 30),
)
FUND = claim(
    "orla-bathhouse-fund", "The Orla bathhouse crowdfunding will raise ¥8 million by June "
    "2027.",
    [group("bathhouse", en=["Orla bathhouse"], fr=["bains d'Orla"], ja=["オルラ湯"]),
     group("crowdfunding", en=["crowdfunding"], fr=["financement participatif"],
           ja=["クラウドファンディング"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1), expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("claims", "claim_id", "title", "expected"), [
    ([PERMIT], "brask-solar-permit", "Brask prefect clears floating solar plant on Lake Orla",
     "confirms"),
    ([FUND], "orla-bathhouse-fund", "Orla bathhouse clears ¥8 million crowdfunding goal",
     "confirms"),
    # guard: a removal is no approval
    ([PERMIT], "brask-solar-permit", "Crews finish clearing reeds for Lake Orla floating "
     "solar plant", "updates"),
], ids=["approval", "goal", "guard-removal"])
def test_clears(claims: list[Claim], claim_id: str, title: str, expected: str) -> None:
    check_verdict(claims, claim_id, expected, title, "", "2027-05-10", "en")
