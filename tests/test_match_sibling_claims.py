"""Claims that share their subject's name (docs/matching.md, "sibling claims"): a claim
whose required ideas are all names its siblings use too, and whose own cues say which
event it is, takes a general event word only in a clause that holds one of its cues,
or its kind of event. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

TERMINAL_EN = ["Ostrava Bay terminal"]
TERMINAL_FR = ["terminal de la baie d'Ostrava"]
TERMINAL_JA = ["オストラバ湾ターミナル"]
FIRST_SHIP = claim(
    "terminal-first-ship", "The Ostrava Bay terminal will receive its first ship in May 2026.",
    [group("terminal", en=TERMINAL_EN, fr=TERMINAL_FR, ja=TERMINAL_JA)], kind=ClaimKind.EVENT,
    expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("first ship", "first vessel"), "fr": ("premier navire",),
                             "ja": ("初入港",)}},
)
PERMIT = claim(
    "terminal-permit", "The port authority will decide on the Ostrava Bay terminal permit by "
    "March 2026.",
    [group("terminal", en=TERMINAL_EN, fr=TERMINAL_FR, ja=TERMINAL_JA),
     group("permit", en=["permit"], fr=["permis"], ja=["許可"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)
_MATCHER = Matcher([FIRST_SHIP, PERMIT])


@pytest.mark.parametrize(("title", "expected"), [
    # an event word about another aspect of the project is not this claim's news
    ("Ostrava Bay terminal permit ruling pushed back to April", {"terminal-first-ship": "mentions",
                                                                "terminal-permit": "updates"}),
    ("Ostrava Bay terminal dredging completed", {"terminal-first-ship": "mentions"}),
    # its own words, or its kind of event, still carry general ones
    ("Ostrava Bay terminal first ship delayed to June", {"terminal-first-ship": "updates"}),
    ("Ostrava Bay terminal opening delayed to June", {"terminal-first-ship": "updates"}),
    ("Ostrava Bay terminal welcomes its first vessel", {"terminal-first-ship": "confirms"}),
    # a preparatory step (an appointment, a permission) waits on every claim of the project
    ("Port authority appoints Ostrava Bay terminal director", {"terminal-first-ship": "updates"}),
    ("Feu vert pour le terminal de la baie d'Ostrava", {"terminal-first-ship": "updates"}),
])
def test_a_claim_named_only_by_shared_names(title: str, expected: dict[str, str]) -> None:
    early = "permit" in title or "appoints" in title or "Feu vert" in title
    item = entry(title, "", "2026-02-10" if early else "2026-05-20",
                 "fr" if title.startswith("Feu") else "en")
    for claim_id, verdict in expected.items():
        assert verdict_for(_MATCHER, item, claim_id) == verdict, (title, claim_id)


def test_a_claim_with_a_name_of_its_own_takes_general_words() -> None:
    lone = Matcher([FIRST_SHIP])  # no sibling: the name is its own
    item = entry("Ostrava Bay terminal dredging completed", "", "2026-05-20", "en")
    assert verdict_for(lone, item, "terminal-first-ship") == "confirms"


INAUGURATION = claim(
    "terminal-inauguration", "The mayors will inaugurate the Ostrava Bay terminal in May 2026.",
    [group("terminal", en=TERMINAL_EN, fr=TERMINAL_FR, ja=TERMINAL_JA)], kind=ClaimKind.EVENT,
    expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("ribbon cut",), "fr": ("ruban coupé",),
                             "ja": ("テープカット",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    # the statement's own verb says which event the claim is, as its cues do
    ("Mayors inaugurate Ostrava Bay terminal", "confirms"),
    ("Ostrava Bay terminal inauguration postponed to June", "updates"),
    # another aspect's event word still is not its news
    ("Ostrava Bay terminal dredging completed", "mentions"),
])
def test_the_statements_own_verb_marks_a_sibling_claims_clauses(title: str,
                                                                  expected: str) -> None:
    matcher = Matcher([INAUGURATION, PERMIT])
    item = entry(title, "", "2026-05-20", "en")
    assert verdict_for(matcher, item, "terminal-inauguration") == expected


@pytest.mark.parametrize(("title", "language"), [
    ("Audit finds weak controls at Ostrava Bay terminal", "en"),
    ("Regulator investigates Ostrava Bay terminal costs", "en"),
    ("Terminal de la baie d'Ostrava : un audit pointe des faiblesses", "fr"),
    ("オストラバ湾ターミナル、監査で管理の不備指摘", "ja"),
])
def test_a_review_is_no_step_of_every_claim_sharing_the_name(title: str,
                                                            language: str) -> None:
    """An audit or an inquiry is news of what it examines: unlike an appointment or a
    permission it is no step toward each claim that shares the project's name."""
    item = entry(title, "", "2026-02-10", language)
    assert verdict_for(_MATCHER, item, "terminal-first-ship") == "mentions"


