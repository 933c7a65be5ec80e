"""French forms found by fresh probes: -indre participles ("éteint"), a refusal
("refuse d'autoriser"), a target missed with its figure between ("Objectif de … manqué"),
an approval (homologation), a favourable opinion as a step, a later round named a few
words before the meeting, and "avec" after a noun (its complement, not context: "les
pourparlers avec Ost reportés"; context only at the start, or in "avec un trimestre de
retard", how late). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.timeexpr import has_time
from tracker.models import ClaimKind, GroupRole, Verdict

SWITCH_OFF = claim(  # event: a network switched off by March 2027
    "vela-2g", "Vela Telecom will switch off its 2G network in Morne by March 2027.",
    [group("vela", en=["Vela Telecom", "Vela"], fr=["Vela Telecom", "Vela"]),
     group("2g", en=["2G"], fr=["2G"]), group("morne", en=["Morne"], fr=["Morne"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("switch off",), "fr": ("éteindre",)}},
)
APPROVAL = claim(  # decision: an agency approves a drug by mid-2027
    "dorex-approval", "The Sarn medicines agency will approve Dorex by mid-2027.",
    [group("dorex", en=["Dorex"], fr=["Dorex"]),
     group("agency", GroupRole.OPTIONAL, en=["Sarn medicines agency"],
           fr=["agence sarnienne du médicament"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)
PARK = claim(  # target: 400 MW by the end of 2027
    "lune-solar", "The Lune solar park will reach 400 MW of capacity by the end of 2027.",
    [group("park", en=["Lune solar park"], fr=["parc solaire de Lune"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
TALKS = claim(  # meeting: first peace talks
    "sarn-ost-talks", "Sarn and Ost will hold their first peace talks in 2026.",
    [group("sarn", en=["Sarn"], fr=["Sarn"]), group("ost", en=["Ost"], fr=["Ost"]),
     group("talks", en=["peace talks"], fr=["pourparlers de paix"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)
CLAIMS = [SWITCH_OFF, APPROVAL, PARK, TALKS]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("vela-2g", "confirms", "Vela éteint la 2G à Morne", "2027-03-02", "fr"),
    ("dorex-approval", "confirms",
     "Dorex : l'agence sarnienne du médicament accorde son homologation", "2027-05-10", "fr"),
    ("dorex-approval", "updates", "Avis favorable du comité scientifique pour le Dorex",
     "2026-11-19", "fr"),
    ("lune-solar", "contradicts", "Objectif de 400 MW manqué pour le parc solaire de Lune",
     "2028-01-14", "fr"),
    ("sarn-ost-talks", "updates", "Sarn and Ost announce second round of peace talks",
     "2026-10-01", "en"),
    ("sarn-ost-talks", "updates", "Sarn : les pourparlers de paix avec Ost reportés",
     "2026-05-20", "fr"),
    ("sarn-ost-talks", "contradicts", "Sarn : les pourparlers de paix avec Ost annulés",
     "2026-05-20", "fr"),
    # guard: a delay said with its length is how late the event came
    ("lune-solar", "mentions", "Parc solaire de Lune : les travaux s'achèvent avec un "
     "trimestre de retard", "2027-04-02", "fr"),
])
def test_french_forms(claim_id: str, expected: str, title: str, day: str,
                      language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


def test_an_elided_refusal_negates_the_decision() -> None:
    """"refuse d'approuver": the elided "d'" still makes "refuse" a negation. (A permit
    refused, "refuse d'autoriser", is a refusal of its own: it goes against the plan.)"""
    from helpers.invented import entry

    from tracker.match import Matcher
    from tracker.match.explain import explain
    matcher = Matcher(CLAIMS)
    lines = explain(matcher, entry(
        "L'agence sarnienne du médicament refuse d'approuver le Dorex", "", "2027-03-10",
        "fr"), "dorex-approval")
    assert any("'approuver' (decided) -> decision × negated" in line for line in lines), lines
    check_verdict(CLAIMS, "dorex-approval", "contradicts",
                  "L'agence sarnienne du médicament refuse d'autoriser le Dorex", "",
                  "2027-03-10", "fr")



NURSES = claim(  # target: 1,800 nurses hired by the end of March 2026
    "orvel-nurses", "Orvel's hospitals will hire 1,800 additional nurses by 31 March 2026.",
    [group("hospitals", fr=["hôpitaux d'Orvel"], en=["Orvel hospitals"]),
     group("nurses", fr=["infirmières"], en=["nurses"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # "ne … que" is "only": 1,200 hired, short of 1,800 after the deadline
    ("contradicts", "Les hôpitaux d'Orvel n'ont recruté que 1 200 infirmières", "2026-05-10"),
    ("updates", "Les hôpitaux d'Orvel n'ont encore recruté que 1 200 infirmières",
     "2026-02-10"),
    # guard: "ne … pas" negates
    ("mentions", "Les hôpitaux d'Orvel n'ont pas recruté d'infirmières", "2026-02-10"),
], ids=["que-late", "que-interim", "pas"])
def test_ne_que_is_only(expected: str, title: str, day: str) -> None:
    """"n'ont recruté que 1 200" hired 1,200: "ne … que" is "only", not a negation
    (with a time after "que", "n'ouvrira qu'en février", it stays one: not before).
    The target counts nurses: "additional" before its unit is no unit."""
    check_verdict([NURSES], "orvel-nurses", expected, title, "", day, "fr")


WINERY = claim(
    "orsk-winery", "The Orsk growers' shared winery will enter service in 2027.",
    [group("orsk", en=["Orsk"], fr=["Orsk"]),
     group("winery", en=["shared winery", "winery"], fr=["chai commun", "chai"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    # "vignerons", "forgerons" end like "nous lancerons": nouns, no future (was mentions)
    ("confirms", "Orsk : le chai commun des vignerons entre en service"),
    ("confirms", "Orsk : le chai commun des forgerons a ouvert"),
    ("mentions", "Orsk : le chai commun entrera en service en octobre"),  # a real future
])
def test_a_noun_ending_like_a_first_plural_future_is_no_future(expected: str,
                                                              title: str) -> None:
    check_verdict([WINERY], "orsk-winery", expected, title, "", "2027-06-10", "fr")


COLLECTIVE_WINERY = claim(
    "orsk-collective-winery", "The Orsk collective winery will enter service in 2027.",
    [group("orsk", en=["Orsk"], fr=["Orsk"]),
     group("winery", en=["collective winery"], fr=["chai collectif"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    # "collectif" inside the claim's own term names the winery (was an opinion: mentions)
    ("confirms", "Orsk : le chai collectif entre en service"),
    ("confirms", "Orsk : le chai collectif a ouvert ses portes"),
    # a collective outside the term still comments
    ("mentions", "Orsk : un collectif juge que le chai collectif doit ouvrir vite"),
])
def test_a_third_party_word_inside_a_claim_term_names_the_thing(expected: str,
                                                                title: str) -> None:
    check_verdict([COLLECTIVE_WINERY], "orsk-collective-winery", expected, title, "",
                  "2027-06-10", "fr")


@pytest.mark.parametrize(("title", "expected"), [
    ("L'agence sarnienne du médicament signe l'arrêté autorisant le Dorex", "confirms"),
    ("Dorex : un arrêté d'autorisation publié par l'agence sarnienne du médicament",
     "confirms"),
    # guard: the verb still stops the plan
    ("L'agence sarnienne du médicament a arrêté l'examen du Dorex", "contradicts"),
], ids=["signe-l-arrete", "un-arrete", "guard-a-arrete"])
def test_an_order_after_a_determiner_is_no_stop(title: str, expected: str) -> None:
    """« l'arrêté », « un arrêté » (an administrative order) right after a determiner is
    a thing, not the verb arrêter: the order authorising the plan is its decision."""
    check_verdict([APPROVAL], "dorex-approval", expected, title, "", "2027-03-02", "fr")


SURVEY = claim(  # decision: a town moves to the next survey
    "kirin-survey", "Kirin will decide by October 2027 whether to move to the preliminary survey.",
    [group("survey", en=["preliminary survey"], fr=["étude préliminaire"]),
     group("kirin", en=["Kirin"], fr=["Kirin"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 10, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Kirin : le maire approuve le passage à l'étude préliminaire", "confirms"),
    # guard: a hedge outside the name still hedges
    ("Kirin : le passage à l'étude préliminaire serait approuvé", "mentions"),
], ids=["a-l-etude-preliminaire", "guard-serait"])
def test_a_modifier_that_runs_into_a_name_is_the_names(title: str, expected: str) -> None:
    """« à l'étude » (under study) sharing its noun with the claim's term « étude
    préliminaire » is the name's wording, not a hedge."""
    check_verdict([SURVEY], "kirin-survey", expected, title, "", "2027-05-03", "fr")


