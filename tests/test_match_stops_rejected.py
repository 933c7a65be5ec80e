"""A bid to stop the plan, rejected: "council rejects bid to halt the Line 4 tram" ends
a threat, news of the plan (rule 7: updates), as a court's ruling was; and « repousser »
a proposal (« a repoussé la rallonge budgétaire ») rejects it, where a date repoussée is
put off (states/stopped.py, lexicon.fr.toml). Subjects are invented; each case but the
near misses failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import TRAM, check_verdict, claim, group

from tracker.models import ClaimKind


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Velmora council rejects bid to halt Line 4 tram", "en"),
    ("updates", "Le conseil de Velmora rejette la demande d'arrêt de la ligne 4 du tramway",
     "fr"),
    # near miss: a rejection still to come stops nothing
    ("mentions", "Velmora council may reject bid to halt Line 4 tram", "en"),
])
def test_a_bid_to_stop_rejected(expected: str, title: str, language: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", "2026-03-10", language)


TOP_UP = claim(
    "velmora-tram-top-up", "Velmora's council will approve a EUR 12 million top-up for the "
    "Line 4 tram by 31 March 2026.",
    [group("top-up", fr=["rallonge budgétaire"]), group("velmora", fr=["Velmora"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "Velmora : le conseil a repoussé vendredi la rallonge budgétaire du tram"),
    # near miss: the vote put off to another day
    ("updates", "Velmora : le vote sur la rallonge budgétaire repoussé au 28 mars"),
])
def test_a_proposal_repoussee(expected: str, title: str) -> None:
    check_verdict([TOP_UP], "velmora-tram-top-up", expected, title, "", "2026-03-13", "fr")
