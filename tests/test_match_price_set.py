"""A price fixed is a decision of it, with a date in the clause or none: "council set
night bus fares on Thursday", "sets fares at taxi rates", « a arrêté jeudi les tarifs »
(« arrêter » before a price, a sum or a date fixes it; before anything else it stops).
Before, a fixed word was a date moved when a day stood in its clause, nothing without
a figure, and « arrêter » always a stop. Subjects are invented; the guards passed
before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARES = claim(
    "velmora-night-bus-fares", "Velmora's council will decide the fares of its new night "
    "buses by June 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("bus", en=["night buses", "night bus"], fr=["bus de nuit"], ja=["夜間バス"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Velmora sets night bus fares", "en"),
    ("confirms", "Velmora council set night bus fares on Thursday", "en"),
    ("confirms", "Bus de nuit : Velmora a arrêté jeudi les tarifs", "fr"),
    # guards: a fixed fee described, a stop, a launch date set
    ("mentions", "Velmora night buses to run on a fixed fee contract", "en"),
    ("contradicts", "Bus de nuit : Velmora arrête le service", "fr"),
    ("mentions", "Velmora sets May 3 for night bus launch", "en"),
])
def test_a_price_fixed_is_decided(expected: str, title: str, language: str) -> None:
    check_verdict([FARES], "velmora-night-bus-fares", expected, title, "", "2026-05-01",
                  language)
