"""A decision made with the date its content takes effect from is the decision made,
not one to come: "approves free buses from September 1" (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

VOTE = claim(
    "tarrow-free-buses-vote", "The Tarrow council will vote on 26 June 2025 to make its buses "
                              "free of charge.",
    [group("town", en=["Tarrow"], fr=["Tarrow"], ja=["タロウ市"]),
     group("free", en=["free buses"], fr=["gratuité des bus"], ja=["バス無料化"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 5, 20), expected_from=date(2025, 6, 26),
    expected_by=date(2025, 6, 26))
MATCHER = Matcher([VOTE])


@pytest.mark.parametrize(("title", "language"), [
    ("Tarrow approves free buses from September 1", "en"),
    ("Tarrow approves free buses, effective 1 September", "en"),
    ("Tarrow adopte la gratuité des bus à partir du 1er septembre", "fr"),
    ("タロウ市、9月からバス無料化を可決", "ja"),
])
def test_a_date_of_effect_is_no_date_of_the_decision(title: str, language: str) -> None:
    item = entry(title, "", "2025-06-26", language)
    assert verdict_for(MATCHER, item, "tarrow-free-buses-vote") == "confirms"


@pytest.mark.parametrize(("title", "verdict"), [
    ("Tarrow council to approve free buses from September", "mentions"),  # still to come
    ("Tarrow votes on 30 June on free buses from September", "updates"),  # its own day moved
])
def test_the_decisions_own_date_still_counts(title: str, verdict: str) -> None:
    item = entry(title, "", "2025-06-20", "en")
    assert verdict_for(MATCHER, item, "tarrow-free-buses-vote") == verdict


# A decision claim's own word with the date its content takes effect from (claim
# writer of round 64): "makes … permanent starting May 2026" is the decision made.
PERMANENT = claim(
    "velmora-permits-review", "The Velmora parks director will decide by 31 January 2026 "
                              "whether to make the trail permits permanent.",
    [group("permits", en=["trail permits", "trail permit system"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 3, 14), expected_from=date(2025, 10, 14),
    expected_by=date(2026, 1, 31),
    cues={Verdict.CONFIRMS: {"en": ("make … permanent",)}})


@pytest.mark.parametrize(("title", "verdict"), [
    ("Velmora director makes trail permits permanent starting May 2026", "confirms"),
    ("Velmora director makes trail permits permanent from May 2026", "confirms"),
    # guard: the decision itself put off past its deadline is a delay
    ("Decision on trail permits pushed back to March 2026", "updates"),
], ids=["starting", "from", "guard-decision-put-off"])
def test_an_own_word_with_its_date_of_effect_is_the_decision(title: str, verdict: str) -> None:
    matcher = Matcher([PERMANENT])
    item = entry(title, "", "2026-01-20", "en")
    assert verdict_for(matcher, item, "velmora-permits-review") == verdict


@pytest.mark.parametrize(("summary", "language", "verdict"), [
    # a deciding word in the past is done: a date ahead in its clause is what it set
    ("The Tarrow council on Thursday approved free buses for pupils in the school year "
     "to July 2026.", "en", "confirms"),
    ("Le conseil de Tarrow a adopté jeudi la gratuité des bus pour les élèves, jusqu'en "
     "juillet 2026.", "fr", "confirms"),
    ("タロウ市議会は26日、2026年7月までの児童のバス無料化を可決した。", "ja", "confirms"),
    # guard: the vote itself still to come
    ("The Tarrow council votes on 30 June on free buses.", "en", "updates"),
], ids=["en", "fr", "ja", "guard-vote-ahead"])
def test_a_decision_told_in_the_past_is_made(summary: str, language: str,
                                             verdict: str) -> None:
    item = entry("Tarrow free buses", summary, "2025-06-26", language)
    assert verdict_for(MATCHER, item, "tarrow-free-buses-vote") == verdict
