"""A French title's opening word is capitalised for that alone: « C'est parti : … »,
« Premier soir sur … » name nobody, so a local paper's own news may still leave its
town out (omitted.py). A name in the title still makes it someone else's news
(invented subjects)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

TOWN = group("town", en=["Velbrune"], fr=["Velbrune"])
MARKET = replace(claim(
    "velbrune-market-opening", "The Velbrune Christmas market will open on its new square on "
    "27 November 2026.",
    [group("market", en=["Christmas market"], fr=["marché de Noël"]), TOWN],
    kind=ClaimKind.EVENT, expected_from=date(2026, 11, 27), expected_by=date(2026, 11, 27)),
    source_language="fr")
# a sibling shares the town: the market is the subject, the town its place
SKATING = replace(claim(
    "velbrune-skating-rink", "Velbrune will open an ice rink in December 2026.",
    [group("rink", en=["ice rink"], fr=["patinoire"]), TOWN], kind=ClaimKind.EVENT),
    source_language="fr")
MATCHER = Matcher([MARKET, SKATING])


@pytest.mark.parametrize("title", [
    "C'est parti : le marché de Noël ouvre ses portes",
    "Premier soir : le marché de Noël ouvre ses portes",
])
def test_an_opening_word_names_nobody(title: str) -> None:
    item = entry(title, "", "2026-11-27", "fr")
    assert verdict_for(MATCHER, item, "velbrune-market-opening") == "confirms"


def test_another_towns_name_keeps_it_out() -> None:
    item = entry("Lorvan : le marché de Noël ouvre ses portes", "", "2026-11-27", "fr")
    assert verdict_for(MATCHER, item, "velbrune-market-opening") is None
