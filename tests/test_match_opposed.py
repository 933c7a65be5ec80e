"""An event word shortly after "against" (« contre ») is what is fought, not news of
it: "appeal against the toll approval", « recours contre l'approbation du péage »
(aims.opposed; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TOLL = claim(
    "velmora-harbour-toll", "Velmora city council will approve a harbour toll for cruise "
                            "ships by June 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("toll", en=["harbour toll"], fr=["péage portuaire", "péage du port"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 1, 12), expected_by=date(2026, 6, 30))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Cruise lines unite against Velmora harbour toll approval", "en", "mentions"),
    ("Velmora : les armateurs unis contre l'approbation du péage portuaire", "fr",
     "mentions"),
    # guard: the approval itself, with "against" after it
    ("Velmora approves harbour toll against cruise lines' wishes", "en", "confirms"),
], ids=["against-approval", "contre-approbation", "guard-after"])
def test_what_is_fought_is_no_news_of_it(title: str, language: str, expected: str) -> None:
    check_verdict([TOLL], "velmora-harbour-toll", expected, title, "", "2026-04-01", language)
