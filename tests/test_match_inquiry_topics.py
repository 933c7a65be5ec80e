"""A claim whose thing is itself a step (a public inquiry, a consultation): "the inquiry
gets under way" is that claim's event, not a step begun; and a project's name behind a
preposition of topic ("inquiry into the Orsk tram line", "enquête sur le tramway
d'Orsk") tells the inquiry's topic, so the sibling claim about the line does not take
the verb. Subjects are invented; the cases marked so were mentions or updates before.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

ORSK = group("orsk", en=["Orsk"], fr=["Orsk"], ja=["オルスク"])
LINE = group("line", en=["tram line", "tramway"], fr=["tramway", "ligne de tram"],
             ja=["路面電車", "トラム"])
INQUIRY = claim(
    "orsk-tram-inquiry", "The public inquiry into Orsk's tram line will be held from 2 to "
    "27 March 2026.",
    [ORSK, LINE, group("inquiry", en=["public inquiry", "inquiry", "public consultation"],
                       fr=["enquête publique", "consultation"], ja=["公開調査", "意見募集"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 3, 2), expected_by=date(2026, 3, 27),
)
OPENING = claim(
    "orsk-tram-opening", "Orsk's tram line will open to passengers by the end of 2028.",
    [ORSK, LINE, group("opening", GroupRole.OPTIONAL, en=["opening"],
                       fr=["mise en service", "ouverture"], ja=["開業"])],
    kind=ClaimKind.EVENT, expected_by=date(2028, 12, 31),
)
DRIVERS = claim(
    "orsk-drivers", "Orsk Transit will hire 300 tram drivers by 2027.",
    [group("operator", en=["Orsk Transit"], fr=["Orsk Transit"]),
     group("drivers", en=["drivers", "recruitment"], fr=["conducteurs", "recrutement"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CLAIMS = [INQUIRY, OPENING]


@pytest.mark.parametrize(("title", "language"), [
    ("Public inquiry into Orsk tram line begins", "en"),  # was a mention
    ("Public consultation on the Orsk tramway gets under way", "en"),  # was a mention
    ("Orsk tram line inquiry gets under way", "en"),  # was an update (a step begun)
    ("L'enquête publique sur le tramway d'Orsk a commencé", "fr"),
    ("オルスク路面電車の公開調査始まる", "ja"),  # was an update
    # one word qualifies the topic's name ("into the northern tram line"; round 62)
    ("Orsk: public inquiry into the northern tram line opened on Monday", "en"),
    ("Orsk: public inquiry into new tram line opened on Monday", "en"),
])
def test_the_inquiry_begun_is_the_inquiry_claims_event(title: str, language: str) -> None:
    check_verdict(CLAIMS, "orsk-tram-inquiry", "confirms", title, "", "2026-03-03", language)


def test_a_recruitment_opened_is_still_a_step_toward_a_count() -> None:
    check_verdict([DRIVERS], "orsk-drivers", "updates",
                  "Orsk Transit opens recruitment for 300 tram drivers", "", "2026-03-03", "en")


@pytest.mark.parametrize(("title", "language"), [
    ("Orsk tram line opens to passengers", "en"),
    ("Le tramway d'Orsk est mis en service", "fr"),
])
def test_the_line_opened_is_still_the_opening_claims(title: str, language: str) -> None:
    check_verdict(CLAIMS, "orsk-tram-opening", "confirms", title, "", "2028-06-03", language)
