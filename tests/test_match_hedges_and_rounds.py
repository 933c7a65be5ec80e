"""A hedge that holds a negation ("does not rule out a delay"), an event told as done
part way ("rouvre partiellement"), a decision dated back (context), the long-awaited
meeting (the first round, even late) and a later round named by the meeting's own noun
("un deuxième sommet"). Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

GALLERY = claim(  # event: the gallery reopens by June 2027
    "tessin-gallery", "The Tessin Gallery will reopen after its renovation by June 2027.",
    [group("gallery", en=["Tessin Gallery"], fr=["galerie Tessin"], ja=["テッシン画廊"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("reopen",), "fr": ("rouvrir", "réouverture")}},
)
RING_ROAD = claim(  # decision: the council approves the ring road in 2026
    "calder-ring-road", "Calder council will approve the Calder ring road in 2026.",
    [group("road", en=["Calder ring road"], fr=["rocade de Calder"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)
SUMMIT = claim(  # meeting: the first summit of two invented states
    "nerra-ost-summit", "The presidents of Nerra and Ost will hold their first summit in 2026.",
    [group("nerra", en=["Nerra"], fr=["Nerra"], ja=["ネラ"]),
     group("ost", en=["Ost"], fr=["Ost"], ja=["オスト"]),
     group("summit", en=["summit"], fr=["sommet"], ja=["首脳会談"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)
CLAIMS = [GALLERY, RING_ROAD, SUMMIT]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("tessin-gallery", "updates", "La galerie Tessin n'exclut plus un report de sa réouverture",
     "2026-12-09", "fr"),
    ("tessin-gallery", "updates", "Tessin Gallery does not rule out a delay to its reopening",
     "2026-12-09", "en"),
    ("tessin-gallery", "updates", "La galerie Tessin rouvre partiellement au public",
     "2027-03-09", "fr"),
    ("calder-ring-road", "mentions",
     "L'artisan de la rocade de Calder, adoptée en juin, quitte ses fonctions", "2026-12-03",
     "fr"),
    ("nerra-ost-summit", "confirms",
     "Nerra-Ost : le sommet tant attendu se tient enfin, avec des mois de retard", "2027-02-17",
     "fr"),
    ("nerra-ost-summit", "updates", "Nerra et Ost annoncent un deuxième sommet au printemps",
     "2026-11-04", "fr"),
    ("nerra-ost-summit", "updates", "ネラ・オスト、2回目の首脳会談へ　来春ネラで", "2026-11-04",
     "ja"),
])
def test_hedges_parts_context_and_rounds(claim_id: str, expected: str, title: str, day: str,
                                         language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


TALKS = claim(  # meeting named by its parties only: the board's first talks with the union
    "ferrol-union-talks", "The Ferrol ferry board will hold its first formal talks with the "
    "deckhands' union on 4 March 2026.",
    [group("board", en=["Ferrol ferry board"], fr=["régie des ferries de Ferrol"]),
     group("union", en=["deckhands' union"], fr=["syndicat des matelots"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 4), expected_by=date(2026, 3, 4),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("confirms", "Première réunion entre la régie des ferries de Ferrol et le syndicat des "
     "matelots", "2026-03-04"),
    ("updates", "Deuxième réunion entre la régie des ferries de Ferrol et le syndicat des "
     "matelots", "2026-04-08"),
    ("updates", "Deuxième séance entre la régie des ferries de Ferrol et le syndicat des "
     "matelots", "2026-04-08"),
    # guard: a meeting ahead is a preview
    ("mentions", "La régie des ferries de Ferrol et le syndicat des matelots se réuniront "
     "mercredi", "2026-03-01"),
])
def test_a_french_meeting_noun_is_the_meeting(expected: str, title: str, day: str) -> None:
    """"Deuxième réunion entre …": « réunion » is a meeting word, as "meeting" (which
    stems like "meet") and 会合 are; before, a French headline with the noun alone
    reported no meeting."""
    check_verdict([TALKS], "ferrol-union-talks", expected, title, "", day, "fr")


@pytest.mark.parametrize(("expected", "title", "summary"), [
    ("updates", "Ferrol ferry board and deckhands' union: second session ends without deal",
     ""),
    ("updates", "Ferrol ferry board sets out fare plan",
     "At its second session with the deckhands' union on Tuesday, the board offered a "
     "new rota."),
])
def test_a_session_is_a_meeting(expected: str, title: str, summary: str) -> None:
    """"Second session", « deuxième séance »: a session is a meeting (a later round
    here), as "meeting" is."""
    check_verdict([TALKS], "ferrol-union-talks", expected, title, summary, "2026-04-08", "en")


@pytest.mark.parametrize(("title", "language"), [
    ("Calder council withdraws the Calder ring road from the agenda", "en"),
    ("La rocade de Calder retirée de l'ordre du jour du conseil", "fr"),
])
def test_taken_off_the_agenda_is_put_off(title: str, language: str) -> None:
    """"Withdrawn from the agenda", « retirée de l'ordre du jour »: the vote is put off
    (a delay), the plan is not withdrawn (round twenty-nine)."""
    check_verdict(CLAIMS, "calder-ring-road", "updates", title, "", "2026-10-05", language)
