"""A closure kept in force: its lifting refused, or reported after the noun.

A state that is itself a stop ("the trail closure stays in force") ends when the stop
is lifted: "lifts the closure", "trail closure lifted" (the participle after the
noun), 閉鎖を解除. A refusal that governs the lifting keeps it: "rejects calls to lift
the closure", « refuse de lever la fermeture », 閉鎖解除を見送り (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

CLOSURE = claim(
    "aosagi-trail-closure",
    "The closure of the Mount Aosagi trail will stay in force until 31 October 2026.",
    [group("trail", en=["Aosagi trail"], fr=["sentier de l'Aosagi"], ja=["蒼鷺岳の登山道"]),
     group("closure", en=["closure"], fr=["fermeture"], ja=["閉鎖"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 6, 5), expected_from=date(2026, 6, 5),
    expected_by=date(2026, 10, 31))
MATCHER = Matcher([CLOSURE])


@pytest.mark.parametrize(("title", "language"), [
    ("Prefecture lifts Aosagi trail closure", "en"),
    ("Aosagi trail closure lifted", "en"),
    ("蒼鷺岳の登山道、閉鎖を解除", "ja"),
])
def test_the_closure_lifted_ends_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-08-10", language)
    assert verdict_for(MATCHER, item, "aosagi-trail-closure") == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Prefecture rejects calls to lift Aosagi trail closure", "en"),
    ("Prefecture refuses to lift Aosagi trail closure", "en"),
    ("Sentier de l'Aosagi : le préfet refuse de lever la fermeture", "fr"),
    ("蒼鷺岳の登山道、閉鎖解除を見送り", "ja"),
])
def test_a_refused_lifting_does_not_end_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-08-10", language)
    assert verdict_for(MATCHER, item, "aosagi-trail-closure") != "contradicts"
