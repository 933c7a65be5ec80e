"""An event word written capitalised inside a sentence, in a name, is no event: "Falls"
in "Corliss Falls", « Fermé » in « Bois-Fermé » (claim writer of round 103). A sentence
in Title Case, the first word and a word after a phrase's start say nothing. Subjects
are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.match.text.written_words import inside_a_name
from tracker.models import ClaimKind

STUDENTS = claim(  # target: 2,500 students by the autumn of 2029
    "orla-campus-students", "Orla Community College's new campus will reach 2,500 students "
    "by the autumn of 2029.",
    [group("college", en=["Orla Community College", "community college"],
           fr=["collège communautaire d'Orla"]),
     group("students", en=["students"], fr=["étudiants"])],
    kind=ClaimKind.TARGET, expected_by=date(2029, 10, 31),
)
POOL = claim(  # decision: the council votes the pool's renovation
    "marle-pool-vote", "Marle's council will approve the renovation of its pool in May 2026.",
    [group("pool", en=["Marle pool"], fr=["piscine de Marle"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Corliss Falls community college hits 2,600 students", "en"),
    ("confirms", "Community college in Corliss Falls reaches 2,600 students", "en"),
    # near miss: the word lower case is a fall
    ("updates", "Community college student numbers fall to 2,100", "en"),
])
def test_an_event_word_inside_a_place_name(expected: str, title: str, language: str
                                           ) -> None:
    check_verdict([STUDENTS], "orla-campus-students", expected, title, "", "2028-09-20",
                  language)


def test_a_hyphenated_name_holds_no_event() -> None:
    # « Fermé » in « Bois-Fermé » closes nothing; the vote is the news
    check_verdict([POOL], "marle-pool-vote", "confirms",
                  "La piscine de Marle : les élus de Bois-Fermé votent la rénovation", "",
                  "2026-05-20", "fr")


@pytest.mark.parametrize(("title", "language", "word", "inside"), [
    ("Community college in Corliss Falls reaches 2,600 students", "en", "falls", True),
    ("Corliss Falls Council Approves Mall Purchase", "en", "approves", False),  # Title Case
    ("Council OKs pool renovation", "en", "oks", False),  # a word in capitals
    ("Marle pool: Closure confirmed", "en", "closure", False),  # after a phrase's start
    ("Les élus de Bois-Fermé votent", "fr", "ferme", True),
])
def test_inside_a_name(title: str, language: str, word: str, inside: bool) -> None:
    view = view_of_texts(title, "", language, Stemmer())
    token = next(i for i, t in enumerate(view.tokens) if t.raw == word)
    assert inside_a_name(view, token) is inside
