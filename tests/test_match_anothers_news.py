"""A step read for one claim on the very words that report a sibling claim's own event
as done is the sibling's news (labelling rules 3 and 11): "Dorvale breaks ground on
its concert hall" confirms the works claim and says nothing new of the opening.
Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

HALL = group("hall", en=["concert hall"], fr=["salle de concert"], ja=["音楽ホール"])
DORVALE = group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"])

WORKS = claim(
    "dorvale-hall-works", "Construction of the Dorvale concert hall will begin in March 2026.",
    [HALL, DORVALE, group("works", GroupRole.OPTIONAL, en=["construction", "work"],
                          fr=["travaux", "chantier"], ja=["工事"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("breaks ground", "construction … begins"),
                             "fr": ("chantier … lancé",), "ja": ("着工",)}},
)
OPENING = claim(
    "dorvale-hall-opening", "The Dorvale concert hall will open in September 2028.",
    [HALL, DORVALE],
    kind=ClaimKind.EVENT, expected_from=date(2028, 9, 1), expected_by=date(2028, 9, 30),
)
CLAIMS = [WORKS, OPENING]


@pytest.mark.parametrize(("title", "language"), [
    ("Dorvale breaks ground on concert hall", "en"),
    ("Dorvale : le chantier de la salle de concert est lancé", "fr"),
    ("ドルバールの音楽ホールが着工", "ja"),
    # the step is a word of the works claim's longer cue ("construction … begins")
    ("Diggers arrive in Dorvale as concert hall construction begins", "en"),
], ids=["en", "fr", "ja", "word-of-a-gapped-cue"])
def test_the_works_begun_are_the_works_claims_news(title: str, language: str) -> None:
    check_verdict(CLAIMS, "dorvale-hall-works", "confirms", title, "", "2026-03-10", language)
    check_verdict(CLAIMS, "dorvale-hall-opening", "mentions", title, "", "2026-03-10",
                  language)


PIER = group("pier", en=["old pier"], fr=["vieille jetée"], ja=["旧桟橋"])
PIER_WORKS = claim(
    "dorvale-pier-works", "Work to dismantle the old Dorvale pier will begin in May 2026.",
    [PIER, DORVALE], kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1),
    expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("work begins",), "fr": ("travaux commencent",),
                             "ja": ("工事始まる",)}},
)
PIER_GONE = claim(
    "dorvale-pier-gone", "The old Dorvale pier will be fully dismantled by December 2026.",
    [PIER, DORVALE], kind=ClaimKind.EVENT, expected_from=date(2026, 12, 1),
    expected_by=date(2026, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("dismantled",), "fr": ("démontée",), "ja": ("解体",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Work begins to dismantle Dorvale's old pier", "en"),
    ("Dorvale : les travaux commencent pour démonter la vieille jetée", "fr"),
    ("ドルバールの旧桟橋、解体へ工事始まる", "ja"),
], ids=["en", "fr", "ja"])
def test_the_claims_own_event_still_ahead_leaves_the_step_anothers(title: str,
                                                                   language: str) -> None:
    # "to dismantle" names the claim's event only as what is to come: no news of its own
    # (the works come late, so the opening claim is not waiting on them: no turn to give)
    claims = [PIER_WORKS, PIER_GONE]
    check_verdict(claims, "dorvale-pier-works", "confirms", title, "", "2026-06-15", language)
    check_verdict(claims, "dorvale-pier-gone", "mentions", title, "", "2026-06-15", language)


@pytest.mark.parametrize(("title", "claims", "expected"), [
    # news of the opening itself stays its news
    ("Dorvale breaks ground on concert hall as opening is pushed back to 2029", CLAIMS,
     "updates"),
    # no claim of the works: the works begun are a step toward the opening (rule 6)
    ("Dorvale breaks ground on concert hall", [OPENING], "updates"),
], ids=["opening-delayed", "no-works-claim"])
def test_guards(title: str, claims: list, expected: str) -> None:  # type: ignore[type-arg]
    check_verdict(claims, "dorvale-hall-opening", expected, title, "", "2026-03-10", "en")


VISITORS = claim(
    "dorvale-hall-visitors", "The Dorvale concert hall will welcome 300,000 visitors in its "
    "first year, by September 2029.",
    [HALL, DORVALE, group("visitors", en=["visitors"], fr=["visiteurs"], ja=["来場者"])],
    kind=ClaimKind.TARGET, expected_from=date(2029, 9, 1), expected_by=date(2029, 9, 30),
)
WITH_TARGET = [OPENING, VISITORS]


@pytest.mark.parametrize(("title", "summary", "language"), [
    ("Dorvale concert hall opens its doors to visitors",
     "The mayor approved the season's programme for visitors.", "en"),
    ("La salle de concert de Dorvale ouvre ses portes aux visiteurs",
     "Le conseil a voté le programme de la saison pour les visiteurs.", "fr"),
    ("ドルバールの音楽ホールが開館 来場者向けの新プログラムを承認", "", "ja"),
], ids=["en", "fr", "ja"])
def test_a_step_with_no_figure_beside_a_siblings_event_is_no_news_of_a_target(
        title: str, summary: str, language: str) -> None:
    check_verdict(WITH_TARGET, "dorvale-hall-opening", "confirms", title, summary,
                  "2028-09-12", language)
    check_verdict(WITH_TARGET, "dorvale-hall-visitors", "mentions", title, summary,
                  "2028-09-12", language)


@pytest.mark.parametrize("title", [
    "Dorvale concert hall opens; 12,000 visitors in the first week",  # a figure
    "Dorvale concert hall opens, visitors target cut to 250,000",  # the target moved
])
def test_a_count_beside_a_siblings_event_is_still_the_targets_news(title: str) -> None:
    check_verdict(WITH_TARGET, "dorvale-hall-visitors", "updates", title, "", "2028-09-12",
                  "en")


FARE = group("fare", en=["bus fare"], fr=["tarif du bus"], ja=["バス運賃"])
FIRST_STEP = claim(
    "dorvale-fare-first-step", "Dorvale's bus fare will rise to $2.40 in May 2026.",
    [FARE, DORVALE, group("first-level", en=["$2.40"], fr=["2,40 $"], ja=["2.40ドル"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("climbs to $2.40",), "fr": ("passe à 2,40 $",),
                             "ja": ("2.40ドルに上昇",)}},
)
LAST_STEP = claim(
    "dorvale-fare-last-step", "Dorvale's bus fare will reach $3 by May 2027.",
    [FARE, DORVALE], kind=ClaimKind.TARGET, expected_from=date(2027, 5, 1),
    expected_by=date(2027, 5, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Dorvale bus fare climbs to $2.40", "en"),
    ("Dorvale : le tarif du bus passe à 2,40 $", "fr"),
    ("ドルバールのバス運賃、2.40ドルに上昇", "ja"),
], ids=["en", "fr", "ja"])
def test_a_siblings_own_figure_is_an_interim_level_of_the_target(title: str,
                                                                  language: str) -> None:
    # one item confirms the first step and updates the target on its way (rules 7, 11)
    claims = [FIRST_STEP, LAST_STEP]
    check_verdict(claims, "dorvale-fare-first-step", "confirms", title, "", "2026-05-02",
                  language)
    check_verdict(claims, "dorvale-fare-last-step", "updates", title, "", "2026-05-02",
                  language)
