"""For a decision claim, an infinitive after the deciding verb in its clause is the
thing decided, however many words stand between them ("voted 18-5 on Thursday
evening to sell the depot", « a décidé lundi soir de vendre le dépôt »): the decision
is the news, not a sale still to come (../shared/labelling.md, rule 4). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SALE_VOTE = claim(  # decision: a council votes to sell its tram depot
    "orvel-depot-sale-vote", "Orvel council will vote on 20 March 2025 to sell the old "
    "Orvel tram depot to a housing developer.",
    [group("orvel", en=["Orvel"], fr=["Orvel"], ja=["オルヴェル"]),
     group("depot", en=["tram depot"], fr=["dépôt de tramways"], ja=["路面電車の車庫"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 1, 10), expected_by=date(2025, 3, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orvel council voted 21-4 on Thursday evening to sell the old tram depot",
     "en", "confirms"),
    ("Orvel : le conseil a décidé jeudi soir à une large majorité de vendre le dépôt de "
     "tramways", "fr", "confirms"),
    # a near miss: with no deciding verb, the infinitive is a step hoped for
    ("Orvel council hopes to sell the old tram depot by the summer", "en", "updates"),
], ids=["en-voted-to-sell", "fr-decide-de-vendre", "no-deciding-verb"])
def test_an_infinitive_after_the_deciding_verb_is_what_was_decided(
        title: str, language: str, expected: str) -> None:
    check_verdict([SALE_VOTE], "orvel-depot-sale-vote", expected, title, "", "2025-03-21",
                  language)
