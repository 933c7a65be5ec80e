"""A place left out by the local press (omitted.py): the claim's own names in a
headline do not make it Title Case, and ``explain`` says why a missing required group
could not be left out (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.explain import explain
from tracker.models import ClaimKind

ARRIVAL = claim(
    "wrayle-lifeboat-arrival",
    "The new lifeboat Elsie Marland will arrive at Chapel Slip in Wrayle in November 2025.",
    [group("boat", en=["Elsie Marland"], fr=["Elsie Marland"]),
     group("place", en=["Wrayle"], fr=["Wrayle"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 9, 15), expected_from=date(2025, 11, 1),
    expected_by=date(2025, 11, 30),
    cues=None)
# a second claim shares the place: the boat is the arrival's subject, the place may go
BOATHOUSE = claim("wrayle-boathouse", "Wrayle's new boathouse will open in March 2026.",
                  [group("boathouse", en=["new boathouse"]), group("place", en=["Wrayle"])],
                  kind=ClaimKind.EVENT)
MATCHER = Matcher([ARRIVAL, BOATHOUSE])


def test_the_claims_own_names_make_no_title_case() -> None:
    """"Elsie Marland … Chapel Slip": capitalised as names, not as Title Case."""
    item = entry("Elsie Marland at Chapel Slip", "", "2025-11-20", "en")
    assert verdict_for(MATCHER, item, "wrayle-lifeboat-arrival") is not None


@pytest.mark.parametrize(("title", "language", "why"), [
    ("Elsie Marland Sails Into Her New Home Port", "en", "Title Case"),
    ("Skelby crew escorts Elsie Marland", "en", "the title names skelby"),
    ("Elsie Marland arrive enfin", "fr", "source language (en), not fr"),
])
def test_explain_says_why_the_place_was_not_left_out(title: str, language: str,
                                                    why: str) -> None:
    lines = explain(MATCHER, entry(title, "", "2025-11-20", language),
                    "wrayle-lifeboat-arrival")
    reasons = [line for line in lines if line.startswith("  why: group place")]
    assert len(reasons) == 1 and why in reasons[0], lines
    assert lines[-1] == "  not about wrayle-lifeboat-arrival"


def test_explain_says_the_title_must_name_the_subject() -> None:
    """Local news may leave the place out only with the claim's subject in its title."""
    item = entry("New lifeboat arrives at last", "Elsie Marland was escorted in on Thursday.",
                 "2025-11-20", "en")
    lines = explain(MATCHER, item, "wrayle-lifeboat-arrival")
    reasons = [line for line in lines if line.startswith("  why: group place")]
    assert len(reasons) == 1 and "name the claim's subject in its title" in reasons[0], lines


def test_a_subject_group_cannot_be_left_out() -> None:
    lines = explain(MATCHER, entry("Wrayle crew moves in", "", "2026-03-02", "en"),
                    "wrayle-boathouse")
    assert any(line.startswith("  why: group boathouse cannot be left out: it is one of "
                               "the claim's subject groups") for line in lines), lines


def test_a_group_of_things_cannot_be_left_out() -> None:
    """A group of things ("harbour quay") is the claim's matter, named by any paper."""
    moored = claim("elsie-moored", "Elsie Marland will moor at the harbour quay in 2026.",
                   [group("boat", en=["Elsie Marland"]), group("quay", en=["harbour quay"])],
                   kind=ClaimKind.EVENT)
    shed = claim("quay-shed", "A boat shed will be built on the harbour quay in 2026.",
                 [group("shed", en=["boat shed"]), group("quay", en=["harbour quay"])],
                 kind=ClaimKind.EVENT)
    lines = explain(Matcher([moored, shed]),
                    entry("Elsie Marland moored at last", "", "2026-03-02", "en"),
                    "elsie-moored")
    assert any(line.startswith("  why: group quay cannot be left out: only a group of "
                               "names") for line in lines), lines
