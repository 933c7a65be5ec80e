"""Which claim a word belongs to when one sentence names several (issue 10, class 6):
a cue goes to the nearest claim subject in its clause, but a name that only modifies
another ("the Ostrava Bay terminal mayors' council") is no rival for it, and a name a claim
shares with its rival says nothing against the claim's own cue. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole, Verdict

TERMINAL = group("terminal", en=["Ostrava Bay terminal"], fr=["terminal de la baie d'Ostrava"],
                 ja=["オストラバ湾ターミナル"])
OPENING = claim(
    "terminal-opening", "The Ostrava Bay terminal will open in May 2026.", [TERMINAL],
    kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
)
COUNCIL = claim(
    "terminal-council", "The mayors will hold the first Ostrava Bay terminal mayors' council in "
    "March 2026.",
    [group("council", en=["mayors' council"], fr=["conseil des maires"], ja=["首長協議会"]),
     group("terminal", GroupRole.OPTIONAL, en=["Ostrava Bay terminal"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
)
LICENCE = claim(
    "terminal-licence", "The port authority will decide on the Ostrava Bay terminal's licence "
    "by March 2026.",
    [TERMINAL, group("authority", en=["port authority"], fr=["autorité portuaire"],
                     ja=["港湾局"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("licensed",), "fr": ("autorise",), "ja": ("認可",)}},
)
PASSENGERS = claim(
    "terminal-passengers", "The Ostrava Bay terminal will handle 200,000 passengers in its "
    "first year.",
    [TERMINAL, group("passengers", en=["passengers", "travellers"], fr=["passagers"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 5, 1), expected_by=date(2027, 4, 30),
)
FERRY_LINK = claim(
    "ferry-link", "The Ostrava ferry link will start in June 2026.",
    [group("link", en=["Ostrava ferry link"], fr=["liaison par ferry d'Ostrava"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)
BUS_DEPOT = claim(
    "bus-depot", "The Ostrava bus depot will open in June 2026.",
    [group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)
_MATCHER = Matcher([OPENING, COUNCIL, LICENCE, PASSENGERS, FERRY_LINK, BUS_DEPOT])


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    # "Ostrava Bay terminal" only modifies "mayors' council": the meeting is the council's
    ("terminal-council", "confirms",
     "Mayors met on Friday for the first Ostrava Bay terminal mayors' council", "2026-03-14",
     "en"),
    # another claim's name behind "of"/"du" completes this claim's subject's name
    ("terminal-council", "confirms",
     "The mayors' council of the Ostrava Bay terminal met for the first time on Friday",
     "2026-03-14", "en"),
    ("terminal-council", "confirms",
     "Le conseil des maires du terminal de la baie d'Ostrava s'est réuni pour la première fois",
     "2026-03-14", "fr"),
    # the licence claim's own cue, with the shared name nearer to it than the authority
    ("terminal-licence", "confirms", "オストラバ湾ターミナルの建設を認可 港湾局", "2026-03-10",
     "ja"),
    ("terminal-licence", "confirms",
     "Ostrava Bay terminal licensed on Tuesday, the port authority said", "2026-03-10", "en"),
    # a figure is the target's, even beside a name the target shares with the opening
    ("terminal-passengers", "updates",
     "Passengers in first month: 12,400 through the Ostrava Bay terminal", "2026-06-03", "en"),
    # one word governs every name of a coordination, not the nearest only
    ("ferry-link", "updates",
     "City agrees to press ahead with the Ostrava bus depot and the Ostrava ferry link",
     "2026-03-10", "en"),
    ("bus-depot", "updates",
     "City agrees to press ahead with the Ostrava bus depot and the Ostrava ferry link",
     "2026-03-10", "en"),
    ("ferry-link", "updates",
     "La ville donne son accord au dépôt de bus d'Ostrava et à la liaison par ferry d'Ostrava",
     "2026-03-10", "fr"),
    # talking of ways to do it is not doing it
    ("ferry-link", "mentions", "Mayors discuss ways to accelerate the Ostrava ferry link",
     "2026-03-10", "en"),
    # a general word beside the shared name is still the opening's, not the licence's
    ("terminal-opening", "confirms", "Ostrava Bay terminal opened by the port authority",
     "2026-05-12", "en"),
])
def test_attribution(claim_id: str, expected: str, title: str, day: str, language: str) -> None:
    assert verdict_for(_MATCHER, entry(title, "", day, language), claim_id) == expected


def test_a_summary_update_is_context_when_the_title_is_another_claims_news() -> None:
    """Rules 1 and 3: the title is the item's news; a step of another claim that only
    the summary tells, in an item whose title names none of that claim's ideas, is
    context. Named in the title, it is news again."""
    item = entry("Mayors met for the first Ostrava Bay terminal mayors' council",
                 "The city also named a director for the Ostrava ferry link.", "2026-03-14", "en")
    assert verdict_for(_MATCHER, item, "terminal-council") == "confirms"
    assert verdict_for(_MATCHER, item, "ferry-link") == "mentions"
    named = entry("Ostrava ferry link gets a director as mayors meet for their council",
                  "The city named a director for the Ostrava ferry link.", "2026-03-14", "en")
    assert verdict_for(_MATCHER, named, "ferry-link") == "updates"



COURT_RULING = claim(  # due after the depot, so the challenge is no step of an earlier claim
    "depot-ruling", "The administrative court will rule on the Ostrava bus depot by the "
    "end of 2026.",
    [group("court", en=["administrative court", "court"], fr=["tribunal administratif"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Residents file court challenge to the Ostrava bus depot", "en"),
    ("Traders launch a court challenge against the Ostrava bus depot", "en"),
])
def test_a_name_inside_the_cue_is_no_rival(title: str, language: str) -> None:
    """"Court challenge" names a court as part of the cue itself; the challenge is
    against the depot, so the court-ruling claim is no rival for it."""
    matcher = Matcher([BUS_DEPOT, COURT_RULING])
    assert verdict_for(matcher, entry(title, "", "2026-03-10", language), "bus-depot") == "updates"


SHIP = claim(
    "terminal-first-ship", "The Ostrava Bay terminal will receive its first ship in May 2026.",
    [TERMINAL], kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1),
    expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("first ship",), "fr": ("premier navire",), "ja": ("初入港",)},
          Verdict.UPDATES: {"en": ("dredging",), "fr": ("dragage",), "ja": ("しゅんせつ",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Port authority licenses Ostrava Bay terminal; dredging begins", "en"),
    ("Ostrava Bay terminal: dredging begins as the port authority licenses it", "en"),
    ("Terminal de la baie d'Ostrava : l'autorité portuaire autorise, le dragage commence", "fr"),
    ("オストラバ湾ターミナル、港湾局が認可 しゅんせつ開始", "ja"),
])
def test_a_claims_own_cue_is_its_own_beside_another_claims_name(title: str,
                                                                 language: str) -> None:
    """A word from the claim's file is the user's word for its event: a name of
    another claim nearer to it does not take it (both claims get their news)."""
    matcher = Matcher([SHIP, LICENCE])
    item = entry(title, "", "2026-03-10", language)
    assert verdict_for(matcher, item, "terminal-first-ship") == "updates"
    assert verdict_for(matcher, item, "terminal-licence") in ("confirms", "updates")


@pytest.mark.parametrize(("title", "language"), [
    ("Port authority puts off Ostrava Bay terminal licence ruling to April", "en"),
    ("Port authority halts Ostrava Bay terminal licence review after court ruling", "en"),
    ("L'autorité portuaire reporte à avril la licence du terminal de la baie d'Ostrava", "fr"),
    ("港湾局、オストラバ湾ターミナルの認可判断を4月に延期", "ja"),
])
def test_a_delay_beside_a_name_the_claims_share(title: str, language: str) -> None:
    """"puts off the terminal's licence": the terminal's name, which the opening claim
    shares with the licence claim, takes no delay or stop from the licence claim."""
    matcher = Matcher([OPENING, LICENCE])
    item = entry(title, "", "2026-03-10", language)
    assert verdict_for(matcher, item, "terminal-licence") == "updates"


ORDINANCE = claim(
    "tarn-fee-ordinance", "The Tarn assembly will pass the Kessel Peak fee ordinance in "
    "March 2026.",
    [group("assembly", en=["Tarn assembly"]), group("fee", en=["climbing fee"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)
FEE = claim(
    "kessel-fee-start", "Kessel Peak's climbing fee will be charged from July 2026.",
    [group("peak", en=["Kessel Peak"]), group("fee", en=["climbing fee"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 7, 31),
)
CLIMBERS = claim(
    "kessel-climbers", "Kessel Peak will see fewer than 4,000 climbers a day in summer 2026.",
    [group("peak", en=["Kessel Peak"]), group("climbers", en=["climbers"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 9, 30),
)


def test_the_name_before_the_verb_is_its_subject_not_a_modifier() -> None:
    """"Tarn Assembly enacts Kessel Peak climbing fee ordinance": the assembly, before the
    verb, is its subject; the rival's name after it begins the object. Before, the
    assembly read as a modifier of "Kessel Peak" (a noun phrase across the verb), and
    the decision went to no claim."""
    matcher = Matcher([ORDINANCE, FEE, CLIMBERS])
    item = entry("Tarn Assembly enacts Kessel Peak climbing fee ordinance",
                 "The ordinance, adopted by majority vote, sets a fee per climber.",
                 "2026-03-18", "en")
    assert verdict_for(matcher, item, "tarn-fee-ordinance") == "confirms"


WHOLE_LINE = claim(
    "sorel-whole-line", "The whole Sorel Line will reopen to trains by March 2027.",
    [group("line", en=["Sorel Line"], fr=["ligne Sorel"], ja=["ソレル線"]),
     group("whole", en=["whole line", "entire line"], fr=["toute la ligne"], ja=["全線"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "ソレル線、北浜―南浜間が運転再開　全線再開は来春", "ja"),
    ("mentions", "Sorel Line: northern stretch reopens; whole line to reopen next spring", "en"),
    # guards: the claim's own clause, or a clause that names it
    ("confirms", "ソレル線、全線で運転再開", "ja"),
    ("confirms", "Sorel Line reopens; whole line back in service after typhoon", "en"),
])
def test_an_event_of_another_clause_s_subject(expected: str, title: str,
                                              language: str) -> None:
    """"北浜―南浜間が運転再開　全線再開は来春": the reopening in the first clause is a
    section's; the whole line's is in the clause that names it (a preview). Before, the
    first clause's reopening confirmed the claim."""
    check_verdict([WHOLE_LINE], "sorel-whole-line", expected, title, "", "2026-07-25",
                  language)



