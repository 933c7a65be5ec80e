"""A state promised again is no news that it holds: "the mayor repeated that the
pool would stay free", « la maire promet que l'entrée restera gratuite »,
無料開放を続けると改めて説明した (pledges.py; labelling rules 8 and 9). The state
reported as kept, or announced as the item's news, still confirms (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

POOL = claim(
    "orlen-pool-free", "Entry to the Orlen lido in Velmora will stay free for children "
                       "until the end of 2027.",
    [group("lido", en=["Orlen lido"], fr=["piscine d'Orlen"], ja=["オルレン屋外プール"]),
     group("free", en=["free"], fr=["gratuite", "gratuit"], ja=["無料"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 3, 2), expected_from=date(2026, 3, 2),
    expected_by=date(2027, 12, 31))
MATCHER = Matcher([POOL])


@pytest.mark.parametrize(("title", "summary", "language"), [
    ("Velmora council approves lido café lease",
     "The mayor repeated that the Orlen lido would stay free for children.", "en"),
    ("Velmora budget squeezes sports", "Councillors were assured the Orlen lido will "
                                       "remain free for children.", "en"),
    ("Velmora : un café au bord de l'eau",
     "La maire promet que la piscine d'Orlen restera gratuite pour les enfants.", "fr"),
    ("ベルモラ市、プールにカフェ",
     "市はオルレン屋外プールについて、子どもは今後も無料とすると改めて説明した。", "ja"),
])
def test_a_pledge_said_again_is_no_news(title: str, summary: str, language: str) -> None:
    item = entry(title, summary, "2026-09-10", language)
    assert verdict_for(MATCHER, item, "orlen-pool-free") == "mentions"


@pytest.mark.parametrize(("title", "summary", "language"), [
    # kept, as reported: the promise is what it was kept by
    ("Orlen lido entry stays free for children, as promised", "", "en"),
    # announced as the item's own news, with no word of pledge
    ("Orlen lido to remain free for children through 2027, Velmora confirms", "", "en"),
    ("La piscine d'Orlen restera gratuite pour les enfants", "", "fr"),
])
def test_the_state_reported_or_announced_still_confirms(title: str, summary: str,
                                                        language: str) -> None:
    item = entry(title, summary, "2026-09-10", language)
    assert verdict_for(MATCHER, item, "orlen-pool-free") == "confirms"
