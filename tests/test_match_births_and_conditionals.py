"""A new body "is born" (naître, 誕生) when it comes into being, and a figure takes the
tense of the French verb before it ("la ville tomberait à 7 600 habitants": a
conditional is a forecast, no figure reached). Reported by round seventeen's claim
writers and found in its items; subjects are invented; each flagged case failed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

COOP = group("co-op", en=["Orvane Growers"], fr=["Orvane Vignerons"], ja=["オルヴァン生産者組合"])
MERGER = [claim("orvane-coop-merger", "The two cellars will merge into Orvane Growers on "
                "1 January 2027.", [COOP], kind=ClaimKind.EVENT,
                expected_from=date(2027, 1, 1), expected_by=date(2027, 1, 31))]


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("confirms", "Orvane Vignerons est née", "2027-01-05", "fr"),  # flagged
    ("confirms", "オルヴァン生産者組合が誕生、2蔵が統合", "2027-01-05", "ja"),  # flagged
    # guard: a birth still to come is a preview
    ("mentions", "Orvane Vignerons naîtra le 1er janvier", "2026-12-10", "fr"),
])
def test_a_body_born_has_come_into_being(expected: str, title: str, day: str,
                                         language: str) -> None:
    check_verdict(MERGER, "orvane-coop-merger", expected, title, "", day, language)


TOWN = group("town", en=["Brevik"], fr=["Brevik"], ja=["ブレビク"])
PEOPLE = group("population", en=["population", "residents"], fr=["population", "habitants"],
               ja=["人口"])
FLOOR = [claim("brevik-floor-fr", "Brevik's population will not fall below 12,000 until 2030.",
               [TOWN, PEOPLE], kind=ClaimKind.STATE, expected_by=date(2030, 12, 31))]


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "Brevik : sans sursaut, la ville tomberait à 11 600 habitants en 2030"),  # flagged
    ("updates", "Brevik : la population passera sous les 12 000 habitants, selon l'Insee"),
    ("contradicts", "Brevik : la population est tombée à 11 600 habitants"),
])
def test_a_french_figure_takes_the_tense_of_its_verb(expected: str, title: str) -> None:
    check_verdict(FLOOR, "brevik-floor-fr", expected, title, "", "2027-04-02", "fr")


def test_a_sentence_ends_after_a_percent_or_a_currency_sign() -> None:
    """"rempli qu'à 31 %. La préfète a confirmé…" is two sentences (reported by a claim
    writer of round eighteen); an initial ("J. Dupont") still ends none."""
    from tracker.match.text.view import split_sentences

    assert split_sentences("Le lac n'est rempli qu'à 31 %. La préfète a confirmé. "
                           "Le prix : 5 €. Puis J. Dupont parle.") == [
        "Le lac n'est rempli qu'à 31 %.", "La préfète a confirmé.", "Le prix : 5 €.",
        "Puis J. Dupont parle."]
