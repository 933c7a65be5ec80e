"""An event noun inside a span of time dates something else: "the footbridge stayed
open during the tests", « la passerelle est restée ouverte pendant toute la durée de
l'essai », 性能試験期間中も開放を継続. The tests are when the state held, not news of
a step (labelling rule 3). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FOOTBRIDGE = claim(
    "brennac-footbridge", "The Brennac footbridge will stay open to walkers until the end "
    "of 2027.",
    [group("place", en=["Brennac"], fr=["Brennac"], ja=["ブレナック"]),
     group("footbridge", en=["footbridge"], fr=["passerelle"], ja=["歩道橋"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Brennac footbridge stayed open during the tests", "en", "confirms"),
    ("Brennac : la passerelle est restée ouverte pendant toute la durée de l'essai", "fr",
     "confirms"),
    ("ブレナックの歩道橋、性能試験期間中も開放を継続", "ja", "confirms"),
    # guards: the tests told as news of their own
    ("Brennac footbridge load tests completed", "en", "updates"),
    ("Brennac : essais de charge sur la passerelle", "fr", "updates"),
    ("ブレナックの歩道橋で性能試験", "ja", "updates"),
], ids=["en", "fr", "ja", "guard-en", "guard-fr", "guard-ja"])
def test_an_event_noun_in_a_span_of_time(title: str, language: str, expected: str) -> None:
    check_verdict([FOOTBRIDGE], "brennac-footbridge", expected, title, "", "2027-06-10",
                  language)
