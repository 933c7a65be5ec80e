"""One more session of a claimed meeting ("an additional listening session", « une
réunion supplémentaire », 追加の説明会) is a later round: an update of the meeting
claim (labelling rule 5), not the meeting held or previewed (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "tarrow-briefing", "Tarrow council will hold a public briefing on the depot plan on "
    "12 March 2026.",
    [group("briefing", en=["public briefing", "briefing session"],
           fr=["réunion publique", "réunion d'information"], ja=["住民説明会", "説明会"]),
     group("depot", en=["Tarrow depot"], fr=["dépôt de Tarrow"], ja=["タロウ車庫"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 2, 1), expected_from=date(2026, 3, 12),
    expected_by=date(2026, 3, 12))])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Tarrow depot: council adds an extra briefing session on 19 March", "en", "updates"),
    ("Additional public briefing on the Tarrow depot set for 19 March", "en", "updates"),
    ("Dépôt de Tarrow : la mairie organisera une réunion publique supplémentaire le 19 mars",
     "fr", "updates"),
    ("タロウ車庫、追加の住民説明会を19日に開催へ", "ja", "updates"),
    # near misses: the claimed briefing itself, held or ahead
    ("Tarrow depot public briefing held", "en", "confirms"),
    ("Tarrow depot public briefing on Thursday", "en", "mentions"),
])
def test_one_more_session_is_a_later_round(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-03-13", language)
    assert verdict_for(MATCHER, item, "tarrow-briefing") == expected
