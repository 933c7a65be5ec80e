"""A Japanese subject's が opens no clause: 「一部解除を」 観光協会が市に要望.

After a noun, が marks the subject of the verb that follows; only after a predicate
(始まったが, 決めたが) does it join two clauses. A headline that puts a demand's object
first and the party asking after it (「…を」 XがYに要望) is one clause: the party's request
governs the object, so nothing happened yet (labelling rule 8; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

BAN = claim(
    "kirinami-harbour-swimming-ban",
    "The swimming ban around Kirinami harbour will stay in force through the 2026 summer.",
    [group("ban", en=["swimming ban"], fr=["interdiction de baignade"], ja=["遊泳禁止"]),
     group("harbour", en=["Kirinami harbour"], fr=["port de Kirinami"], ja=["霧波港"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 6, 1), expected_by=date(2026, 9, 30))
FERRY = claim(
    "kirinami-ferry-restart",
    "The Kirinami island ferry will resume service by April 2026.",
    [group("ferry", en=["Kirinami ferry"], fr=["ferry de Kirinami"], ja=["霧波航路"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 1, 1), expected_by=date(2026, 4, 30))
MATCHER = Matcher([BAN, FERRY])


@pytest.mark.parametrize("title", [
    "霧波港の遊泳禁止「一部解除を」 観光協会が市に要望",
    "霧波港の遊泳禁止の解除を 漁協が市に要望書",
])
def test_a_demand_to_lift_the_ban_keeps_it(title: str) -> None:
    item = entry(title, "", "2026-07-20", "ja")
    assert verdict_for(MATCHER, item, "kirinami-harbour-swimming-ban") != "contradicts"


def test_a_demand_to_resume_is_no_restart() -> None:
    item = entry("霧波航路「新学期までに再開を」 島の高校PTAが要望書", "", "2026-02-10", "ja")
    assert verdict_for(MATCHER, item, "kirinami-ferry-restart") not in ("confirms", "updates")


def test_the_city_lifting_the_ban_still_ends_it() -> None:
    item = entry("市が霧波港の遊泳禁止を一部解除", "", "2026-07-20", "ja")
    assert verdict_for(MATCHER, item, "kirinami-harbour-swimming-ban") == "contradicts"


def test_the_ferry_resumed_still_confirms() -> None:
    item = entry("霧波航路が運航再開 3カ月ぶり", "", "2026-03-15", "ja")
    assert verdict_for(MATCHER, item, "kirinami-ferry-restart") == "confirms"
