"""A closure for works is a pause; a lawsuit with the party between its words is a
threat (labelling rule 7). Subjects are invented. Each case failed before its rule,
except the guards marked so."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

HALL = claim(  # event: the concert hall reopens by June 2027
    "brisa-hall", "The Brisa concert hall will reopen after its refit by June 2027.",
    [group("hall", en=["Brisa concert hall", "Brisa hall"], fr=["salle Brisa"],
           ja=["ブリサ・ホール"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("reopen",), "fr": ("rouvrir",), "ja": ("再開",)}},
)
CLAIMS = [HALL]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Brisa hall's orchestra tours Asia while the hall is closed for refit", "en"),
    ("updates", "Neighbours take Brisa hall to court over noise", "en"),
    ("updates", "Des riverains attaquent la salle Brisa en justice", "fr"),
    # guards: the plan itself dropped; a bid to halt the works rejected
    ("contradicts", "City scraps Brisa concert hall refit", "en"),
    ("mentions", "Court rejects residents' bid to halt works at Brisa concert hall", "en"),
])
def test_a_pause_or_a_threat_is_an_update(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "brisa-hall", expected, title, "", "2026-05-04", language)