FAIR_EN = ["Velmora Book Fair", "book fair"]
FAIR_FR = ["Salon du livre de Velmora", "salon du livre"]
FAIR_JA = ["ベルモラ・ブックフェア", "ブックフェア"]
FAIR_HELD = claim(
    "book-fair-held", "The Velmora Book Fair will open on 10 October 2026.",
    [group("fair", en=FAIR_EN, fr=FAIR_FR, ja=FAIR_JA)], kind=ClaimKind.EVENT,
    expected_from=date(2026, 10, 10), expected_by=date(2026, 10, 18),
)
FAIR_VISITORS = claim(
    "book-fair-visitors", "The Velmora Book Fair will draw 40,000 visitors in 2026.",
    [group("fair", en=FAIR_EN, fr=FAIR_FR, ja=FAIR_JA),
     group("visitors", en=["visitors"], fr=["visiteurs"], ja=["来場者"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 10, 31),
)
_FAIR = Matcher([FAIR_HELD, FAIR_VISITORS])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Le Salon du livre de Velmora dépasse les 42 000 visiteurs", "fr", "confirms"),
    ("Velmora Book Fair passes the 42,000 visitors mark", "en", "confirms"),
    # in Japanese the figure comes before its word of reaching (guard)
    ("ベルモラ・ブックフェア、来場者4万2千人を突破", "ja", "confirms"),
    # near miss: a word of reaching with no figure is no figure reached
    ("Velmora Book Fair reaches its last day with visitors queuing", "en", "mentions"),
], ids=["depasse-les", "passes-the-mark", "ja-figure-first", "no-figure"])
def test_a_word_of_reaching_a_figure_is_the_target_claims(title: str, language: str,
                                                         expected: str) -> None:
    """A word of reaching with a figure after it belongs to the claim with a figure,
    even nearer a name its sibling's subject shares ("dépasse les 42 000 visiteurs")."""
    got = verdict_for(_FAIR, entry(title, "", "2026-10-16", language), "book-fair-visitors")
    assert got == expected


LOOP_EN = ["Tarvel Loop"]
LOOP_FR = ["Tarvel Loop"]
LOOP_JA = ["タルベルループ"]
LOOP_OPENING = claim(
    "loop-opening", "The Tarvel Loop cable car will open to passengers in April 2027.",
    [group("loop", en=LOOP_EN, fr=LOOP_FR, ja=LOOP_JA)], kind=ClaimKind.EVENT,
    expected_from=date(2027, 4, 1), expected_by=date(2027, 4, 30),
    # the writer listed a few words of its own, not every word of opening
    cues={Verdict.CONFIRMS: {"en": ("first riders",), "fr": ("premiers usagers",),
                             "ja": ("運行開始",)}},
)
LOOP_WORKS = claim(
    "loop-works", "Construction of the Tarvel Loop will begin in 2025.",
    [group("loop", en=LOOP_EN, fr=LOOP_FR, ja=LOOP_JA)], kind=ClaimKind.EVENT,
    expected_by=date(2025, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("construction begins",), "fr": ("début des travaux",),
                             "ja": ("着工",)}},
)
_LOOP = Matcher([LOOP_OPENING, LOOP_WORKS])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Tarvel Loop goes live", "en", "confirms"),
    ("Tarvel inaugure enfin le Tarvel Loop", "fr", "confirms"),
    ("タルベルループが開業", "ja", "confirms"),
    # guards: building work started is no opening, and a sibling's event stays its own
    # (the works claim's own news, its cue "construction begins": nothing new of the
    # opening, test_match_anothers_news)
    ("Les travaux du Tarvel Loop sont lancés", "fr", "mentions"),
    ("Tarvel Loop: construction begins on the valley station", "en", "mentions"),
])
def test_a_word_of_the_statements_event_family_marks_its_clauses(
        title: str, language: str, expected: str) -> None:
    """"Will open": every word that opens a thing to its users (goes live, inaugure,
    開業) is the claim's own event, as its cues are, though the writer did not list it;
    "works launched" is building work, not the opening."""
    got = verdict_for(_LOOP, entry(title, "", "2027-04-10", language), "loop-opening")
    assert got == expected