ORWEN = group("orwen", en=["Orwen"], fr=["Orwen"], ja=["オーウェン"])
BREWERY_WORKS = claim(
    "orwen-brewery-works", "Construction of the Orwen ale brewery will begin in April 2026.",
    [group("brewery", en=["ale brewery"], fr=["brasserie"], ja=["醸造所"]), ORWEN],
    kind=ClaimKind.EVENT, expected_from=date(2026, 4, 1), expected_by=date(2026, 4, 30),
)
ORWEN_ALE = claim(
    "orwen-ale-launch", "Orwen Ale, the brewery's first beer, will be launched in March 2027.",
    [group("ale", en=["Orwen Ale"], fr=["bière Orwen"], ja=["オーウェン・エール"]), ORWEN],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("claim_id", "expected", "title", "day"), [
    ("orwen-brewery-works", "confirms", "Work begins on Orwen ale brewery, a month late",
     "2026-05-12"),
    ("orwen-ale-launch", "mentions", "Work begins on Orwen ale brewery, a month late",
     "2026-05-12"),
    # guard: where the ale's name heads its phrase, the news is the ale's
    ("orwen-ale-launch", "confirms", "Orwen Ale launched across the county",
     "2027-03-02"),
])
def test_two_names_sharing_a_word_make_one_phrase_headed_by_the_last(
        claim_id: str, expected: str, title: str, day: str) -> None:
    """"Orwen ale brewery" holds the ale's name ("Orwen Ale") and the brewery's ("ale
    brewery"), sharing "ale": an English phrase is about its last noun, so the works
    begun are the brewery's. Before, the ale's name, which starts first, took "begins"
    as a step toward its launch and the brewery lost its event."""
    check_verdict([BREWERY_WORKS, ORWEN_ALE], claim_id, expected, title, "", day, "en")


