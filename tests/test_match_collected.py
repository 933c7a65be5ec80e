"""A sum taken in, in the past, right before the target's own figure is the target met:
"the appeal has raised EUR 25 million", « a recueilli 25 millions d'euros »,
2500万ユーロを集めた (numbers.toml reaching words; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

APPEAL = claim(
    "orlen-chapel-appeal", "The Orlen chapel appeal will raise EUR 25 million in donations "
                           "by the end of 2026.",
    [group("chapel", en=["Orlen chapel"], fr=["chapelle d'Orlen"], ja=["オルレン礼拝堂"]),
     group("appeal", GroupRole.OPTIONAL, en=["appeal", "donations"], fr=["dons", "souscription"],
           ja=["寄付"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 2, 2), expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orlen chapel appeal has raised EUR 25 million", "en", "confirms"),
    ("Chapelle d'Orlen : la souscription a recueilli 25 millions d'euros", "fr", "confirms"),
    ("オルレン礼拝堂、寄付2500万ユーロを集めた", "ja", "confirms"),
    # guard: a smaller sum taken in is interim
    ("Orlen chapel appeal has raised EUR 19 million", "en", "updates"),
], ids=["raised", "recueilli", "atsumeta", "guard-interim"])
def test_a_sum_taken_in_meets_the_target(title: str, language: str, expected: str) -> None:
    check_verdict([APPEAL], "orlen-chapel-appeal", expected, title, "", "2026-10-01", language)
