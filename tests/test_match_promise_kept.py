"""A promise kept is a state kept: « a tenu sa promesse », « tient ses engagements »,
約束を守った read as "kept its promise" does (lexicon `persist`). Subjects are invented;
the guards passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE = claim(
    "orrin-fare-level", "Orrin Falls' ferry fare will stay at $4 until the end of 2026.",
    [group("orrin", en=["Orrin Falls"], fr=["Orrin Falls"], ja=["オリンフォールズ"]),
     group("fare", en=["ferry fare"], fr=["tarif du ferry"], ja=["フェリー運賃"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
    expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Orrin Falls a tenu sa promesse sur le tarif du ferry", "fr"),
    ("confirms", "オリンフォールズ、フェリー運賃で約束を守る", "ja"),
    # guards: in English already; a promise broken is no promise kept
    ("confirms", "Orrin Falls kept its promise on the ferry fare", "en"),
    ("mentions", "Orrin Falls : la promesse sur le tarif du ferry en débat", "fr"),
])
def test_a_promise_kept_keeps_the_state(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "orrin-fare-level", expected, title, "", "2026-12-28", language)
