"""A meeting told by its crowd: "Packed hall grills mayor over quarry", "Hundreds turn
out", « salle comble », 約300人が参加. The news may never name the meeting; for a meeting
claim, a crowd word in the title or the lead, from the meeting's day to a week after,
stands for its group of meeting names, and the crowd tells it was held (confirms), as
it does when the news names the meeting with no word of its own for it. Elsewhere in
time, or for another place, it stands for nothing. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.explain import explain, explain_records
from tracker.models import ClaimKind

MEETING = claim(
    "brevanne-quarry-meeting",
    "Brévanne will hold a public meeting on the quarry extension on Thursday 5 June 2025.",
    [group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民説明会"]),
     group("place", en=["Brévanne"], fr=["Brévanne"], ja=["ブレバンヌ"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 5, 2), expected_from=date(2025, 6, 5),
    expected_by=date(2025, 6, 5))
EXTENSION = claim(  # a sibling that is no meeting: a crowd tells it nothing
    "brevanne-quarry-extension",
    "The prefect will authorise the Brévanne quarry extension by the end of 2025.",
    [group("quarry", en=["quarry extension"], fr=["extension de la carrière"],
           ja=["採石場の拡張"]),
     group("place", en=["Brévanne"], fr=["Brévanne"], ja=["ブレバンヌ"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 5, 2), expected_by=date(2025, 12, 31))
MATCHER = Matcher([MEETING, EXTENSION])
CROWDS = {
    "en": ("Packed hall grills mayor over quarry",
           "Some 200 people crowded into the Brévanne village hall on Thursday evening."),
    "fr": ("Salle comble pour parler de la carrière",
           "Près de 200 habitants de Brévanne ont assisté jeudi soir à la présentation."),
    "ja": ("採石場の拡張計画、会場は満員",
           "ブレバンヌで5日夜、計画の説明があり、約200人が詰めかけた。"),
}


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
@pytest.mark.parametrize(("published", "expected"), [
    ("2025-06-06", "confirms"),  # the day after: the meeting held
    ("2025-06-30", None),  # guard: weeks later, a crowd at something else
    ("2025-05-20", None),  # guard: before the meeting's day
], ids=["next-day", "weeks-later", "before"])
def test_a_meeting_told_by_its_crowd(language: str, published: str,
                                     expected: str | None) -> None:
    title, summary = CROWDS[language]
    item = entry(title, summary, published, language)
    assert verdict_for(MATCHER, item, "brevanne-quarry-meeting") == expected


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
def test_a_crowd_elsewhere_is_no_meeting_of_the_claim(language: str) -> None:
    title, summary = CROWDS[language]
    summary = summary.replace("Brévanne", "Corlhac").replace("ブレバンヌ", "コルラック")
    item = entry(title, summary, "2025-06-06", language)
    assert verdict_for(MATCHER, item, "brevanne-quarry-meeting") is None


def test_a_crowd_stands_for_no_other_kind_of_claim() -> None:
    title, summary = CROWDS["en"]
    item = entry(title, summary, "2025-06-06", "en")
    assert verdict_for(MATCHER, item, "brevanne-quarry-extension") is None


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    # the meeting named, with no event word of its own: the crowd tells it was held
    ("Brévanne public meeting: residents have their say on the quarry",
     "Some 200 people crowded into the village hall.", "en", "confirms"),
    ("Réunion publique à Brévanne : les habitants donnent leur avis",
     "Près de 200 personnes ont assisté jeudi soir à la présentation du projet de carrière.",
     "fr", "confirms"),
    ("ブレバンヌで住民説明会、採石場の拡張に意見", "会場には約200人が詰めかけた。",
     "ja", "confirms"),
    # a crowd's questions put in person, the meeting unnamed
    ("Parents quiz Brévanne officials over quarry lorries",
     "The mayor promised a lorry count before the extension starts.", "en", "confirms"),
    # a crowd counted in round numbers
    ("Hundreds hear quarry plans at Brévanne",
     "The mayor answered questions for two hours.", "en", "confirms"),
    ("Carrière : une centaine d'habitants de Brévanne venus écouter le maire",
     "Le maire a répondu aux questions pendant deux heures.", "fr", "confirms"),
    # guard: the meeting told as the background of other news
    ("After packed public meeting, Brévanne union defends quarry plan",
     "The union said the extension would keep 40 jobs.", "en", "mentions"),
], ids=["en", "fr", "ja", "quiz", "hundreds", "centaine", "background"])
def test_a_named_meeting_with_its_crowd(title: str, summary: str, language: str,
                                        expected: str) -> None:
    item = entry(title, summary, "2025-06-06", language)
    assert verdict_for(MATCHER, item, "brevanne-quarry-meeting") == expected


def test_explain_says_a_crowd_stood_for_the_meeting() -> None:
    crowd = entry(*CROWDS["en"], "2025-06-06", "en")
    named = entry("Brévanne public meeting: residents have their say on the quarry",
                  "Some 200 people crowded into the village hall.", "2025-06-06", "en")
    assert explain_records(MATCHER, crowd, "brevanne-quarry-meeting")[0]["by_crowd"] is True
    assert explain_records(MATCHER, named, "brevanne-quarry-meeting")[0]["by_crowd"] is False
    assert "a crowd told instead" in "\n".join(
        explain(MATCHER, crowd, "brevanne-quarry-meeting"))
