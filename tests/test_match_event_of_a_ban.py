"""An event claim whose thing is a ban: "the ban on diesel lorries will take effect".

A stop word inside the claim's terms ("lorry ban", 通行禁止) names what takes effect,
not a stop of it: "ban on diesel lorries takes effect", ディーゼル車の禁止 きょう施行
confirm (labelling rule 2). Written as a verb, it is the ban decided, a step to its
start ("Brindle bans diesel lorries", rule 6). A word that stops the ban still stops it.
A claim whose event is the stop itself ("will close the depot") is not such a claim.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.states.stop_terms import same_root
from tracker.models import ClaimKind

BAN = claim(
    "brindle-lorry-ban", "Brindle's ban on diesel lorries in the old town will take effect on "
    "July 1, 2026.",
    [group("town", en=["Brindle"], fr=["Brindle"], ja=["ブリンドル"]),
     group("ban", en=["lorry ban", "diesel lorries"],
           fr=["interdiction des camions", "camions diesel"], ja=["通行禁止", "ディーゼル車"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1),
)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Brindle's ban on diesel lorries takes effect", "en", "2026-07-01", "confirms"),
    ("Ban on diesel lorries in force in Brindle", "en", "2026-07-01", "confirms"),
    ("ブリンドル、旧市街のディーゼル車の禁止 きょう施行", "ja", "2026-07-01", "confirms"),
    ("Brindle : l'interdiction des camions diesel dans la vieille ville est en vigueur", "fr",
     "2026-07-01", "confirms"),
    ("Brindle bans diesel lorries from the old town", "en", "2026-03-01", "updates"),
    # « interdit » is the verb of the terms' « interdiction » (one root), written as a
    # verb (an -ire verb's form in -it)
    ("Brindle interdit les camions diesel dans la vieille ville", "fr", "2026-03-01",
     "updates"),
    # a word of now beside the verb: the ban in force
    ("Brindle interdit désormais les camions diesel dans la vieille ville", "fr",
     "2026-07-02", "confirms"),
    ("Brindle now bans diesel lorries from the old town", "en", "2026-07-02", "confirms"),
    # guards: the ban stopped or put off
    ("Brindle scraps lorry ban", "en", "2026-05-01", "contradicts"),
    ("ブリンドル、ディーゼル車の通行禁止を撤回", "ja", "2026-05-01", "contradicts"),
    ("Brindle lorry ban put back to September", "en", "2026-05-01", "updates"),
], ids=["en", "en-in-force", "ja", "fr", "en-decided", "fr-decided", "fr-now", "en-now",
        "guard-scrapped", "guard-ja-withdrawn", "guard-put-back"])
def test_a_ban_is_what_takes_effect(title: str, language: str, day: str,
                                    expected: str) -> None:
    check_verdict([BAN], BAN.id, expected, title, "", day, language)


DEPOT = claim(
    "brindle-depot-closure", "Brindle's bus depot will close on July 1, 2026.",
    [group("depot", en=["Brindle bus depot"], fr=["dépôt de bus de Brindle"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1),
)


def test_a_claim_whose_event_is_the_stop_still_reads_it() -> None:
    check_verdict([DEPOT], DEPOT.id, "confirms", "Brindle bus depot closes", "", "2026-07-01",
                  "en")


@pytest.mark.parametrize(("one", "other", "expected"), [
    ("interdiction", "interdire", True),
    ("prohibition", "prohibit", True),
    ("suspension", "suspendre", True),
    ("suppression", "supprimer", False),  # too far apart to tell by their letters
    ("gel", "geler", False),  # too short
    ("interdiction", "interdiction des camions", False),  # phrases are not words
])
def test_two_stop_words_of_one_root(one: str, other: str, expected: bool) -> None:
    assert same_root(one, other) is expected