LOOP_WORKS_LONG = claim(
    "loop-works-long", "Construction of the Tarvel valley Loop urban cable car will begin in "
    "2026, with the pylon foundations.",
    [group("loop", en=LOOP_EN, fr=LOOP_FR, ja=LOOP_JA)], kind=ClaimKind.EVENT,
    expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Construction of the Tarvel Loop gets under way", "en"),
    ("Les travaux du Tarvel Loop sont lancés", "fr"),
])
def test_works_that_head_a_long_statement_are_its_event(title: str, language: str) -> None:
    """"Construction of the … cable car will begin": the works word heads the clause of
    the start word however long the object, so building work begun is the claim's
    event, also for a claim named only by its project's name."""
    matcher = Matcher([LOOP_OPENING, LOOP_WORKS_LONG])
    got = verdict_for(matcher, entry(title, "", "2026-10-10", language), "loop-works-long")
    assert got == "confirms"


LEVY_EN = ["Orvik visitor levy", "visitor levy", "Orvik"]
LEVY_FR = ["taxe de séjour d'Orvik", "taxe de séjour", "Orvik"]
LEVY_JA = ["オルビク宿泊税", "宿泊税", "オルビク"]
LEVY_START = claim(
    "levy-start", "Orvik's visitor levy of 4 euros a night will take effect on 1 May 2027.",
    [group("levy", en=LEVY_EN, fr=LEVY_FR, ja=LEVY_JA)], kind=ClaimKind.EVENT,
    expected_from=date(2027, 5, 1), expected_by=date(2027, 5, 1),
    cues={Verdict.CONFIRMS: {"en": ("starts to apply",), "fr": ("s'applique",),
                             "ja": ("徴収開始",)}},
)
LEVY_VOTE = claim(
    "levy-vote", "Orvik's council will vote the visitor levy by March 2027.",
    [group("levy", en=LEVY_EN, fr=LEVY_FR, ja=LEVY_JA)], kind=ClaimKind.DECISION,
    expected_by=date(2027, 3, 31),
)
_LEVY = Matcher([LEVY_START, LEVY_VOTE])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orvik visitor levy now in force", "en", "confirms"),
    ("Orvik visitor levy in effect from today", "en", "confirms"),
    ("La taxe de séjour d'Orvik en vigueur depuis ce matin", "fr", "confirms"),
    ("オルビク宿泊税を施行", "ja", "confirms"),
    # guard: a word of another family is not the rule's start
    ("Orvik visitor levy: tourist office opens in the harbour", "en", "mentions"),
])
def test_a_word_of_entry_into_force_marks_the_clauses_of_a_start_claim(
        title: str, language: str, expected: str) -> None:
    """"Will take effect": every word that puts a rule into force (in force, en vigueur,
    施行) is the claim's own event, though the writer listed other words."""
    got = verdict_for(_LEVY, entry(title, "", "2027-05-01", language), "levy-start")
    assert got == expected


MEETING = claim(
    "orlan-meeting", "Orlan will hold a public meeting on its new footbridge on 19 March 2026.",
    [group("orlan", en=["Orlan"], fr=["Orlan"]),
     group("meeting", en=["public meeting"], fr=["réunion publique"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 19), expected_by=date(2026, 3, 19),
)
FOOTBRIDGE = claim(
    "orlan-footbridge", "Orlan's new footbridge will open in summer 2027.",
    [group("orlan", en=["Orlan"], fr=["Orlan"]),
     group("footbridge", en=["footbridge"], fr=["passerelle"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 6, 1), expected_by=date(2027, 8, 31),
)
_FOOTBRIDGE = Matcher([MEETING, FOOTBRIDGE])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orlan public meeting on footbridge cancelled", "en",
     {"orlan-meeting": "contradicts", "orlan-footbridge": "mentions"}),
    ("Orlan : la réunion publique sur la passerelle est reportée", "fr",
     {"orlan-meeting": "updates", "orlan-footbridge": "mentions"}),
    # guard: the footbridge heads its own clause
    ("Orlan footbridge project cancelled after public meeting", "en",
     {"orlan-footbridge": "contradicts"}),
])
def test_a_name_that_tells_another_claims_topic_is_no_head(
        title: str, language: str, expected: dict[str, str]) -> None:
    """"The public meeting on the footbridge is cancelled": the meeting is what is
    cancelled; the footbridge completes its name."""
    item = entry(title, "", "2026-03-15", language)
    assert {c: verdict_for(_FOOTBRIDGE, item, c) for c in expected} == expected
