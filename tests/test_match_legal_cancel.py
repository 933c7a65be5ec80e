"""Legal verbs that undo a decision ("overturn", "void", "revoke", invalider, 無効) are
stops (labelling rule 7): done, they contradict; asked of a court, they are a threat
and update. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

LICENCE = claim(
    "depot-licence", "The regional council will license the Ostrava bus depot by June 2026.",
    [group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"],
           ja=["オストラバのバス車庫"]),
     group("licence", en=["licence", "permit"], fr=["permis", "autorisation"],
           ja=["許可"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
_MATCHER = Matcher([LICENCE])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Court overturns Ostrava bus depot permit", "en", "contradicts"),
    ("Council revokes Ostrava bus depot licence", "en", "contradicts"),
    ("Residents ask court to void Ostrava bus depot permit", "en", "updates"),
    # "appeal" in a court's name is no hedge: the appeals court decided
    ("Appeals court quashes Ostrava bus depot permit", "en", "contradicts"),
    ("Residents appeal against Ostrava bus depot permit", "en", "updates"),
    ("Le tribunal invalide le permis du dépôt de bus d'Ostrava", "fr", "contradicts"),
    ("オストラバのバス車庫の許可を無効とする判決", "ja", "contradicts"),
])
def test_legal_stops(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(_MATCHER, item, "depot-licence") == expected
