"""« projets » is a noun, not « projeter » (to plan): « les travaux des 19 projets sont
terminés » reports the works done. « projeter » is an intent only before « de »
(« la ville projette de terminer … »). Before, the noun shared the verb's stem and made
every sentence naming projects a plan. Subjects are invented; the guards passed
before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

WORKS = claim(
    "velmora-pb-works", "Velmora will finish all the projects of its participatory budget "
    "in 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("pb", en=["participatory budget"], fr=["budget participatif"], ja=["参加型予算"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Budget participatif de Velmora : les travaux des 19 projets sont terminés"),
    ("confirms", "Budget participatif de Velmora : les projets sont terminés"),
    # guards: the verb before « de » is still a plan
    ("mentions", "Budget participatif de Velmora : la ville projette de terminer les travaux"),
    ("mentions", "Budget participatif de Velmora : la ville projette d'achever les travaux"),
])
def test_projects_are_no_plan(expected: str, title: str) -> None:
    check_verdict([WORKS], "velmora-pb-works", expected, title, "", "2026-11-10", "fr")
