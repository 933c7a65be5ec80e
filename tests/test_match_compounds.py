"""Japanese noun compounds said with の (docs/matching.md, "Relevance"): a claim's
four-kanji term (職員採用) finds 職員の採用 in the news, and 職員の採用 finds 職員採用.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.compounds import compound_forms
from tracker.models import ClaimKind


@pytest.mark.parametrize(("term", "forms"), [
    ("職員採用", ("職員の採用",)),
    ("職員の採用", ("職員採用",)),
    ("オルナ市", ()),  # not four kanji: no other form
    ("採用", ()),
])
def test_compound_forms(term: str, forms: tuple[str, ...]) -> None:
    assert compound_forms(term) == forms


HIRING = claim(
    "orna-staff-hiring", "Orna city will hire 300 staff by 2027.",
    [group("orna", ja=["オルナ市"], en=["Orna"]), group("hiring", ja=["職員採用"],
                                                         en=["staff hiring"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "found"), [
    ("オルナ市、職員の採用を前倒し", True),
    ("オルナ市、職員採用を前倒し", True),
    # a near miss: the two nouns apart are no compound
    ("オルナ市の職員、採用試験の会場で案内", False),
])
def test_a_compound_term_finds_its_form_with_no(title: str, found: bool) -> None:
    item = entry(title, "", "2026-10-01", "ja")
    assert (verdict_for(Matcher([HIRING]), item, "orna-staff-hiring") is not None) == found
