"""For a target, a step of the project told with no figure in its clause ("opens tender
for its electric buses", « choisit son fournisseur ») is news of the project, not of
the count the target measures (../shared/labelling.md, rule 7: a target's news is its
figures). A figure, a figure moved, a delay and the claim's own words still count.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FLEET = claim(
    "orna-electric-buses", "Orna will run 40 electric buses by the end of 2027.",
    [group("orna", en=["Orna"], fr=["Orna"], ja=["オルナ"]),
     group("buses", en=["electric buses"], fr=["bus électriques"], ja=["電気バス"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orna opens tender for its electric buses", "en", "mentions"),
    ("Orna choisit le fournisseur de ses bus électriques", "fr", "mentions"),
    # a figure so far, a delay: news of the count
    ("Orna now runs 12 electric buses", "en", "updates"),
    ("Orna electric buses delayed to 2028", "en", "updates"),
], ids=["en-tender", "fr-supplier", "en-figure", "en-delay"])
def test_a_projects_step_is_no_news_of_the_count(title: str, language: str,
                                                 expected: str) -> None:
    check_verdict([FLEET], "orna-electric-buses", expected, title, "", "2026-09-10",
                  language)
