"""A state that is itself a stop, lifted: "the moratorium on new quarries stays in force".

The claim names its stop as a term, in each language (moratorium, « moratoire »,
モラトリアム). Lifting it ends the state (labelling rule 7: reversed), whichever
language the news is in; the stop said again keeps it (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MORATORIUM = claim(
    "brenne-quarry-moratorium",
    "The moratorium on new quarries in the Brenne valley will stay in force until the "
    "end of 2027.",
    [group("moratorium", en=["quarry moratorium", "moratorium on new quarries"],
           fr=["moratoire sur les carrières", "moratoire"], ja=["モラトリアム", "新規採石の凍結"]),
     group("valley", en=["Brenne"], fr=["Brenne"], ja=["ブレンヌ"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 12, 31))
MATCHER = Matcher([MORATORIUM])


@pytest.mark.parametrize(("title", "language"), [
    ("Brenne prefect lifts quarry moratorium", "en"),
    ("Brenne prefect ends its quarry moratorium", "en"),  # the undo phrase holds the stop
    ("Brenne : le préfet lève le moratoire sur les carrières", "fr"),
    ("ブレンヌ渓谷、採石場のモラトリアムを解除", "ja"),
])
def test_the_stop_lifted_ends_the_state(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-03", language)
    assert verdict_for(MATCHER, item, "brenne-quarry-moratorium") == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Brenne prefect keeps quarry moratorium despite industry pressure", "en"),
    ("Brenne : le moratoire sur les carrières maintenu", "fr"),
])
def test_the_stop_kept_does_not_end_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-03", language)
    assert verdict_for(MATCHER, item, "brenne-quarry-moratorium") != "contradicts"


def test_a_stop_of_the_stop_keeps_it_and_the_stop_itself_ends_it() -> None:
    kept = entry("Prefect rejects bid to annul Brenne quarry moratorium", "", "2026-06-03",
                 "en")
    ended = entry("Court quashes Brenne quarry moratorium", "", "2026-06-03", "en")
    assert verdict_for(MATCHER, kept, "brenne-quarry-moratorium") == "confirms"
    assert verdict_for(MATCHER, ended, "brenne-quarry-moratorium") == "contradicts"
