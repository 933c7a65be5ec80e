"""A headline may report a meeting by its headcount, with no verb (説明会に260人,
参加80人, "300 residents at public meeting", « 620 parents à la réunion »): for a
meeting claim, its meeting's name beside a count of people reports the meeting held
(claim writers of rounds 31, 36, 38, 48 and 49). Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRIEFING = claim(  # meeting: a briefing for residents
    "tarumi-briefing", "Tarumi will hold a briefing for residents on the new city hall on "
    "13 December 2025.",
    [group("briefing", en=["briefing"], ja=["説明会"]),
     group("tarumi", en=["Tarumi"], ja=["垂水野"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 11, 1), expected_from=date(2025, 12, 13),
    expected_by=date(2025, 12, 13),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("垂水野市の説明会に260人 質問相次ぐ", "confirms"),
    ("垂水野市の新庁舎説明会 参加80人", "confirms"),
    ("垂水野市の説明会、初回に400人", "confirms"),
    # who came, between に and the count (a claim writer of round 118)
    ("垂水野市の説明会に住民80人", "confirms"),
    ("垂水野市の説明会に市民ら約120人 不安の声", "confirms"),
    # guards: a count of something else; no count; members named, not come (no に)
    ("垂水野市の説明会に資料300部", "mentions"),
    ("垂水野市の説明会 質問相次ぐ", "mentions"),
    ("垂水野市の説明会、委員18人", "mentions"),
], ids=["headcount", "participants", "first-session", "who-came", "who-came-about",
        "guard-other-count", "guard-no-count", "guard-members-named"])
def test_a_meeting_reported_by_its_headcount(title: str, expected: str) -> None:
    check_verdict([BRIEFING], "tarumi-briefing", expected, title, "", "2025-12-14", "ja")


HARBOUR_MEETING = claim(  # meeting: a public meeting on a harbour plan
    "velmora-harbour-meeting", "Velmora will hold a public meeting on its harbour plan on "
    "20 May 2026.",
    [group("meeting", en=["public meeting", "harbour meeting"], fr=["réunion"],
           ja=["港湾説明会"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 5, 20), expected_by=date(2026, 5, 20),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Packed hall at Velmora public meeting on the harbour", "en", "confirms"),
    ("Velmora : salle comble pour la réunion sur le port", "fr", "confirms"),
    ("ベルモラの港湾説明会、会場は満員", "ja", "confirms"),
    # guard: no word of a full room or of the meeting held
    ("Velmora public meeting on the harbour: questions for the mayor", "en", "mentions"),
], ids=["packed-hall", "salle-comble", "man-in", "guard-questions"])
def test_a_full_room_is_a_meeting_held(title: str, language: str, expected: str) -> None:
    """A full room reports the meeting held ("packed hall", « salle comble », 満員)."""
    check_verdict([HARBOUR_MEETING], "velmora-harbour-meeting", expected, title, "",
                  "2026-05-21", language)


INFORMATION_MEETING = claim(
    "velmora-harbour-meeting", "Velmora will hold a public meeting on its harbour plan on "
    "20 May 2026.",
    [group("meeting", en=["public meeting"], fr=["réunion d'information"], ja=["港湾説明会"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 5, 20), expected_by=date(2026, 5, 20),
)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("300 residents at Velmora public meeting on the harbour", "en", "2026-05-21", "confirms"),
    ("Port de Velmora : 620 habitants à la réunion d'information", "fr",
     "2026-05-21", "confirms"),
    # guard: a count expected, before the day
    ("Velmora : 300 personnes attendues à la réunion d'information jeudi", "fr",
     "2026-05-18", "mentions"),
], ids=["en", "fr", "guard-expected"])
def test_a_latin_headcount_at_the_meeting(title: str, language: str, day: str,
                                          expected: str) -> None:
    check_verdict([INFORMATION_MEETING], "velmora-harbour-meeting", expected, title, "", day,
                  language)


@pytest.mark.parametrize(("summary", "expected"), [
    ("垂水野市は市役所で新庁舎の説明会を開く。", "mentions"),
    # guard: the past tense reports it held
    ("垂水野市は市役所で新庁舎の説明会を開いた。", "confirms"),
], ids=["nonpast", "guard-past"])
def test_a_japanese_verb_in_its_dictionary_form_ends_a_plan(summary: str,
                                                             expected: str) -> None:
    """The body of a report tells what happened in the past tense: a sentence ending
    in a verb's dictionary form (説明会を開く。) tells what will happen."""
    check_verdict([BRIEFING], "tarumi-briefing", expected, "垂水野市の新庁舎", summary,
                  "2025-12-13", "ja")


@pytest.mark.parametrize(("summary", "language", "day", "expected"), [
    ("More than 300 residents crowded into the hall last night at the Velmora public "
     "meeting on the harbour.", "en", "2026-05-21", "confirms"),
    ("Quelque 230 habitants ont assisté mercredi à la réunion d'information de Velmora "
     "sur le port.", "fr", "2026-05-21", "confirms"),
    ("Plus de 600 personnes se sont pressées mercredi soir à la réunion d'information de "
     "Velmora.", "fr", "2026-05-21", "confirms"),
    # guards: a petition that asks for the meeting; a count of votes; a count expected
    ("More than 300 residents have signed a petition calling for a Velmora public meeting "
     "on the harbour.", "en", "2026-04-02", "mentions"),
    ("Le conseil a voté par 58 voix contre 21 la tenue d'une réunion d'information à "
     "Velmora.", "fr", "2026-04-02", "mentions"),
    ("About 300 people are expected at the Velmora public meeting on Wednesday.", "en",
     "2026-05-18", "mentions"),
], ids=["crowded-into", "ont-assiste", "se-sont-pressees", "guard-petition", "guard-votes",
        "guard-expected"])
def test_a_crowd_that_came_reports_the_meeting_held(summary: str, language: str, day: str,
                                                   expected: str) -> None:
    """A count of people, a past verb right after it, and the meeting's name a little
    later ("300 residents crowded into the hall … at the public meeting", « 230
    habitants ont assisté mercredi à la réunion »): the meeting was held."""
    check_verdict([INFORMATION_MEETING], "velmora-harbour-meeting", expected, "Packed hall",
                  summary, day, language)


@pytest.mark.parametrize(("summary", "expected"), [
    # the audience named before the verb of coming is who came, no commentator
    ("Seventy people, about half of them foreign residents, attended the Tarumi briefing "
     "on Saturday.", "confirms"),
    # guard: a commentator after the clause still comments
    ("Seventy people attended the Tarumi briefing on Saturday, campaigners said.",
     "mentions"),
], ids=["audience-came", "guard-campaigners-said"])
def test_an_audience_set_off_before_its_verb_came(summary: str, expected: str) -> None:
    check_verdict([BRIEFING], "tarumi-briefing", expected, "New city hall plans shown",
                  summary, "2025-12-14", "en")


@pytest.mark.parametrize(("title", "expected"), [
    # 参加 with a count of companies, not people (a claim writer of round 125)
    ("垂水野市の説明会、企業42社が参加", "confirms"),
    ("垂水野市の説明会に市内の事業者が参加", "confirms"),
    # guard: a plan to take part is no meeting held
    ("垂水野市の説明会に企業42社が参加予定", "mentions"),
], ids=["42-sha-ga-sanka", "jigyosha-ga-sanka", "guard-sanka-yotei"])
def test_who_took_part_reports_the_meeting_held(title: str, expected: str) -> None:
    check_verdict([BRIEFING], "tarumi-briefing", expected, title, "", "2025-12-14", "ja")
