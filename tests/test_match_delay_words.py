"""British "put back" is a delay, beside "push back" and "put off" (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FORUM = claim(
    "harlow-forum-meeting", "The Harlow passengers' forum will hold its summer meeting in "
                            "July 2026.",
    [group("forum", en=["Harlow passengers' forum", "Harlow forum"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 1, 12), expected_from=date(2026, 7, 1),
    expected_by=date(2026, 7, 31))


def test_put_back_is_a_delay() -> None:
    item = entry("Harlow forum summer meeting put back to September", "", "2026-06-20", "en")
    assert verdict_for(Matcher([FORUM]), item, "harlow-forum-meeting") == "updates"
