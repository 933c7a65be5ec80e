"""A delay word after a length of time tells how late a thing came ("opened two months
late"); when the thing is still to come ("will open two months later than planned",
« ouvrira avec deux mois de retard »), it is news of a delay: an update
(../shared/labelling.md, rule 4). Subjects are invented."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Velmora's Line 4 tram will open two months later than planned", "en", "2026-06-10",
     "updates"),
    ("La ligne 4 du tramway de Velmora ouvrira avec deux mois de retard", "fr", "2026-06-10",
     "updates"),
    ("Velmora : la ligne 4 du tramway sera mise en service avec un trimestre de retard", "fr",
     "2026-06-10", "updates"),
    # done, late: how late it came, a completion (rule 4)
    ("Velmora's Line 4 tram opens two months later than planned", "en", "2026-11-20",
     "confirms"),
    ("La ligne 4 du tramway de Velmora a ouvert avec deux mois de retard", "fr", "2026-11-20",
     "confirms"),
], ids=["en-will-open-later", "fr-ouvrira-avec-retard", "fr-sera-mise-en-service",
        "en-opens-later", "fr-a-ouvert-avec-retard"])
def test_how_late_a_thing_still_to_come_will_be_is_a_delay(
        title: str, language: str, day: str, expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, language)
