"""A promise kept is a state kept: « a tenu sa promesse », « tient ses engagements »,
約束を守った read as "kept its promise" does (lexicon `persist`). Subjects are invented;
the guards passed before."""

from __future__ import annotations

import pytest
from helpers.invented import FERRY_FARE, check_verdict


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Orrin Falls a tenu sa promesse sur le tarif du ferry", "fr"),
    ("confirms", "オリンフォールズ、フェリー運賃で約束を守る", "ja"),
    # guards: in English already; a promise debated is none kept
    ("confirms", "Orrin Falls kept its promise on the ferry fare", "en"),
    ("mentions", "Orrin Falls : la promesse sur le tarif du ferry en débat", "fr"),
])
def test_a_promise_kept_keeps_the_state(expected: str, title: str, language: str) -> None:
    check_verdict([FERRY_FARE], "orrin-fare-level", expected, title, "", "2026-12-28", language)
