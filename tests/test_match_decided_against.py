"""A decision whose object is the event negated stops the plan (labelling rule 7):
"decides not to open the line", « décide de ne pas ouvrir », 開業しないことを決定. A
decision not yet taken ("has not decided to open") is none. Subjects are invented;
each case marked so failed before the rule (tracker/match/deciding/decided_against.py)."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Velmora council decides not to open the Line 4 tram", "en"),  # failed
    ("contradicts", "Le conseil de Velmora décide de ne pas ouvrir la ligne 4 du tramway",
     "fr"),  # failed
    ("contradicts", "ベルモラ市、路面電車4号線を開業しないことを決定", "ja"),  # failed
    # near misses: no decision yet
    ("mentions", "Velmora council has not decided to open the Line 4 tram", "en"),
    ("mentions", "Le conseil de Velmora n'a pas décidé d'ouvrir la ligne 4 du tramway", "fr"),
], ids=["decides-not-to", "decide-de-ne-pas", "shinai-koto-wo-kettei", "has-not-decided",
        "n-a-pas-decide"])
def test_a_decision_not_to_do_the_event_stops_it(expected: str, title: str,
                                                 language: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", "2026-05-10", language)
