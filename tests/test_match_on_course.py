"""On course to reach a target is a forecast, not the target met: « en bonne voie pour
atteindre », "on course to reach" (../shared/labelling.md, rule 7: forecasts are
updates; a preview with no figure of its own is a mention). So is a target « hors
d'atteinte », out of reach, however far from its goal word. Subjects are invented."""

from __future__ import annotations

import pytest
from helpers.invented import DORN_STAFF, check_verdict


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "L'usine de Dorn compte 900 salariés et se dit en bonne voie pour atteindre "
                "son objectif de 1 500", "fr"),
    ("mentions", "L'usine de Dorn en bonne voie pour atteindre 1 500 salariés", "fr"),
    ("mentions", "Dorn plant on course to reach 1,500 workers", "en"),
    # out of reach before the deadline: a shortfall foretold, no "atteindre" met
    ("updates", "L'objectif de 1 500 salariés pour l'usine de Dorn paraît désormais hors "
                "d'atteinte", "fr"),
    # guard: the target reported met
    ("confirms", "L'usine de Dorn atteint 1 500 salariés", "fr"),
])
def test_on_course_to_a_target_is_a_forecast(expected: str, title: str, language: str) -> None:
    check_verdict([DORN_STAFF], "dorn-staff", expected, title, "", "2028-06-10", language)
