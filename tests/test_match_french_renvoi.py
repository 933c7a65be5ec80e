"""« Renvoyer à » a date puts a thing off (a `shift` word: only with a date or a place in
its clause): « le vote renvoyé au 10 mars » is a delay of the vote, an update (the day
after the vote was due, beside a body that tells the file withdrawn); « renvoyé devant
le tribunal » names no date and shifts nothing. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

LOAN_VOTE = claim(
    "orna-loan-vote", "The Orna region will vote a EUR 1.5 million loan to the Velmora mill "
    "co-operative on 17 February 2026.",
    [group("region", en=["Orna region"], fr=["région d'Orna"], ja=["オルナ地域圏"]),
     group("loan", en=["loan"], fr=["prêt"], ja=["融資"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 1, 12), expected_from=date(2026, 2, 17),
    expected_by=date(2026, 2, 17),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Région d'Orna : le vote du prêt à la coopérative renvoyé au 10 mars", "updates"),
    ("Région d'Orna : le renvoi au 10 mars du vote sur le prêt", "updates"),
    # a near miss: sent before a court, no date: nothing put off, and the body's
    # withdrawal stands
    ("Région d'Orna : le dossier du prêt renvoyé devant le tribunal", "contradicts"),
], ids=["renvoye-au", "renvoi-au", "renvoye-devant"])
def test_renvoyer_a_a_date_puts_it_off(title: str, expected: str) -> None:
    check_verdict([LOAN_VOTE], "orna-loan-vote", expected, title, SUMMARY, "2026-02-18", "fr")


# the body tells the file withdrawn from the agenda: the title's new date says for how long
SUMMARY = "La commission permanente de la région d'Orna a retiré lundi le dossier du prêt."
