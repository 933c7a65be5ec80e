"""A Japanese third party joined by と to another party (市とバス労組が合意, 労組と市が
協定を締結) is a party to the decision, not a commentator on it; one that speaks of
the decision (労組、…合意を批判) still comments. Before, every such headline was the
union's opinion, a mention. Subjects are invented; the guards passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PAY = claim(
    "velmora-bus-pay", "Velmora and its bus drivers will agree a new pay deal by September "
    "2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("deal", en=["pay deal"], fr=["accord salarial"], ja=["賃金協定", "賃上げ"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "ヴェルモラ市とバス労組、賃金協定を締結"),
    ("confirms", "ヴェルモラ市とバス労組が賃上げで合意"),
    ("confirms", "バス労組とヴェルモラ市が賃上げで合意"),
    # guards: the union speaks of the deal; the union alone asks for it
    ("mentions", "バス労組、ヴェルモラ市の賃上げ合意を批判"),
    ("mentions", "バス労組、ヴェルモラ市に賃上げの合意を要求"),
])
def test_a_party_joined_by_to_agrees(expected: str, title: str) -> None:
    check_verdict([PAY], "velmora-bus-pay", expected, title, "", "2026-06-01", "ja")
