"""A state's level told as it was ("fees unchanged", « tarifs inchangés ») is the state
kept (confirms); for an event claim, "unchanged" beside its event word still says the
plan stands, a preview (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FEES = claim(
    "orsen-certificate-fees", "Certificate fees at Orsen's town hall will stay at 300 yen "
                              "until 31 March 2027.",
    [group("orsen", en=["Orsen"], fr=["Orsen"]),
     group("fees", en=["certificate fees", "certificate fee"],
           fr=["tarifs des certificats", "prix des certificats"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 14), expected_from=date(2025, 2, 14),
    expected_by=date(2027, 3, 31))
CLOSURE = claim(
    "orsen-3g-closure", "Orsen Telecom will switch off its 3G network in June 2026.",
    [group("3g", en=["Orsen Telecom 3G", "3G network"], fr=["réseau 3G"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 2, 14), expected_from=date(2026, 6, 1),
    expected_by=date(2026, 6, 30))
MATCHER = Matcher([FEES, CLOSURE])


@pytest.mark.parametrize(("title", "language"), [
    ("Orsen reorganises its branch offices; certificate fees unchanged", "en"),
    ("Orsen : les tarifs des certificats inchangés en 2026", "fr"),
])
def test_a_level_unchanged_is_the_state_kept(title: str, language: str) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(MATCHER, item, "orsen-certificate-fees") == "confirms"


def test_an_event_plan_unchanged_is_a_preview() -> None:
    item = entry("Orsen Telecom 3G switch-off date unchanged", "", "2026-02-02", "en")
    assert verdict_for(MATCHER, item, "orsen-3g-closure") == "mentions"
