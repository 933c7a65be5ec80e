"""For a state that is a ban, a cancel word that does not act on the ban reports the
ban enforced: "drops plan for night flights", "turns down 27 applications",
夜間飛行の申請を却下 (closed_states.closings_in_force); one whose clause names a stop,
the statement's word or another stop word it acts on, breaks it (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

NIGHT_BAN = claim(
    "velmora-heliport-night-ban", "Velmora's ban on night flights at its heliport will stay "
                                  "in force until the end of 2027.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"]),
     group("heliport", en=["heliport"], fr=["héliport"], ja=["ヘリポート"]),
     group("night", en=["night flights", "night flight"], fr=["vols de nuit"],
           ja=["夜間飛行"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 2, 2), expected_from=date(2026, 2, 2),
    expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora heliport operator drops plan for night flights", "en", "confirms"),
    ("ベルモラのヘリポート、夜間飛行の申請を却下", "ja", "confirms"),
    # guard: the ban itself scrapped is broken
    ("Velmora scraps heliport ban on night flights", "en", "contradicts"),
], ids=["drops-plan", "shinsei-kyakka", "guard-scraps-the-ban"])
def test_a_cancel_word_not_on_the_ban_enforces_it(title: str, language: str,
                                                  expected: str) -> None:
    check_verdict([NIGHT_BAN], "velmora-heliport-night-ban", expected, title, "",
                  "2026-09-01", language)
