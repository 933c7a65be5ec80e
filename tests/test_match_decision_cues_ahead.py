"""A claim's own cue that holds a word of deciding reads as that word does: in the future
it is the vote still to come, not the decision announced ("the council to approve the
plan", "votera", 可決へ). Before, a decision claim's own cue in the future confirmed it,
while the same general word previewed it. Reported by a claim writer of round
seventeen; subjects are invented; each flagged case failed before; the rest are guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

COUNCIL = group("council", en=["Ostrava Bay council"], fr=["conseil d'Ostrava Bay"],
                ja=["オストラバ湾町議会"])
PLAN = group("plan", en=["dune plan"], fr=["plan des dunes"], ja=["砂丘計画"])
VOTE = [claim("ostrava-dune-plan-vote", "The Ostrava Bay council will vote on the dune plan "
              "in December 2026.", [COUNCIL, PLAN], kind=ClaimKind.DECISION,
              expected_from=date(2026, 12, 1), expected_by=date(2026, 12, 31),
              cues={Verdict.CONFIRMS: {"en": ("approve", "vote down"),
                                       "fr": ("adopter", "voter"), "ja": ("可決", "採決")}})]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "Ostrava Bay council to approve dune plan", "en"),  # flagged
    ("mentions", "Ostrava Bay council will vote down dune plan", "en"),  # flagged
    ("mentions", "Le conseil d'Ostrava Bay votera le plan des dunes", "fr"),  # flagged
    ("mentions", "オストラバ湾町議会、砂丘計画を可決へ", "ja"),  # flagged
    ("confirms", "Ostrava Bay council approves dune plan", "en"),
    ("confirms", "Ostrava Bay council votes down dune plan", "en"),
    ("confirms", "Le conseil d'Ostrava Bay adopte le plan des dunes", "fr"),
    ("confirms", "オストラバ湾町議会、砂丘計画を可決", "ja"),
])
def test_a_users_word_for_the_vote_previews_it_in_the_future(
        expected: str, title: str, language: str) -> None:
    check_verdict(VOTE, "ostrava-dune-plan-vote", expected, title, "", "2026-12-08", language)


RENAME = [claim("ostrava-bay-rename", "The Ostrava Bay council will decide to rename the "
                "dune park Marram Park.", [COUNCIL, group("park", en=["dune park"])],
                kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
                cues={Verdict.CONFIRMS: {"en": ("rename",)}})]


def test_a_users_word_for_the_change_decided_is_still_the_decision_announced() -> None:
    """Rule 4: "to rename the park" announces the decision; only a deciding word waits."""
    check_verdict(RENAME, "ostrava-bay-rename", "confirms",
                  "Ostrava Bay council to rename the dune park", "", "2026-11-10", "en")
