"""A count's move told as a share of itself ("traffic up 14%", 交通量14%増) is
progress toward a target that counts, as "traffic rises 14%" is (claim writer of round
57; rule 7). A target that is itself a share reads its own figures. Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TRAFFIC = claim(
    "vire-bridge-traffic", "Traffic on the Vire bridge will reach 40,000 vehicles a day by "
    "the end of 2026.",
    [group("bridge", en=["Vire bridge"], fr=["pont de la Vire"], ja=["ヴィル橋"]),
     group("traffic", en=["traffic", "vehicles"], fr=["trafic"], ja=["交通量"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 1, 12), expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Vire bridge traffic up 14% since tolls ended", "en"),
    ("Vire bridge traffic down 8% in the works", "en"),
    ("ヴィル橋の交通量、14%増", "ja"),
], ids=["up", "down", "ja"])
def test_a_share_move_of_the_count_is_progress(title: str, language: str) -> None:
    check_verdict([TRAFFIC], "vire-bridge-traffic", "updates", title, "", "2026-05-02",
                  language)


@pytest.mark.parametrize(("title", "summary"), [
    ("Vire bridge traffic report", "Toll prices are up 14% from next year."),  # not counted
    ("Vire bridge traffic warden sets up 14 cones", ""),  # no percentage
], ids=["guard-other-thing", "guard-no-share"])
def test_no_share_no_move(title: str, summary: str) -> None:
    check_verdict([TRAFFIC], "vire-bridge-traffic", "mentions", title, summary, "2026-05-02",
                  "en")
