"""Talks toward an event claim's thing are a step ("open talks on visa-free travel",
"négociations", 協議が再開): an update, not the event. For a meeting claim the talks are
its meeting, and a noun after the preposition of its topic ("public meeting on the depot
closure") is what it is about. Subjects are invented; the flagged cases were read as the
event (or as nothing) before the rule; the others are guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

VISAS = claim(
    "tarsa-visas", "Tarsa will lift visa requirements for Omeli citizens by June 2026.",
    [group("tarsa", en=["Tarsa", "Tarsan"], fr=["Tarsa"], ja=["タルサ"]),
     group("omeli", en=["Omeli"], fr=["Omeli", "Omélien"], ja=["オメリ"]),
     group("visas", en=["visa", "visas", "visa-free"], fr=["visa", "visas"], ja=["ビザ"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 6, 30),
)
STRIKE = claim(
    "brenna-strike-end", "The strike at the port of Brenna will end by March 2026.",
    [group("brenna", en=["Brenna"], fr=["Brenna"], ja=["ブレナ港"]),
     group("strike", en=["strike", "walkout"], fr=["grève"], ja=["スト"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 3, 31),
)
SUMMIT = claim(
    "tarsa-omeli-talks", "Tarsa and Omeli will hold their first peace talks by June 2026.",
    [group("tarsa", en=["Tarsa", "Tarsan"], fr=["Tarsa"], ja=["タルサ"]),
     group("omeli", en=["Omeli"], fr=["Omeli", "Omélien"], ja=["オメリ"]),
     group("talks", en=["peace talks"], fr=["pourparlers de paix"], ja=["和平協議"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Tarsa, Omeli officials open talks on visa-free travel", "en"),
    ("Visas : Tarsa et Omeli ouvrent les négociations sur l'exemption", "fr"),
])
def test_talks_opened_on_the_thing_are_a_step(title: str, language: str) -> None:
    check_verdict([VISAS], "tarsa-visas", "updates", title, "", "2026-02-12", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Brenna port strike: talks resume under state mediator", "en"),
    ("ブレナ港スト、労使協議が再開", "ja"),
])
def test_talks_on_ending_a_strike_are_a_step(title: str, language: str) -> None:
    check_verdict([STRIKE], "brenna-strike-end", "updates", title, "", "2026-02-09", language)


@pytest.mark.parametrize(("expected", "claim_id", "title"), [
    # the meeting claim's talks are its meeting
    ("confirms", "tarsa-omeli-talks", "Tarsa and Omeli open peace talks in Ostra"),
    # the event itself, beside the talks that led to it
    ("confirms", "tarsa-visas", "Tarsa lifts visas for Omeli citizens after talks"),
])
def test_guards(expected: str, claim_id: str, title: str) -> None:
    check_verdict([VISAS, SUMMIT], claim_id, expected, title, "", "2026-04-20", "en")


def test_talks_beside_another_event_word_are_not_a_step() -> None:
    # "visits … for talks": the visit is the news, not a step toward the visas
    check_verdict([VISAS], "tarsa-visas", "mentions",
                  "Tarsan minister visits Omeli for talks on visas", "", "2026-02-12",
                  "en")


PUBLIC_MEETING = claim(
    "kessling-depot-meeting", "Kessling will hold a public meeting on the bus depot on 19 "
    "March 2026.",
    [group("kessling", en=["Kessling"], fr=["Kessling"]),
     group("meeting", en=["public meeting"], fr=["réunion publique"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 3, 19),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Kessling : réunion publique sur la fermeture du dépôt", "fr", "mentions"),
    # how it went says it was held; its topic still stops nothing
    ("Kessling: heated public meeting on depot closure", "en", "confirms"),
    ("Kessling : réunion publique houleuse sur le recul de la falaise", "fr", "confirms"),
    # guards: what became of the meeting itself
    ("Kessling public meeting on depot postponed", "en", "updates"),
    ("Kessling : la réunion publique sur le dépôt reportée", "fr", "updates"),
    # a compound past: its participle tells what became of it (a round-62 claim writer)
    ("Kessling : la réunion publique sur les camions s'est tenue", "fr", "confirms"),
    ("Kessling : la réunion publique sur le dépôt a été annulée", "fr", "contradicts"),
])
def test_the_topic_of_a_meeting_is_no_news_of_it(title: str, language: str,
                                                  expected: str) -> None:
    check_verdict([PUBLIC_MEETING], "kessling-depot-meeting", expected, title, "",
                  "2026-03-20", language)


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    # the meeting named only in a clause of context: another thing's news beside it
    ("Council drops depot plan", "The U-turn came after last week's public meeting in "
     "Kessling.", "en", "mentions"),
    ("Le conseil renonce au projet de dépôt", "L'annulation du projet a été annoncée après "
     "la réunion publique de Kessling.", "fr", "mentions"),
    # guard: the meeting in the main clause
    ("Council drops depot plan", "The public meeting in Kessling was cancelled after the "
     "storm.", "en", "contradicts"),
])
def test_a_meeting_named_in_a_clause_of_context(title: str, summary: str, language: str,
                                                expected: str) -> None:
    check_verdict([PUBLIC_MEETING], "kessling-depot-meeting", expected, title, summary,
                  "2026-03-27", language)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    # who came to the meeting says it was held
    ("300 residents attend Kessling public meeting on the depot", "en", "2026-03-20",
     "confirms"),
    ("Kessling : 150 habitants ont assisté à la réunion publique", "fr", "2026-03-20",
     "confirms"),
    # guard: still to come
    ("Kessling residents to attend public meeting next week", "en", "2026-03-12",
     "mentions"),
])
def test_attending_a_meeting_is_its_meeting_held(title: str, language: str, day: str,
                                                 expected: str) -> None:
    check_verdict([PUBLIC_MEETING], "kessling-depot-meeting", expected, title, "", day,
                  language)
