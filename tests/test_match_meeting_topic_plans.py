"""A plan named as a meeting's topic is no plan for the meeting: "briefing held on the
school plan" reports the briefing held (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

BRIEFING = claim(
    "kessling-school-briefing", "Kessling will hold a residents' briefing on the Orrin "
                                "school conversion on 1 March 2025.",
    [group("town", en=["Kessling", "Orrin"]),
     group("briefing", en=["residents' briefing", "briefing"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 2, 18), expected_from=date(2025, 3, 1),
    expected_by=date(2025, 3, 1))
MATCHER = Matcher([BRIEFING])


@pytest.mark.parametrize("title", [
    "Residents' briefing held on Orrin school plan in Kessling",
    "Kessling holds briefing on plan to convert Orrin school",
])
def test_a_plan_as_the_topic_is_no_preview(title: str) -> None:
    item = entry(title, "", "2025-03-02", "en")
    assert verdict_for(MATCHER, item, "kessling-school-briefing") == "confirms"


@pytest.mark.parametrize("title", [
    "Kessling to hold briefing on Orrin school plan",  # the future governs the meeting
    "Briefing on Orrin school plan to be held in Kessling",  # the topic before the verb
])
def test_a_meeting_still_to_come_is_a_preview(title: str) -> None:
    item = entry(title, "", "2025-02-25", "en")
    assert verdict_for(MATCHER, item, "kessling-school-briefing") == "mentions"


@pytest.mark.parametrize("title", [
    # the meeting's noun, then its topic, then the cue: the plan is still the topic
    "Residents' briefing on Orrin school plan held in Kessling",
    "Briefing on the Orrin school plan held",
])
def test_a_plan_between_the_meeting_and_its_verb_is_the_topic(title: str) -> None:
    item = entry(title, "", "2025-03-02", "en")
    assert verdict_for(MATCHER, item, "kessling-school-briefing") == "confirms"


@pytest.mark.parametrize("title", [
    # no preposition of topic between the meeting's noun and the plan word
    "Kessling plans residents' briefing on Orrin school",
    # after the topic, a verb of schedule, not a noun
    "Briefing on Orrin school expected to be held in Kessling",
    "Briefing on Orrin school scheduled in Kessling",
])
def test_a_plan_for_the_meeting_still_plans_it(title: str) -> None:
    item = entry(title, "", "2025-02-25", "en")
    assert verdict_for(MATCHER, item, "kessling-school-briefing") == "mentions"
