"""A time word that opens a sentence before a comma dates the clause after it
("Demain, Akarigawa ouvre son agence", "Tomorrow, the hub opens"): a preview, not the
opening (labelling rule 2). "Ce mardi", "this Tuesday", written on a Tuesday, is that
very day: the opening told. Round 119 items. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind

HUB = claim(  # event: a hub opens on a day
    "velmora-hub-opening", "The Velmora startup hub will open on 1 July 2025.",
    [group("hub", en=["startup hub"], fr=["pépinière d'entreprises"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 3, 1), expected_from=date(2025, 7, 1),
    expected_by=date(2025, 7, 1),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Demain, Velmora ouvre sa pépinière d'entreprises", "fr", "mentions"),
    ("Tomorrow, Velmora opens its startup hub", "en", "mentions"),
    # guard: no time word before the comma: news (a day before its window)
    ("Enfin, Velmora ouvre sa pépinière d'entreprises", "fr", "updates"),
], ids=["demain", "tomorrow", "guard-no-time"])
def test_a_fronted_time_word_dates_its_sentence(title: str, language: str,
                                                 expected: str) -> None:
    check_verdict([HUB], "velmora-hub-opening", expected, title, "", "2025-06-30", language)


def test_only_a_time_word_opening_the_sentence_holds_its_comma() -> None:
    assert view_of_texts("Demain, Velmora ouvre", "", "fr", Stemmer()).clause_starts == (0,)
    assert len(view_of_texts("Velmora, demain, ouvre", "", "fr", Stemmer()).clause_starts) == 3


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    # "ce mardi" on a Tuesday is that very day: the opening told (a round 119 item)
    ("Velmora ouvre sa pépinière d'entreprises ce mardi", "fr", "2025-07-01", "confirms"),
    ("Velmora opens its startup hub this Tuesday", "en", "2025-07-01", "confirms"),
    # guards: another weekday, or a bare one, is still ahead
    ("Velmora ouvre sa pépinière d'entreprises ce jeudi", "fr", "2025-07-01", "mentions"),
    ("Velmora opens its startup hub Thursday", "en", "2025-07-01", "mentions"),
], ids=["ce-mardi", "this-tuesday", "guard-ce-jeudi", "guard-thursday"])
def test_this_weekday_on_that_day_is_today(title: str, language: str, day: str,
                                           expected: str) -> None:
    check_verdict([HUB], "velmora-hub-opening", expected, title, "", day, language)
