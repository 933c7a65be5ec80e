"""A target that is a cap not to pass ("the cost will stay below EUR 80 million", "ne
devra pas dépasser", 52億円以内): before the deadline every figure is interim, under the
cap or over it; after it, a figure at or under the cap keeps it and one over it breaks
it (labelling rule 7). Read before as a figure to reach, "cost rises to EUR 86 million"
confirmed it. Subjects are invented; each flagged case failed before the rule; the last
cases are guards: a "within" of time, a level to fall under, a floor."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match import Matcher
from tracker.match.targets.bounds import names_a_ceiling
from tracker.models import Claim, ClaimKind, GroupRole

BRIDGE = group("bridge", en=["Orlan bridge"], fr=["pont d'Orlan"], ja=["オルラン橋"])
COST = group("cost", en=["cost", "costs", "price tag"], fr=["coût", "facture"],
             ja=["建設費", "事業費"])


def _cap(statement: str, claim_id: str = "orlan-bridge-cost") -> list[Claim]:
    return [claim(claim_id, statement, [BRIDGE, COST], kind=ClaimKind.TARGET,
                  expected_by=date(2028, 6, 30))]


# check_verdict keeps one matcher per claim ids: each statement has its own id
STAY_BELOW = _cap("The Orlan bridge's construction cost will stay below EUR 80 million.",
                  "orlan-stay-below")
NOT_EXCEED = _cap("The Orlan bridge will not exceed its EUR 80 million budget.",
                  "orlan-not-exceed")
WITHIN = _cap("The Orlan bridge will be built within EUR 80 million.", "orlan-within")


@pytest.mark.parametrize("claims", [STAY_BELOW, NOT_EXCEED, WITHIN])
@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("updates", "Orlan bridge cost estimate rises to EUR 86 million", "2027-05-10", "en"),
    ("updates", "Orlan bridge costs put at EUR 74 million", "2027-05-10", "en"),
    ("contradicts", "Orlan bridge final cost: EUR 91 million", "2028-09-12", "en"),
    ("confirms", "Orlan bridge cost EUR 78 million in the end", "2028-09-12", "en"),
    ("contradicts", "Le coût du pont d'Orlan atteint 91 millions d'euros", "2028-09-12", "fr"),
    ("updates", "Pont d'Orlan : la facture grimpe à 86 millions d'euros", "2027-05-10", "fr"),
    ("contradicts", "オルラン橋が完成、建設費は9100万ユーロ", "2028-09-12", "ja"),
])
def test_a_cap_is_kept_or_broken_only_once_the_deadline_is_past(
        claims: list[Claim], expected: str, title: str, day: str, language: str) -> None:
    check_verdict(claims, claims[0].id, expected, title, "", day, language)


@pytest.mark.parametrize(("statement", "language", "cap"), [
    ("The cost will stay within EUR 5 million.", "en", True),
    ("The budget will stay capped at EUR 610 million.", "en", True),
    ("Le coût ne devra pas dépasser 5,2 milliards d'euros.", "fr", True),
    ("建設費は総額52億円以内に抑える。", "ja", True),
    # guards: a "within" of time, a Japanese span, "under" naming no figure
    ("The pilot will reach 150,000 wallets within its first six months.", "en", False),
    ("3年以内に開業する。", "ja", False),
    ("400,000 tonnes will be booked under long-term contracts.", "en", False),
])
def test_a_ceiling_word_needs_a_figure(statement: str, language: str, cap: bool) -> None:
    assert names_a_ceiling(statement, language) is cap


def test_a_level_to_fall_under_and_a_floor_are_no_caps() -> None:
    falls = _cap("The Orlan bridge's cost overrun will fall below EUR 80 million.")
    floor = _cap("The Orlan bridge will attract at least EUR 80 million of funding.")
    for claims in (falls, floor):
        target = Matcher(claims).readings()["orlan-bridge-cost"].target
        assert target is not None and not target.ceiling
    stay = Matcher(STAY_BELOW).readings()["orlan-stay-below"].target
    assert stay is not None and stay.ceiling and not stay.below


YEN_CAP = [claim("orlan-bridge-yen", "The Orlan bridge will be built within 5 billion yen.",
                 [BRIDGE, COST], kind=ClaimKind.TARGET, expected_by=date(2028, 6, 30))]


@pytest.mark.parametrize(("expected", "title"), [
    # 50億8千万円 is 5,080,000,000 yen: read as 50億 and 8千 before, it kept the cap
    ("contradicts", "オルラン橋の建設費、最終的に50億8千万円"),
    ("confirms", "オルラン橋の建設費、最終的に49億9000万円"),
])
def test_a_japanese_figure_in_two_scales_is_one_figure(expected: str, title: str) -> None:
    check_verdict(YEN_CAP, "orlan-bridge-yen", expected, title, "", "2028-09-12", "ja")


CLASSES = [claim(
    "velmora-class-size", "Velmora's primary classes will stay below 28 pupils until 2028.",
    [group("classes", en=["primary classes", "primary class sizes"],
           fr=["classes de primaire", "effectifs des classes de primaire"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 6, 30))]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Velmora primary classes now exceed 28 pupils", "en"),
    ("contradicts", "Velmora : les classes de primaire dépassent 28 élèves", "fr"),
    ("contradicts", "Velmora primary classes reach 31 pupils", "en"),
    # a decision that sets the classes over the cap breaks it (not only "a figure
    # decided", as for a target)
    ("contradicts", "Velmora cabinet approves primary classes of 30 pupils", "en"),
    # guard: the cap's figure with no word of passing it is the cap repeated
    ("mentions", "Velmora primary classes: the 28-pupil limit explained", "en"),
], ids=["exceed-28", "depassent-28", "31", "decided-30", "the-limit"])
def test_a_states_cap_said_passed_is_broken(expected: str, title: str, language: str) -> None:
    """"classes exceed 28 pupils" passes a cap of "below 28" (the cap's own figure, with
    a word of passing it before), as "31 pupils" does."""
    check_verdict(CLASSES, "velmora-class-size", expected, title, "", "2027-03-10", language)


RUNWAY = [claim(
    "oriso-slots", "Oriso airport will handle 70,000 flights a year by 2032.",
    [group("airport", en=["Oriso airport"], ja=["オリソ空港"]),
     group("slots", en=["flights", "slots"], ja=["発着回数", "発着枠"])],
    kind=ClaimKind.TARGET, expected_by=date(2032, 3, 31))]


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "オリソ空港、発着回数が7万2000回に"),
    ("confirms", "オリソ空港の発着回数、7万回を突破"),
    ("updates", "オリソ空港の発着回数が5万回に増加"),
], ids=["7万2000回", "突破", "5万回に増加"])
def test_a_japanese_scaled_count_of_times_is_a_count(expected: str, title: str) -> None:
    """7万回 counts take-offs and landings: with a scale, 回 is no frequency; 突破 passes."""
    check_verdict(RUNWAY, "oriso-slots", expected, title, "", "2031-06-10", "ja")


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    # a figure called final is the last one: judged at once (these were updates)
    ("contradicts", "Orlan bridge completed",
     "The final cost came to EUR 86 million, above the budget.", "en"),
    ("contradicts", "Pont d'Orlan : la facture définitive atteint 86 millions d'euros", "",
     "fr"),
    ("confirms", "Orlan bridge completed", "The final cost came to EUR 78 million.", "en"),
    # guards: an estimate before the deadline is still interim
    ("updates", "Orlan bridge cost estimate rises to EUR 86 million", "", "en"),
    ("updates", "Pont d'Orlan : le coût estimé à 86 millions d'euros", "", "fr"),
])
def test_a_final_figure_keeps_or_breaks_a_cap_before_the_deadline(
        expected: str, title: str, summary: str, language: str) -> None:
    check_verdict(STAY_BELOW, "orlan-stay-below", expected, title, summary, "2027-05-10",
                  language)


ASIDE = _cap("The Orlan bridge's total cost will stay within EUR 80 million (construction "
             "plus 20 years of upkeep).", "orlan-aside")


@pytest.mark.parametrize(("title", "language"), [
    ("Orlan bridge costs put at EUR 74 million", "en"),
    ("オルラン橋の事業費、7400万ユーロに", "ja"),
])
def test_a_span_in_an_aside_asks_no_span_of_the_news(title: str, language: str) -> None:
    """"(construction plus 20 years of upkeep)" says what the cap covers: the claim is
    no count over a span, so an interim figure with no span of its own is news of it.
    Reported by a claim writer of round twenty-seven (every figure read as mentions)."""
    check_verdict(ASIDE, "orlan-aside", "updates", title, "", "2027-05-10", language)


DAM_COST = claim(  # a cap not to pass, judged after its deadline
    "tella-dam-cost", "The total cost of the Tella dam will not exceed ¥80 billion.",
    [group("dam", en=["Tella dam"], ja=["テラダム"]),
     group("cost", GroupRole.OPTIONAL, en=["cost"], ja=["事業費"])],
    kind=ClaimKind.TARGET, expected_by=date(2034, 3, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("テラダム総事業費760億円 上限下回る", "confirms"),
    ("テラダム事業費、上限800億円を下回る", "confirms"),
    ("テラダム総事業費850億円 上限上回る", "contradicts"),
], ids=["below-the-cap", "at-the-cap", "over-the-cap"])
def test_a_caps_words_of_reaching_read_the_other_way(title: str, expected: str) -> None:
    """For a cap, 下回る ("comes in below") keeps it and 上回る ("exceeds") breaks it:
    read as a target's shortfall or reach they would say the opposite."""
    check_verdict([DAM_COST], "tella-dam-cost", expected, title, "", "2034-05-01", "ja")


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("Tella dam cost exceeds its cap", "2034-05-01", "contradicts"),
    ("テラダムの事業費、上限を下回る", "2034-05-01", "confirms"),
    ("Tella dam cost exceeds its cap", "2031-05-01", "updates"),
], ids=["exceeds-after-the-deadline", "below-after-the-deadline", "exceeds-before"])
def test_a_caps_words_without_a_figure(title: str, day: str, expected: str) -> None:
    """Without a figure, "exceeds the cap" breaks it and "below the cap" keeps it once
    the cap is judged (after its deadline); before, either is progress (rule 7)."""
    language = "en" if title.isascii() else "ja"
    check_verdict([DAM_COST], "tella-dam-cost", expected, title, "", day, language)


SHARE = [claim(  # target: a share to reach, its aside says what is counted
    "orlan-local-share", "The share of local stone in the Orlan bridge will reach 60% in "
    "2028 (quarried within 50 km).",
    [BRIDGE, group("stone", en=["local stone"], fr=["pierre locale"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 6, 30))]


@pytest.mark.parametrize(("expected", "title"), [
    # the aside's "within 50 km" is no cap: the share reached is the target met
    ("confirms", "Orlan bridge: local stone share reaches 62%"),
    ("contradicts", "Orlan bridge finished with 41% local stone"),
], ids=["reached", "short"])
def test_an_aside_sets_no_cap(expected: str, title: str) -> None:
    """A round 120 claim writer's report: "(produced within 50 km)" made the target a cap."""
    check_verdict(SHARE, "orlan-local-share", expected, title, "", "2028-09-12", "en")
