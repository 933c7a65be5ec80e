"""A title that names a target claim's project and says its goal was met or missed is
the target's news, though it leaves out what the target counts (round 77): "Objectif
atteint pour les sépultures arborées de Dorvale". A word of reaching with no word of
the goal ("trams reach the cemetery") says nothing of the count. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

PLOTS = claim(
    "dorvale-plots", "Dorvale will allot 1,000 plots in its tree-burial section by the end "
    "of March 2029.",
    [group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"]),
     group("plots", en=["plots"], fr=["emplacements"], ja=["区画"]),
     group("section", GroupRole.OPTIONAL, en=["tree-burial section"],
           fr=["sépultures arborées"], ja=["樹木葬"])],
    kind=ClaimKind.TARGET, expected_by=date(2029, 3, 31),
)
# a sibling that shares the town's name, so that the plots are the target's own subject
BRIEFING = claim(
    "dorvale-briefing", "Dorvale will hold a briefing for residents in July 2026.",
    [group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"]),
     group("briefing", en=["briefing"], fr=["réunion d'information"], ja=["説明会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 31),
)


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    ("Objectif atteint pour les sépultures arborées de Dorvale",
     "Les familles pourront visiter les emplacements samedi.", "fr", "confirms"),
    ("Dorvale's tree-burial section hits its target",
     "Families can visit the plots on Saturday.", "en", "confirms"),
    ("ドルバールの樹木葬、目標を達成", "区画の見学会は土曜日に開く。", "ja", "confirms"),
    # guard: a word of reaching with no word of the goal
    ("Dorvale's new trams reach the tree-burial section",
     "Families can visit the plots on Saturday.", "en", "mentions"),
], ids=["fr", "en", "ja", "guard-no-goal-word"])
def test_a_goal_met_in_the_title(title: str, summary: str, language: str,
                                 expected: str) -> None:
    check_verdict([PLOTS, BRIEFING], "dorvale-plots", expected, title, summary, "2029-04-10",
                  language)


@pytest.mark.parametrize(("title", "language", "published", "expected"), [
    # "still" short of the goal before its deadline: the count so far (rule 7)
    ("Dorvale's tree-burial plots still short of target", "en", "2028-06-10", "updates"),
    ("Sépultures arborées : Dorvale encore loin de son objectif d'emplacements", "fr",
     "2028-06-10", "updates"),
    ("ドルバールの樹木葬区画、依然目標に届かず", "ja", "2028-06-10", "updates"),
    # guard: short of it once the deadline has passed
    ("Dorvale's tree-burial plots still short of target", "en", "2029-06-10",
     "contradicts"),
], ids=["en", "fr", "ja", "guard-after-the-deadline"])
def test_still_short_of_the_goal_is_so_far(title: str, language: str, published: str,
                                           expected: str) -> None:
    check_verdict([PLOTS, BRIEFING], "dorvale-plots", expected, title, "", published, language)


@pytest.mark.parametrize(("title", "published", "expected"), [
    # "below goal" is "below target" in other words: a final shortfall after the deadline
    ("Dorvale allots 840 tree-burial plots, below goal", "2029-04-10", "contradicts"),
    ("Dorvale allots 840 tree-burial plots, below its goal", "2029-04-10", "contradicts"),
    # guard: before the deadline it is the count so far
    ("Dorvale allots 840 tree-burial plots so far, below goal", "2028-06-10", "updates"),
], ids=["below-goal", "below-its-goal", "guard-before-the-deadline"])
def test_below_the_goal_is_a_shortfall(title: str, published: str, expected: str) -> None:
    check_verdict([PLOTS, BRIEFING], "dorvale-plots", expected, title, "", published, "en")
