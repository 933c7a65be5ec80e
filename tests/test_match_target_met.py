"""A target said met confirms it, before its deadline too (labelling rule 7): "the
phosphorus target met", « l'objectif de réduction du phosphore atteint », and "cut by
85%, beating target", whose figure and move are how it was met. A target raised is
still an update. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PHOSPHORUS = claim(
    "selve-phosphorus", "Phosphorus discharges into the Selve river will fall by 80% by the "
    "end of 2028.",
    [group("river", en=["Selve river"], fr=["la Selve"], ja=["セルブ川"]),
     group("phosphorus", en=["phosphorus"], fr=["phosphore"], ja=["リン"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 6, 1), expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Selve river phosphorus target met", "en", "confirms"),
    ("Selve river phosphorus cut by 85%, beating target", "en", "confirms"),
    ("La Selve : l'objectif de réduction du phosphore atteint", "fr", "confirms"),
    ("セルブ川のリン削減、目標を達成", "ja", "confirms"),
    # guards: a figure on the way, and the target itself raised
    ("Selve river phosphorus down 60% so far", "en", "updates"),
    ("Selve river phosphorus goal raised to a 90% cut", "en", "updates"),
], ids=["target-met", "beating-target", "fr", "ja", "guard-so-far", "guard-raised"])
def test_a_target_said_met(title: str, language: str, expected: str) -> None:
    check_verdict([PHOSPHORUS], "selve-phosphorus", expected, title, "", "2028-06-20",
                  language)
