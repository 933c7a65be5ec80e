"""A state promised until a date and reported ended right after it was kept to its term
("the exhibition closes after its record season", the day after its promised run:
confirms); an end reported after the grace days breaks nothing (mentions). Before, any
stop of a state contradicted it, at any time. Reported by
two claim writers of rounds seventeen and eighteen; subjects are invented; each
flagged case failed before; the guards end the state inside its term."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SHOW = group("show", en=["Salt Roads exhibition"], fr=["exposition Routes du sel"],
             ja=["塩の道展"])
ON_SHOW = [claim("salt-roads-on-show", "The Salt Roads exhibition will stay on show in "
                 "Harlow until 30 September 2026.", [SHOW], kind=ClaimKind.STATE,
                 expected_by=date(2026, 9, 30))]


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("confirms", "Salt Roads exhibition closes after record season", "2026-10-02", "en"),
    ("confirms", "L'exposition Routes du sel ferme ses portes", "2026-10-02", "fr"),
    ("confirms", "塩の道展、展示を打ち切り", "2026-10-02", "ja"),
    # past the grace days, some later change: it breaks nothing
    ("mentions", "Salt Roads exhibition closes for good", "2026-11-20", "en"),
    # guards: closed inside its promised run, it is broken
    ("contradicts", "Salt Roads exhibition closes early after funding row", "2026-08-20", "en"),
    ("contradicts", "塩の道展、展示を打ち切り", "2026-08-20", "ja"),
])
def test_a_state_ended_after_its_term_was_kept(expected: str, title: str, day: str,
                                               language: str) -> None:
    check_verdict(ON_SHOW, "salt-roads-on-show", expected, title, "", day, language)


BAN = group("ban", en=["hosepipe ban"], fr=["interdiction d'arrosage"], ja=["散水禁止"])
IN_FORCE = [claim("dunmoor-hosepipe-ban", "The Dunmoor hosepipe ban will stay in force until "
                  "30 September 2026.", [BAN], kind=ClaimKind.STATE,
                  expected_by=date(2026, 9, 30))]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Dunmoor extends hosepipe ban until October 31", "en"),
    # flagged:
    ("updates", "Dunmoor : l'interdiction d'arrosage prolongée jusqu'au 31 octobre", "fr"),
    # guard: kept only to a time well short of the claim's end is an update too
    ("updates", "Dunmoor extends hosepipe ban until June 30", "en"),
])
def test_a_state_extended_past_its_term_is_an_update(expected: str, title: str,
                                                      language: str) -> None:
    """Reported by a claim writer of round eighteen; labelled so by its items' writer
    ("it only takes effect after 30 September"). Before, the date ahead made it a
    preview."""
    check_verdict(IN_FORCE, "dunmoor-hosepipe-ban", expected, title, "", "2026-05-20",
                  language)
