"""A year's count of a yearly target: "410,000 visitors in fiscal 2026", 2026年度,
FY2026. For a target counted over a span, a figure counts as progress only when its
sentence names a span; a year named with the figure is one (labelling rule 7,
targets: interim figures update). A day's count is none (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

VISITORS = claim(
    "aomine-museum-visitors",
    "Annual visitors to the Aomine harbour museum will rise to 600,000 in fiscal 2028.",
    [group("museum", en=["Aomine harbour museum"], fr=["musée portuaire d'Aomine"],
           ja=["青峰港湾博物館"]),
     group("visitors", en=["visitors"], fr=["visiteurs"], ja=["来館者"])],
    kind=ClaimKind.TARGET, expected_from=date(2028, 4, 1), expected_by=date(2029, 3, 31))
MATCHER = Matcher([VISITORS])


@pytest.mark.parametrize(("title", "language"), [
    ("Aomine harbour museum drew 410,000 visitors in fiscal 2026", "en"),
    ("Aomine harbour museum: 410,000 visitors in FY2026", "en"),
    ("青峰港湾博物館の来館者41万人 2026年度", "ja"),
])
def test_a_years_figure_is_interim_progress(title: str, language: str) -> None:
    item = entry(title, "", "2027-05-12", language)
    assert verdict_for(MATCHER, item, "aomine-museum-visitors") == "updates"


def test_a_days_count_is_no_progress() -> None:
    item = entry("Aomine harbour museum welcomes 4,000 visitors as it reopens", "",
                 "2027-05-12", "en")
    assert verdict_for(MATCHER, item, "aomine-museum-visitors") == "mentions"
