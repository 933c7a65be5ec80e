"""A request refused keeps a state as it is: "turns down the request to rehome".

For a claim that a state holds (an import ban stays, entry stays free), a refusal
whose object is someone's request ("declines a request", "rejects calls", « rejette la
demande », 要望を拒否) changes nothing: the state is reported holding (labelling rule 1:
an action of the party, not a denial). A refusal of the state itself still ends it
(invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FREE = claim(
    "marlow-park-free-entry",
    "Entry to Marlow Central Park will stay free until the end of 2027.",
    [group("park", en=["Marlow Central Park"], fr=["parc central de Marlow"],
           ja=["マーロウ中央公園"]),
     group("entry", en=["free entry", "entry"], fr=["entrée gratuite", "entrée"],
           ja=["入園無料", "入園"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 1, 10), expected_from=date(2026, 1, 10),
    expected_by=date(2027, 12, 31))
MATCHER = Matcher([FREE])


@pytest.mark.parametrize(("title", "language"), [
    ("Marlow Central Park: council turns down request to charge for entry", "en"),
    # a requester's name before its possessive does not count toward the reach
    ("Marlow Central Park: council turns down Velmora Events' request to charge for entry",
     "en"),
    ("Marlow Central Park: council turns down Velmora Events's request to charge for entry",
     "en"),
    ("Parc central de Marlow : la mairie rejette la demande d'une entrée payante", "fr"),
    ("マーロウ中央公園の入園有料化、市が要望を拒否", "ja"),
])
def test_a_request_refused_keeps_the_state(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-10", language)
    assert verdict_for(MATCHER, item, "marlow-park-free-entry") != "contradicts"


def test_the_state_itself_ended_still_breaks_it() -> None:
    item = entry("Marlow Central Park scraps free entry", "", "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "marlow-park-free-entry") == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    # the change asked for is refused with the request, and the request is what was
    # refused, no hedge of the refusal: the state reported holding (round 65 item)
    ("Marlow Central Park: council turns down request to raise entry charge", "en"),
    ("Marlow Central Park: council turns down Velmora Events's request to raise entry "
     "charge", "en"),
])
def test_a_refused_request_for_a_change_reports_the_state_kept(title: str,
                                                                language: str) -> None:
    item = entry(title, "", "2026-06-10", language)
    assert verdict_for(MATCHER, item, "marlow-park-free-entry") == "confirms"


@pytest.mark.parametrize(("title", "language"), [
    # the stop phrase holds the request ("drop … plans"), the change asked follows
    ("Marlow council drops plan to end free entry to Marlow Central Park", "en"),
    ("Marlow council scraps plans to raise the entry charge at Marlow Central Park", "en"),
    ("Parc central de Marlow : la mairie abandonne le projet de supprimer l'entrée gratuite",
     "fr"),
    ("マーロウ中央公園、入園無料の廃止案を撤回", "ja"),
])
def test_a_plan_dropped_to_end_or_change_the_state_keeps_it(title: str, language: str
                                                            ) -> None:
    item = entry(title, "", "2026-06-10", language)
    assert verdict_for(MATCHER, item, "marlow-park-free-entry") == "confirms"


def test_a_plan_dropped_with_nothing_asked_is_still_a_stop() -> None:
    item = entry("Marlow council drops plans for free entry to Marlow Central Park", "",
                 "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "marlow-park-free-entry") == "contradicts"
