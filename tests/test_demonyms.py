"""A place's adjective derived from its name (tracker/match/demonyms.py): "Braskan
nurses", "le Parlement aravien" name the claim's "Brask" and "Aravia". Only for a group
of names, and only for one-word names of four letters or more."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group

from tracker.match import Matcher
from tracker.match.demonyms import with_demonyms
from tracker.models import ClaimKind


def test_adjectives_are_derived_for_a_group_of_names() -> None:
    derived = with_demonyms({"en": ("Brask", "Aravia"), "fr": ("Brask",)})
    assert {"Braskan", "Aravian"} <= set(derived["en"])
    assert {"Braskais", "Braskien", "Aravien"} <= set(derived["fr"])
    # a group whose English terms are not all names, or a short name: nothing added
    assert with_demonyms({"en": ("Brask", "nurses")}) == {"en": ("Brask", "nurses")}
    assert with_demonyms({"en": ("Oda",)}) == {"en": ("Oda",)}


def test_an_adjective_names_the_place() -> None:
    strike = claim(
        "brask-strike", "The Brask nurses' strike will end by April 2027.",
        [group("brask", en=["Brask"], fr=["Brask"]), group("strike", en=["strike"],
                                                          fr=["grève"])],
        kind=ClaimKind.EVENT, expected_by=date(2027, 4, 30),
    )
    matcher = Matcher([strike])
    assert matcher.match(entry("Braskan nurses end strike after five months", "",
                               "2027-06-02", "en"))
    assert matcher.match(entry("La grève des infirmières braskiennes continue", "",
                               "2027-03-02", "fr"))
