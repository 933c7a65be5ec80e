"""A state that is a stop, lifted in the passive: "the moratorium on new quarries has
been lifted", « le moratoire sur les carrières a été levé »: the auxiliary right before
the undo word ties it to the stop however far (closed_states._lifted; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MORATORIUM = claim(
    "velmora-quarry-moratorium", "Velmora's moratorium on new quarries will stay in force "
                                 "until the end of 2027.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("quarries", en=["quarries", "quarry"], fr=["carrières", "carrière"]),
     group("moratorium", en=["moratorium"], fr=["moratoire"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 2, 2), expected_from=date(2026, 2, 2),
    expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora moratorium on new quarries in the hills has been lifted", "en", "contradicts"),
    ("Velmora : le moratoire sur les nouvelles carrières a été levé", "fr", "contradicts"),
    ("Velmora : le moratoire sur les nouvelles carrières est levé", "fr", "contradicts"),
    # guard: still to come is no end yet
    ("Velmora moratorium on new quarries in the hills is to be lifted", "en", "mentions"),
], ids=["has-been-lifted", "a-ete-leve", "est-leve", "guard-to-be-lifted"])
def test_a_stop_lifted_in_the_passive_ends_the_state(title: str, language: str,
                                                     expected: str) -> None:
    check_verdict([MORATORIUM], "velmora-quarry-moratorium", expected, title, "",
                  "2026-09-01", language)
