"""A target said met confirms it, before its deadline too (labelling rule 7): "the
phosphorus target met", « l'objectif de réduction du phosphore atteint », and "cut by
85%, beating target", whose figure and move are how it was met. A target raised is
still an update. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

PHOSPHORUS = claim(
    "selve-phosphorus", "Phosphorus discharges into the Selve river will fall by 80% by the "
    "end of 2028.",
    [group("river", en=["Selve river"], fr=["la Selve"], ja=["セルブ川"]),
     group("phosphorus", en=["phosphorus"], fr=["phosphore"], ja=["リン"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 6, 1), expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Selve river phosphorus target met", "en", "confirms"),
    ("Selve river phosphorus cut by 85%, beating target", "en", "confirms"),
    ("La Selve : l'objectif de réduction du phosphore atteint", "fr", "confirms"),
    ("セルブ川のリン削減、目標を達成", "ja", "confirms"),
    # guards: a figure on the way, and the target itself raised
    ("Selve river phosphorus down 60% so far", "en", "updates"),
    ("Selve river phosphorus goal raised to a 90% cut", "en", "updates"),
], ids=["target-met", "beating-target", "fr", "ja", "guard-so-far", "guard-raised"])
def test_a_target_said_met(title: str, language: str, expected: str) -> None:
    check_verdict([PHOSPHORUS], "selve-phosphorus", expected, title, "", "2028-06-20",
                  language)


VOLUNTEERS = claim(
    "arlo-volunteers", "The Arlo river clean-up will sign up at least 300 volunteers by the end "
    "of June 2027.",
    [group("clean-up", en=["Arlo clean-up"], fr=["nettoyage de l'Arlo"], ja=["アルロ川清掃"]),
     group("volunteers", en=["volunteers"], fr=["bénévoles"], ja=["ボランティア"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 3, 1), expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Arlo clean-up: number of volunteers reaches 340", "en", "confirms"),
    ("Nettoyage de l'Arlo : le nombre de bénévoles atteint 340", "fr", "confirms"),
    # guard: reached, but short of the target
    ("Arlo clean-up: number of volunteers reaches 210", "en", "updates"),
])
def test_a_figure_reached_past_the_target_with_no_unit_after_it(
        title: str, language: str, expected: str) -> None:
    """"the number of volunteers reaches 340": the figure has no unit of its own, so it
    was read as an interim count beside the word of reaching, and the target met was an
    update (a round 69 claim writer)."""
    check_verdict([VOLUNTEERS], "arlo-volunteers", expected, title, "", "2027-05-20", language)


@pytest.mark.parametrize(("day", "expected"), [
    ("2026-05-20", "updates"),  # a year before the run it counts opens
    ("2027-05-20", "confirms"),
])
def test_a_figure_past_the_target_before_its_run_opens(day: str, expected: str) -> None:
    """"Arlo clean-up draws 340 volunteers" a year before the claim's window: another
    run's count, or one so far, not the target met (a round 69 claim writer)."""
    check_verdict([VOLUNTEERS], "arlo-volunteers", expected,
                  "Arlo clean-up draws 340 volunteers", "", day, "en")


@pytest.mark.parametrize(("title", "language"), [
    ("Arlo clean-up: in April 2027, 120 volunteers signed up", "en"),
    ("Nettoyage de l'Arlo : fin avril 2027, 120 bénévoles inscrits", "fr"),
])
def test_a_year_then_a_count_is_two_numbers(title: str, language: str) -> None:
    """"fin 2026, 118 agents" was read as one figure, 2026118: digit groups split by the
    tokenizer join only after a group of at most three digits (a round 70 claim
    writer). 120 of 300 is a count on the way."""
    check_verdict([VOLUNTEERS], "arlo-volunteers", "updates", title, "", "2027-05-02", language)


VOLUNTEERS_CUED = claim(
    "arlo-volunteers-cued", "The Arlo river clean-up will sign up at least 300 volunteers by "
    "the end of June 2027.",
    [group("clean-up", en=["Arlo clean-up"], fr=["nettoyage de l'Arlo"]),
     group("volunteers", en=["volunteers"], fr=["bénévoles"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 3, 1), expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("meet … goal",), "fr": ("tenir … objectif",)}},
)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Arlo clean-up did not meet its goal of 300 volunteers", "en", "2027-08-01", "contradicts"),
    ("Nettoyage de l'Arlo : l'association n'a pas tenu son objectif de 300 bénévoles", "fr",
     "2027-08-01", "contradicts"),
    # guard: before the deadline, a shortfall so far
    ("Arlo clean-up has not yet met its goal of 300 volunteers", "en", "2027-05-02", "updates"),
])
def test_a_claims_own_word_of_the_target_met_negated_after_the_deadline(
        title: str, language: str, day: str, expected: str) -> None:
    """"n'a pas tenu son objectif", the claim's own cue negated after the deadline, is
    the target missed (rule 7), as "fails to reach" is (a round 70 claim writer)."""
    check_verdict([VOLUNTEERS_CUED], "arlo-volunteers-cued", expected, title, "", day, language)


VISITORS = claim(
    "selve-pool-visitors", "The Selve river pool will welcome 65,000 visitors in 2027.",
    [group("pool", en=["Selve river pool"], fr=["piscine de la Selve"], ja=["セルブ川プール"]),
     group("visitors", en=["visitors"], fr=["entrées"], ja=["入場者"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1), expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("セルブ川プール、入場者数が目標の6万5000人を突破", "confirms"),
    # guard: another figure with its scale and rest is still a figure on the way
    ("セルブ川プール、入場者数が4万8000人に", "updates"),
])
def test_the_claims_own_japanese_figure_is_read_whole(title: str, expected: str) -> None:
    """6万5000 is the claim's own 65,000: neither it nor its rest 5000 is a figure of
    its own. Before, the rest was read as an interim figure and made the target met an
    update."""
    check_verdict([VISITORS], "selve-pool-visitors", expected, title, "", "2027-11-20", "ja")
