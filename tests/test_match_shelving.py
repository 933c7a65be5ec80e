""""Shelving" is most often store shelves ("lighting and shelving"), so alone it is
no cancel word (lexicon `other_words`); "the shelving of the plan" and "shelves the
plan" still are. Subjects are invented; the guards passed before."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("expected", "title", "summary"), [
    ("mentions", "Velmora's Line 4 tram stations get their fittings",
     "Lighting and shelving for the Line 4 tram ticket offices arrived on Monday."),
    # guards: the plan shelved, in both forms
    ("contradicts", "Velmora shelves Line 4 tram plan", ""),
    ("contradicts", "Velmora announces the shelving of its Line 4 tram", ""),
])
def test_shelving_alone_is_a_noun(expected: str, title: str, summary: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, summary, "2026-03-10", "en")
