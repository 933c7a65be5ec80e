"""A state that is a stop, lifted in the passive: "the moratorium on new quarries has
been lifted", « le moratoire sur les carrières a été levé »: the auxiliary right before
the undo word ties it to the stop however far (closed_states._lifted; invented subjects).
Told ahead ("is to be lifted", « sera levé »), it is the state ended early by those who
hold it (rule 7); only considered ("could be lifted"), a threat (updates); told for the
day the claim ends, its own end retold. The lifting is read where its undo word is."""

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
    ("Velmora moratorium on new quarries in the hills is to be lifted", "en", "contradicts"),
    ("Velmora moratorium on new quarries will be lifted next spring", "en", "contradicts"),
    ("Velmora : le moratoire sur les nouvelles carrières sera levé au printemps", "fr",
     "contradicts"),
    ("Velmora : le moratoire sur les nouvelles carrières pourrait être levé", "fr", "updates"),
    ("Velmora moratorium on new quarries to be lifted on December 31, 2027", "en",
     "mentions"),
    ("Council to lift Velmora moratorium on new quarries on December 31, 2027", "en",
     "mentions"),
    # guards: only considered is a threat; a refusal keeps it
    ("Velmora moratorium on new quarries could be lifted next spring", "en", "updates"),
    ("Velmora : le moratoire sur les nouvelles carrières ne sera pas levé", "fr", "confirms"),
], ids=["has-been-lifted", "a-ete-leve", "est-leve", "is-to-be-lifted", "will-be-lifted",
        "sera-leve", "pourrait-etre-leve", "at-its-end", "to-lift-at-its-end", "guard-could",
        "guard-ne-sera-pas"])
def test_a_stop_lifted_in_the_passive_ends_the_state(title: str, language: str,
                                                     expected: str) -> None:
    check_verdict([MORATORIUM], "velmora-quarry-moratorium", expected, title, "",
                  "2026-09-01", language)