WALL = claim(
    "velmora-wall-funding", "Velmora council will approve the funding of the sea wall by June "
    "2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("wall", en=["sea wall"], fr=["digue"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "expected"), [
    # « livres » after a figure is a currency (pounds), not « livrer » (delivered)
    ("Velmora : feu vert aux 40 millions de livres pour la digue", "confirms"),
    # guard: the verb itself
    ("Velmora : les premiers blocs de la digue livrés", "updates"),
])
def test_a_currency_after_a_figure_is_no_verb(title: str, expected: str) -> None:
    check_verdict([WALL], "velmora-wall-funding", expected, title, "", "2026-05-10", "fr")


ROOMS = claim(  # target: 9 rooms by the end of June 2026
    "orvel-rooms", "Orvel's shelter will open 9 rooms by 30 June 2026.",
    [group("shelter", fr=["refuge d'Orvel"], en=["Orvel shelter"]),
     group("rooms", fr=["chambres"], en=["rooms"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 6, 30),
)


def test_sept_alone_is_seven_not_september() -> None:
    # « sept » is seven here: "ne … que" is "only", a shortfall after the deadline
    check_verdict([ROOMS], "orvel-rooms", "contradicts",
                  "Le refuge d'Orvel n'a ouvert que sept chambres sur neuf", "", "2026-07-10",
                  "fr")
    assert not has_time("sept chambres sur neuf")
    # beside a day or a year it is September
    assert has_time("le 15 sept") and has_time("sept 2027") and has_time("sept. 30")


BRIDGE_COST = claim(  # target: a cost cap judged at the end of 2027
    "orvel-bridge-cost", "Orvel's footbridge will cost no more than €6.8 million, judged at the "
    "end of 2027.",
    [group("bridge", fr=["passerelle d'Orvel"], en=["Orvel footbridge"]),
     group("cost", GroupRole.OPTIONAL, fr=["coût"], en=["cost"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # the future perfect past the deadline looks back: the final figure
    ("confirms", "La passerelle d'Orvel aura coûté 6,6 millions d'euros", "2028-02-10"),
    ("contradicts", "La passerelle d'Orvel aura coûté 7,1 millions d'euros", "2028-02-10"),
    # guard: before the deadline it is a forecast
    ("updates", "La passerelle d'Orvel aura coûté 7,1 millions d'euros", "2027-05-10"),
])
def test_the_future_perfect_after_the_deadline_looks_back(expected: str, title: str,
                                                          day: str) -> None:
    check_verdict([BRIDGE_COST], "orvel-bridge-cost", expected, title, "", day, "fr")
