"""A claim's name is no French verb before a figure, whatever its ending: in
« l'hélicoptère d'Ayaura a effectué 412 interventions », "Ayaura" ends like the future
"aura" but names the place (modality._french_verb_of_a_figure; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

DISPATCHES = claim(
    "velaura-heli-dispatches", "Velaura's air ambulance will fly 400 missions in 2026.",
    [group("place", en=["Velaura"], fr=["Velaura"]),
     group("heli", en=["air ambulance"], fr=["hélicoptère médicalisé"]),
     group("missions", GroupRole.OPTIONAL, en=["missions"], fr=["interventions"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 6, 2), expected_from=date(2026, 1, 1),
    expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("L'hélicoptère médicalisé de Velaura a effectué 412 interventions en 2026", "confirms"),
    # guard: a real future before the figure is still a forecast
    ("L'hélicoptère médicalisé de Velaura effectuera 412 interventions en 2026", "updates"),
], ids=["name-ending-aura", "guard-future-verb"])
def test_a_name_is_no_future_verb(title: str, expected: str) -> None:
    check_verdict([DISPATCHES], "velaura-heli-dispatches", expected, title, "", "2027-01-20",
                  "fr")


