""""Press the bank for a rate cut", "feu vert pour la relance": an event word shortly
after "for" (pour) is what someone asks or clears the way for, not done. A "for" that
opens its clause sets the scene ("Pour le match inaugural, …"). Subjects are invented;
the first cases were read as done before the rule; the last two are guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

RATE = claim(
    "selva-rate-cut", "Selva's central bank will cut its key rate by June 2026.",
    [group("selva", en=["Selva", "Selvan"], fr=["Selva"]),
     group("rate", en=["key rate", "rates", "rate"], fr=["taux directeur", "taux"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
STADIUM = claim(
    "orme-stadium", "The new Orme stadium will open by August 2026.",
    [group("orme", en=["Orme"], fr=["Orme"]), group("stadium", en=["stadium"], fr=["stade"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 8, 31),
    cues={Verdict.CONFIRMS: {"fr": ("match inaugural",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Selvan exporters press central bank for rate cut", "en"),
    ("Selva's exporters lobby for a rate cut", "en"),
])
def test_an_event_asked_for_is_not_done(title: str, language: str) -> None:
    check_verdict([RATE], "selva-rate-cut", "mentions", title, "", "2026-04-08", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the green light is a step; the opening it clears the way for is not done
    ("updates", "Orme: green light for stadium opening", "en"),
    # a "for" that opens the clause sets the scene of what happened
    ("confirms", "Pour le match inaugural du stade d'Orme, les Rovers battent Harwick", "fr"),
    ("confirms", "Orme stadium opens its doors", "en"),
])
def test_a_scene_or_a_report(expected: str, title: str, language: str) -> None:
    check_verdict([STADIUM], "orme-stadium", expected, title, "", "2026-08-09", language)


LAGOON = group("lagoon", en=["Velmar tidal lagoon"], fr=["lagune de Velmar"],
               ja=["ベルマール潮汐ラグーン"])
TURBINES = claim(
    "velmar-turbines", "The first turbines for the Velmar tidal lagoon will be delivered in "
    "May 2027.",
    [LAGOON, group("turbine", en=["turbine", "turbines"], fr=["turbine", "turbines"],
                   ja=["タービン"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 5, 1), expected_by=date(2027, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("delivered",), "fr": ("livrée", "livrées"),
                             "ja": ("納入",)}},
)
FREE_ENTRY = claim(
    "sorvel-free-schools", "Entry to the Sorvel pool will stay free for schools until 2030.",
    [group("pool", en=["Sorvel pool"], fr=["piscine de Sorvel"], ja=["ソルベル市民プール"]),
     group("free", en=["free entry"], fr=["gratuité"], ja=["無料"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 1), expected_by=date(2030, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "claim_id"), [
    ("First turbine for Velmar tidal lagoon delivered", "en", "velmar-turbines"),
    ("Sorvel pool free entry for schools maintained", "en", "sorvel-free-schools"),
    ("Piscine de Sorvel : la gratuité pour les écoles est maintenue", "fr",
     "sorvel-free-schools"),
    # an irregular participle ("kept", "held") is the clause's verb too
    ("Sorvel pool free entry for schools kept", "en", "sorvel-free-schools"),
], ids=["en-event", "en-state", "fr-state", "en-irregular"])
def test_a_participle_after_for_is_the_clauses_verb(title: str, language: str,
                                                     claim_id: str) -> None:
    """"for" names whom the thing is for; the participle is what happened to it."""
    check_verdict([TURBINES, FREE_ENTRY], claim_id, "confirms", title, "", "2027-05-12",
                  language)
