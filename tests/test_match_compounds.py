"""Japanese noun compounds said with の (docs/matching.md, "Relevance"): a claim's
four-kanji term (職員採用) finds 職員の採用 in the news, and 職員の採用 finds 職員採用;
a four-kanji event word (運航開始) finds 運航を開始, 運航が開始, 運航の開始.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.compounds import compound_forms, event_word_forms
from tracker.models import ClaimKind, TermGroup, Verdict


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


@pytest.mark.parametrize(("word", "forms"), [
    ("運転開始", ("運転を開始", "運転が開始", "運転の開始")),
    # the other way round a compound mostly names a cause: 店舗閉鎖で支店を失った町
    ("店舗を閉鎖", ()),
    ("開業", ()),
])
def test_event_word_forms(word: str, forms: tuple[str, ...]) -> None:
    assert event_word_forms(word) == forms


def _ferry_groups() -> list[TermGroup]:
    return [group("orna", ja=["オルナ"], en=["Orna"]),
            group("ferry", ja=["電動フェリー"], en=["electric ferry"])]


# Two claims named by the same names: each reads only its own cues' clauses.
FERRY_TRIALS = claim(
    "orna-ferry-trials", "Orna's electric ferry will complete its sea trials by March 2027.",
    _ferry_groups(), kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
    cues={Verdict.CONFIRMS: {"ja": ("試験完了",)}},
)
FERRY_DELIVERY = claim(
    "orna-ferry-delivery", "Orna's electric ferry will be delivered in 2027.",
    _ferry_groups(), kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
    cues={Verdict.CONFIRMS: {"ja": ("引き渡し",)}},
)


@pytest.mark.parametrize(("title", "verdict"), [
    ("オルナの電動フェリー、試験を完了", "confirms"),
    ("オルナの電動フェリー、試験が完了した", "confirms"),
    ("オルナの電動フェリーが試験完了", "confirms"),
])
def test_a_claim_cue_of_four_kanji_finds_it_with_a_particle(title: str, verdict: str) -> None:
    matcher = Matcher([FERRY_TRIALS, FERRY_DELIVERY])
    item = entry(title, "", "2027-02-10", "ja")
    assert verdict_for(matcher, item, "orna-ferry-trials") == verdict
    assert verdict_for(matcher, item, "orna-ferry-delivery") == "mentions"
