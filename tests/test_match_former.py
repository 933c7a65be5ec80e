""""former" is an adjective ("the former Halvern store"), not "formerly": it only stems
like that background word, and no word that only stems like a lexicon word
(``other_words``) changes how an event word near it is read. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

STORE = group("store", en=["Halvern department store"], fr=["grand magasin Halvern"],
              ja=["ハルバーン百貨店"])
DEMOLITION = claim(
    "halvern-demolition", "Demolition works on the Halvern department store will begin in "
    "July 2026.", [STORE], kind=ClaimKind.EVENT,
    expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 31),
)


@pytest.mark.parametrize("title", [
    "Demolition of former Halvern department store begins",
    "Work begins on former Halvern department store",
])
def test_a_former_building_is_no_background(title: str) -> None:
    check_verdict([DEMOLITION], "halvern-demolition", "confirms", title, "", "2026-07-10",
                  "en")


def test_formerly_still_tells_background() -> None:
    check_verdict([DEMOLITION], "halvern-demolition", "mentions",
                  "The demolition of the Halvern department store formerly began", "",
                  "2026-07-10", "en")
