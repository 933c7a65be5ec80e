"""A change to a state that a party wants or plans, told by the claim's own
``[cues.updates]`` word, is news of the state (labelling rule 7: a vow, a threat or a
review is ``updates``): "wants to renegotiate the rate" (claim writers of rounds 118 and
119). For an event, a step still to come stays a preview (rule 2). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

RATE = claim(  # state: a daily rate kept until a day
    "brannock-daily-rate", "Brannock County will pay the regional jail $64 a day per inmate, "
    "a rate fixed until 30 June 2027.",
    [group("rate", en=["daily rate", "per diem"], fr=["tarif journalier"]),
     group("brannock", en=["Brannock"], fr=["Brannock"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 6, 1), expected_from=date(2025, 7, 1),
    expected_by=date(2027, 6, 30),
    cues={Verdict.UPDATES: {"en": ("renegotiate", "surcharge"),
                            "fr": ("renégocier", "surtaxe")}},
)
VISITS = claim(  # event: a service starts on a day
    "brannock-video-visits", "Brannock's jail will start video visits in March 2026.",
    [group("visits", en=["video visits"], fr=["visites en visio"]),
     group("brannock", en=["Brannock"], fr=["Brannock"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 6, 1), expected_from=date(2026, 3, 1),
    expected_by=date(2026, 3, 31),
    cues={Verdict.UPDATES: {"en": ("vendor",), "fr": ("prestataire",)}},
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Regional jail wants to renegotiate Brannock daily rate", "en", "updates"),
    ("Brannock : la prison régionale veut renégocier le tarif journalier", "fr", "updates"),
    ("Brannock daily rate: jail board plans a surcharge from January", "en", "updates"),
    # guards: the change ruled out; the state said kept, no change named
    ("Regional jail will not renegotiate Brannock daily rate", "en", "mentions"),
    ("Brannock daily rate to stay at $64, jail board says", "en", "confirms"),
], ids=["wants", "veut", "plans", "guard-negated", "guard-kept"])
def test_a_change_to_a_state_in_view_is_news(title: str, language: str,
                                             expected: str) -> None:
    check_verdict([RATE], "brannock-daily-rate", expected, title, "", "2026-02-10", language)


def test_a_step_still_to_come_is_a_preview_for_an_event() -> None:
    """Guard: an event's own update word in a plan ("will pick a vendor") is a preview."""
    check_verdict([VISITS], "brannock-video-visits", "mentions",
                  "Brannock video visits: county will pick a vendor next month", "",
                  "2025-10-01", "en")
