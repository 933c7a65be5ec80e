"""For a decision claim, a thing to happen that a decision word governs is what is
decided, not a step of its own: "votes to set up the agency", « vote la création de la
régie », 設立を可決 report the decision (../shared/labelling.md, rule 4). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

AGENCY = claim(  # decision: a council votes to set up a public bus agency
    "orsk-bus-agency", "Orsk council will vote to set up a public bus agency by June 2026.",
    [group("orsk", en=["Orsk"], fr=["Orsk"], ja=["オルスク"]),
     group("agency", en=["public bus agency"], fr=["régie des bus"], ja=["公営バス事業体"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Orsk council votes to set up public bus agency", "en"),
    ("confirms", "Orsk : le conseil vote la création de la régie des bus", "fr"),
    ("confirms", "オルスク市議会、公営バス事業体の設立を可決", "ja"),
    ("confirms", "オルスク市議会、公営バス事業体の設置を決定", "ja"),
    # guard: the thing done, with no decision word, is a step after the decision
    ("updates", "オルスク市の公営バス事業体が設立", "ja"),
])
def test_a_decided_event_word_is_the_decision(expected: str, title: str, language: str) -> None:
    check_verdict([AGENCY], "orsk-bus-agency", expected, title, "", "2026-05-10", language)
