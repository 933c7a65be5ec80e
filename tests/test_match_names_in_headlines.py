"""An event word that is part of a name in a Title Case headline: "Brannock Halt Gets
Trains Back" names a station, no halt, when the entry's text writes "Brannock Halt" as
a name inside a sentence (invented subjects)."""

from __future__ import annotations

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

TRAINS = claim(
    "brannock-trains", "Trains will call again at Brannock by September 2026.",
    [group("brannock", en=["Brannock"]),
     group("trains", en=["trains", "rail services"])],
    kind=ClaimKind.EVENT)
MATCHER = Matcher([TRAINS])


@pytest.mark.parametrize(("title", "summary", "expected"), [
    ("Brannock Halt Gets Trains Back",
     "Trains will stop at Brannock Halt from Monday, the operator said.", "mentions"),
    # guards: the word is a verb in the text too, or the text never names it
    ("Rail Firm Will Halt Brannock Trains",
     "The firm will halt trains to Brannock, it said.", "contradicts"),
    ("Rail Firm Halts Brannock Trains", "No trains will run to Brannock.", "contradicts"),
])
def test_a_word_the_text_writes_as_a_name_is_no_event_in_a_title_case_headline(
        title: str, summary: str, expected: str) -> None:
    item = entry(title, summary, "2026-06-01", "en")
    assert verdict_for(MATCHER, item, "brannock-trains") == expected