MILL = group("mill", en=["Ardis mill"], fr=["moulin d'Ardis"], ja=["アーディス製粉所"])
MILL_PERMIT = claim(
    "ardis-mill-permit", "The Velmora prefect will grant the Ardis mill its operating permit by "
    "June 2026.",
    [MILL, group("prefect", en=["prefect"], fr=["préfet"], ja=["知事"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
MILL_START = claim(
    "ardis-mill-start", "The Ardis mill will start milling in September 2026.", [MILL],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Ardis mill gets green light from Velmora prefect", "en"),
    ("Ardis mill wins approval from prefect", "en"),
    ("Le moulin d'Ardis obtient le feu vert du préfet", "fr"),
])
def test_what_receives_a_decision_is_no_rival(title: str, language: str) -> None:
    """"Ardis mill gets green light from prefect": the mill, shared with the start claim,
    is what the permit goes to, not another claim's subject nearer the decision word
    (a round 69 claim writer)."""
    check_verdict([MILL_PERMIT, MILL_START], "ardis-mill-permit", "confirms", title, "",
                  "2026-05-12", language)


GALLERY = claim(
    "orsa-gallery-director", "The Orsa gallery board will appoint the gallery's new director "
    "by June 2026.",
    [group("gallery", en=["Orsa gallery"], fr=["galerie d'Orsa"], ja=["オルサ美術館"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
CURATOR = claim(
    "orsa-curator-stays", "Mira Holt will stay on as the Orsa gallery's chief curator until "
    "the end of 2026.",
    [group("holt", en=["Mira Holt"], fr=["Mira Holt"], ja=["ミラ・ホルト"])],
    kind=ClaimKind.STATE, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("summary", "language", "expected"), [
    ("Mira Holt, who has run the Orsa gallery's collection since 2019, has been appointed "
     "director of the Velmora opera.", "en", "mentions"),
    ("Mira Holt, qui dirige les collections de la galerie d'Orsa depuis 2019, a été nommée "
     "à la tête de l'opéra de Velmora.", "fr", "mentions"),
    # guard: the gallery in the main clause, before a relative clause of its own
    ("The Orsa gallery, which reopened in 2024, has appointed Lena Varo as its director.",
     "en", "confirms"),
])
def test_a_name_in_a_relative_clause_is_no_subject_of_the_verb_after_it(
        summary: str, language: str, expected: str) -> None:
    """"Mira Holt, who has run the Orsa gallery's collection, has been appointed director
    of the opera": the gallery, inside the relative clause, did not appoint anyone (a
    round 71 item)."""
    check_verdict([GALLERY, CURATOR], "orsa-gallery-director", expected,
                  "Orsa gallery loses its curator", summary, "2026-03-12", language)


SESSION = claim(
    "velmora-driver-session", "Velmora will hold an information session for would-be tram "
    "drivers on 5 October 2026.",
    [group("session", en=["information session"], fr=["réunion d'information"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 10, 5), expected_by=date(2026, 10, 5))
DRIVERS = claim(
    "velmora-driver-hiring", "Velmora will hire 40 tram drivers by the end of 2026.",
    [group("drivers", en=["tram drivers"], fr=["conducteurs de tram"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora information session for tram drivers was held on Sunday", "en"),
    ("Velmora : la réunion d'information pour les conducteurs de tram s'est tenue dimanche",
     "fr"),
], ids=["en", "fr"])
def test_a_name_behind_for_completes_the_name_before_it(title: str, language: str) -> None:
    # "for tram drivers" tells who the session is for: the session was held
    check_verdict([SESSION, DRIVERS], "velmora-driver-session", "confirms", title, "",
                  "2026-10-06", language)



UNION = claim(
    "quay-talks", "The Harlen ferry company and the Bosun union will hold talks on 3 March "
    "2026.",
    [group("union", en=["Bosun union"], fr=["syndicat Bosun"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 3), expected_by=date(2026, 3, 3),
)
DECKHANDS = claim(
    "quay-deckhands", "At least 30 Harlen deckhands will have moved to the Tarnby quay by June "
    "2026.",
    [group("deckhands", en=["deckhands"], fr=["matelots"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("summary", "language", "expected"), [
    ("The Bosun union, which speaks for most of the deckhands, met the company on Tuesday.",
     "en", "confirms"),
    ("Le syndicat Bosun, qui représente la plupart des matelots, a rencontré la direction "
     "mardi.", "fr", "confirms"),
    # guard: the rival's name in the main clause, nearer the word, still takes it
    ("The Bosun union said on Monday that the deckhands met the company on Tuesday.", "en",
     "mentions"),
])
def test_another_claims_name_in_a_relative_clause_is_no_rival(summary: str, language: str,
                                                              expected: str) -> None:
    # the relative clause describes the union; the meeting word is the union's
    check_verdict([UNION, DECKHANDS], "quay-talks", expected, "Ferry crews' future",
                  summary, "2026-03-04", language)
