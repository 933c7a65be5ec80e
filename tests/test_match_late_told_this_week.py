"""A late event told in the summary of an item whose title does not name the claim's
subject is a look back, a mention, unless its clause dates it in the days just gone: a
weekday, yesterday or a date of the last week ("the prefect signed the permit on
Thursday"; in Japanese the sentence, whose date opens it). Then it is the item's own
news and confirms, however late (rule 4). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PERMIT = claim(
    "brevanne-quarry-permit",
    "The prefect will grant the Brévanne quarry permit by the end of March 2026.",
    [group("permit", en=["quarry permit"], fr=["permis de la carrière"], ja=["採石場"]),
     group("place", en=["Brévanne"], fr=["Brévanne"], ja=["ブレバンヌ"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 10, 2), expected_by=date(2026, 3, 31))
TITLES = {"en": "Green light at last for the diggers", "fr": "Feu vert pour les pelleteuses",
          "ja": "重機の搬入始まる"}
CASES = [
    ("en", "The prefect signed the Brévanne quarry permit on Thursday, six weeks later "
           "than planned.", "confirms"),
    ("en", "The prefect signed the Brévanne quarry permit yesterday.", "confirms"),
    # guard: the weekday dates another clause; the permit is told as a look back
    ("en", "The prefect signed the Brévanne quarry permit in March, and the diggers "
           "arrived on Thursday.", "mentions"),
    ("fr", "Le préfet a signé jeudi le permis de la carrière de Brévanne, avec six semaines "
           "de retard.", "confirms"),
    ("fr", "Le préfet a signé hier le permis de la carrière de Brévanne.", "confirms"),
    ("ja", "県は13日（水曜日）、ブレバンヌの採石場を許可した。", "confirms"),
    ("ja", "県はきのう、ブレバンヌの採石場の計画を許可した。", "confirms"),
    ("ja", "県は13日、ブレバンヌの採石場を許可した。", "confirms"),
    # guard: a month long gone dates it: a look back
    ("ja", "県は3月、ブレバンヌの採石場を許可した。", "mentions"),
]


@pytest.mark.parametrize(("language", "summary", "expected"), CASES)
def test_a_late_decision_told_this_week(language: str, summary: str, expected: str) -> None:
    check_verdict([PERMIT], "brevanne-quarry-permit", expected, TITLES[language], summary,
                  "2026-05-15", language)
