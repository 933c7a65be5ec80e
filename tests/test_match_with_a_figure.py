"""A sentence opened by "with" (« avec ») is background ("With the new line open, …"),
but a figure in it is the news: "With 1,320 workers, Dorn plant is hiring again" tells
the count so far, an interim figure (../shared/labelling.md, rule 7: an update).
Subjects are invented."""

from __future__ import annotations

import pytest
from helpers.invented import DORN_STAFF, check_verdict


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "With 1,320 workers, Dorn plant is hiring again", "en"),
    ("updates", "Avec 1 320 salariés, l'usine de Dorn recrute encore", "fr"),
    # guard: a clause opened by "with" and no figure in it stays background
    ("mentions", "With the new canteen open, Dorn plant staff praise the menu", "en"),
])
def test_a_figure_after_with_is_news(expected: str, title: str, language: str) -> None:
    check_verdict([DORN_STAFF], "dorn-staff", expected, title, "", "2028-06-10", language)
