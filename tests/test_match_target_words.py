"""Words that say a target was met or missed (docs/matching.md, "Lexicon"). Subjects
are invented; the expected verdicts follow ../shared/labelling.md, rule 7."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

VISITORS = claim(  # target: 2 million visitors a year by 2027
    "olden-zoo-visitors", "Olden Zoo will welcome 2 million visitors a year by 2027.",
    [group("zoo", en=["Olden Zoo"], fr=["zoo d'Olden"], ja=["オルデン動物園"]),
     group("visitors", GroupRole.OPTIONAL, en=["visitors"], fr=["visiteurs"], ja=["来園者"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CLAIMS = [VISITORS]


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("confirms", "Olden Zoo welcomed 2.2 million visitors in 2027, beating its target",
     "2028-01-10", "en"),
    ("confirms", "Deux millions de visiteurs : pari tenu pour le zoo d'Olden", "2027-12-20",
     "fr"),
    ("contradicts", "Le zoo d'Olden boucle 2027 à 1,7 million de visiteurs, loin de son objectif",
     "2028-01-10", "fr"),
])
def test_a_target_met_or_missed(expected: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, "olden-zoo-visitors", expected, title, "", day, language)
