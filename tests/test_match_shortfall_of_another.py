"""A figure's target missed ("misses its 400,000-visitor target", « manque son objectif
de 400 000 visiteurs ») is the news of a target claim (labelling rule 7), no step of an
event or a decision: for the park's opening it says nothing new. A missed date ("misses
June opening target") is still the event's delay. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PARK = group("park", en=["Corvel water park"], fr=["parc aquatique de Corvel"],
             ja=["コルベル水上公園"])
OPENING = claim(
    "corvel-park-opening", "The Corvel water park will open in June 2026.", [PARK],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Corvel water park misses 400,000-visitor target in first year", "en"),
    ("Corvel water park falls short of 400,000 visitors", "en"),
    ("Le parc aquatique de Corvel manque son objectif de 400 000 visiteurs", "fr"),
], ids=["misses-target", "short-of", "fr"])
def test_a_figure_missed_is_no_news_of_an_event(title: str, language: str) -> None:
    check_verdict([OPENING], "corvel-park-opening", "mentions", title, "", "2027-07-10",
                  language)


def test_a_date_missed_is_still_the_events_delay() -> None:
    check_verdict([OPENING], "corvel-park-opening", "updates",
                  "Corvel water park misses June opening target", "", "2026-05-10", "en")
