"""Permits refused and issued, and a total length that is no extension.

Planning news says "refuses planning permission", « refus d'autorisation »,
"issues the permit", « délivre l'agrément »: the general words of a decision against or
for a plan, in each Latin language, beside the object they govern. Japanese 総延長 (a
total length) holds 延長 (an extension) and says nothing late (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

DEPOT = claim(
    "harrowfell-depot-permit",
    "Harrowfell council will decide on the bus depot planning application by June 2026.",
    [group("depot", en=["Harrowfell bus depot"], fr=["dépôt de bus de Harrowfell"],
           ja=["ハロウフェルのバス車庫"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 1, 1), expected_by=date(2026, 6, 30))
FENCES = claim(
    "harrowfell-fences-250km",
    "Harrowfell will install 250 km of electric fences by March 2026.",
    [group("fences", en=["electric fences"], fr=["clôtures électriques"], ja=["電気柵"]),
     group("town", en=["Harrowfell"], fr=["Harrowfell"], ja=["ハロウフェル"])],
    kind=ClaimKind.TARGET, expected_from=date(2025, 6, 1), expected_by=date(2026, 3, 31))
MATCHER = Matcher([DEPOT, FENCES])


@pytest.mark.parametrize(("title", "language"), [
    ("Harrowfell bus depot: council refuses planning permission", "en"),
    ("Harrowfell bus depot refused a licence by the council", "en"),
    ("Dépôt de bus de Harrowfell : refus d'autorisation", "fr"),
    ("Le préfet refuse l'autorisation du dépôt de bus de Harrowfell", "fr"),
])
def test_a_permit_refused_goes_against_the_plan(title: str, language: str) -> None:
    item = entry(title, "", "2026-05-12", language)
    assert verdict_for(MATCHER, item, "harrowfell-depot-permit") == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Harrowfell bus depot: council issues the building permit", "en"),
    ("Dépôt de bus de Harrowfell : la mairie délivre le permis de construire", "fr"),
    ("Harrowfell bus depot obtains its operating licence", "en"),
    ("Dépôt de bus de Harrowfell : l'exploitant obtient son agrément", "fr"),
])
def test_a_permit_issued_is_the_decision(title: str, language: str) -> None:
    item = entry(title, "", "2026-05-12", language)
    assert verdict_for(MATCHER, item, "harrowfell-depot-permit") == "confirms"


def test_a_permit_talked_about_is_no_decision() -> None:
    item = entry("Harrowfell bus depot: what a planning permission would mean", "",
                 "2026-05-12", "en")
    assert verdict_for(MATCHER, item, "harrowfell-depot-permit") not in (
        "confirms", "contradicts")


def test_a_total_length_is_no_extension() -> None:
    """Without a word of reaching, the figure alone is not read; but no delay is."""
    item = entry("ハロウフェルの電気柵、総延長250キロに", "", "2026-03-20", "ja")
    assert verdict_for(MATCHER, item, "harrowfell-fences-250km") != "updates"
    reached = entry("ハロウフェルの電気柵、総延長250キロ達成", "", "2026-03-20", "ja")
    assert verdict_for(MATCHER, reached, "harrowfell-fences-250km") == "confirms"
