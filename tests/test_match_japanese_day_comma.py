"""A day between a Japanese subject and its verb: 建設工事が9日、始まった.

Japanese news names the day after the subject and before the verb, often with a comma
(政府は24日、…を決めた). The day's comma is no clause break, and the works word before
the day still starts the works (invented subjects; labelling rules 2 and 4)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind, Verdict

PLANT = group("plant", en=["Velmora water plant"], ja=["ヴェルモラ浄水場"])
# its cues make it a claim named only by names its sibling shares: a general start
# word is its news only where it starts the works
WORKS = claim("velmora-plant-works", "Construction of the Velmora water plant will begin in "
              "March 2026.", [PLANT], kind=ClaimKind.EVENT,
              expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
              cues={Verdict.CONFIRMS: {"en": ("construction … begin",), "ja": ("着工",)}})
OPENING = claim("velmora-plant-opening", "The Velmora water plant will open in 2028.",
                [PLANT], kind=ClaimKind.EVENT, expected_from=date(2028, 1, 1),
                expected_by=date(2028, 12, 31))
MATCHER = Matcher([WORKS, OPENING])


def _clauses(text: str) -> int:
    return len(view_of_texts(text, "", "ja", Stemmer()).clause_starts)


def test_a_days_comma_is_no_clause_break() -> None:
    assert _clauses("浄水場の建設工事が9日、始まった") == 1
    assert _clauses("浄水場の建設工事が同日、始まった") == 1


def test_a_headlines_topic_comma_still_breaks() -> None:
    assert _clauses("県議会、浄水場の予算案を可決") == 2
    assert _clauses("浄水場の建設、9日に始まる") == 2


def test_works_begun_on_a_named_day_confirm_the_works() -> None:
    item = entry("ヴェルモラ浄水場の建設工事が9日、始まった。", "", "2026-03-10", "ja")
    assert verdict_for(MATCHER, item, "velmora-plant-works") == "confirms"
    assert verdict_for(MATCHER, item, "velmora-plant-opening") != "confirms"


def test_works_to_begin_on_a_named_day_are_a_preview() -> None:
    item = entry("ヴェルモラ浄水場の建設工事が来月10日に始まる。", "", "2026-02-20", "ja")
    assert verdict_for(MATCHER, item, "velmora-plant-works") == "mentions"


def test_a_tour_begun_on_a_named_day_is_no_start_of_works() -> None:
    item = entry("ヴェルモラ浄水場の見学会が9日、始まった。", "", "2026-03-10", "ja")
    assert verdict_for(MATCHER, item, "velmora-plant-works") != "confirms"
