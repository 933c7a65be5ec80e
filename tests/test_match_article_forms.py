"""A French term written with its article ("le Département") is found with the article
merged into a preposition (« du Département », « au Département »); a term without
it, or "la …", needs nothing more (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.finding.lexicon import load_lexicon
from tracker.match.text.article_forms import contracted_forms
from tracker.models import ClaimKind

VOTE = claim(
    "varenne-bridge-vote",
    "The Varenne departmental council will vote €3.1m for the Castelbrun bridge on "
    "24 March 2025.",
    [group("council", fr=["le Département"], en=["Varenne council"]),
     group("bridge", fr=["pont de Castelbrun"], en=["Castelbrun bridge"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 2, 20), expected_by=date(2025, 3, 24))
MATCHER = Matcher([VOTE])


@pytest.mark.parametrize("title", [
    "Pont de Castelbrun : les élus du Département votent 3,1 millions d'euros",
    "Pont de Castelbrun : feu vert au Département pour 3,1 millions d'euros",
])
def test_the_article_merged_into_a_preposition(title: str) -> None:
    item = entry(title, "", "2025-03-25", "fr")
    assert verdict_for(MATCHER, item, "varenne-bridge-vote") is not None


@pytest.mark.parametrize(("term", "forms"), [
    ("le Département", ("du Département", "au Département")),
    ("les Verts", ("des Verts", "aux Verts")),
    ("la Ville", ()),
    ("Département", ()),
])
def test_contracted_forms(term: str, forms: tuple[str, ...]) -> None:
    assert contracted_forms(term, "fr", load_lexicon()) == forms
