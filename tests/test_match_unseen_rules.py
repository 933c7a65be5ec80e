"""Rules added for news nobody tuned for (docs/matching.md, "Clauses and frames"):
interim figures for targets, plans dated past the deadline, shortfall forecasts,
attributive plan words, later rounds announced, late completions, event words that are
a decision's object, and reports before the window. Subjects are invented
(tests/helpers/invented.py style); the expected verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.targets.claim_numbers import claim_figures, states_money
from tracker.match.targets.figures import figure_hits
from tracker.match.text.normalize import Stemmer
from tracker.match.text.timeexpr import earliest_named, points_back
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind, GroupRole

FERRY = claim(  # target: 40,000 passengers in the first year
    "ferry-passengers",
    "The Ostrava Bay ferry aims to carry 40,000 passengers in its first year.",
    [group("ferry", en=["Ostrava Bay ferry"], fr=["ferry de la baie d'Ostrava"],
           ja=["オストラバ湾フェリー"]),
     group("passengers", en=["40,000 passengers", "passengers", "riders"],
           fr=["40 000 passagers", "passagers"], ja=["乗客", "4万人"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 6, 30),
)
CLINIC = claim(  # event due by 2026-09-30
    "clinic-opening", "The Marlow Hill clinic will open by September 2026.",
    [group("clinic", en=["Marlow Hill clinic"], fr=["clinique de Marlow Hill"],
           ja=["マーロウヒル診療所"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1),
)
PERMIT = claim(  # decision due by 2026-06-30
    "quarry-permit", "The Tessel regional board will decide on the quarry permit by June 2026.",
    [group("board", en=["Tessel regional board", "Tessel planning committee"],
           fr=["conseil régional de Tessel"]),
     group("quarry", en=["quarry"], fr=["carrière"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
FORUM = claim(  # meeting: the first Harlow river forum
    "river-forum", "The Harlow river forum will hold its first meeting in March 2026.",
    [group("forum", en=["Harlow river forum"], fr=["forum fluvial de Harlow"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
)
LIBRARY = claim(  # state: the branch library stays open
    "library-open", "The Penfold branch library will stay open during the works.",
    [group("library", en=["Penfold branch library"], fr=["bibliothèque de Penfold"]),
     group("other", GroupRole.EXCLUDE, en=["Penfold pool"])],
    kind=ClaimKind.STATE,
)
CLAIMS = [FERRY, CLINIC, PERMIT, FORUM, LIBRARY]
_MATCHER = Matcher(CLAIMS)


def check(claim_id: str, expected: str | None, title: str, day: str,
          summary: str = "", language: str = "en") -> None:
    got = verdict_for(_MATCHER, entry(title, summary, day, language), claim_id)
    assert got == expected, f"{title!r}: expected {expected}, got {got}"


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    # interim figures for a target (rule 7)
    ("ferry-passengers", "updates",
     "Ostrava Bay ferry carried 12,500 passengers in its first three months", "2026-10-02", "en"),
    ("ferry-passengers", "updates",
     "Le ferry de la baie d'Ostrava a transporté 9 000 passagers depuis juin", "2026-09-20", "fr"),
    # repeating the target itself is no new figure
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry still aims for 40,000 passengers", "2026-09-20", "en"),
    # a date or a length of time is no figure
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry passengers wait 3 months for new timetable board", "2026-09-20", "en"),
    # a report before the window is a step on the way (rule 6); a preview stays a mention
    ("clinic-opening", "updates", "Marlow Hill clinic completed, staff hired", "2026-07-01", "en"),
    ("clinic-opening", "mentions", "Marlow Hill clinic will open soon", "2026-07-01", "en"),
    # a plan dated after the deadline, published before it: a slip (updates)
    ("quarry-permit", "updates",
     "Tessel regional board says quarry decision will come in the autumn", "2026-05-12", "en"),
    ("quarry-permit", "updates",
     "Le conseil régional de Tessel décidera en octobre pour la carrière", "2026-05-12", "fr"),
    # ... and within the deadline it is only a preview
    ("quarry-permit", "mentions",
     "Tessel regional board will decide on quarry in June", "2026-05-12", "en"),
    # after the deadline a new date previews the event: the slip is old news
    ("clinic-opening", "mentions", "Marlow Hill clinic will open on November 20", "2026-11-02",
     "en"),
    # an attributive plan word qualifies its noun, not the approval
    ("quarry-permit", "confirms",
     "Tessel regional board approves the proposed quarry", "2026-06-10", "en"),
    ("quarry-permit", "mentions",
     "Tessel regional board may approve quarry", "2026-06-10", "en"),
    # a plan word written as a noun after a decision word is what was decided
    ("quarry-permit", "confirms",
     "Tessel regional board approves the quarry plan", "2026-06-10", "en"),
    ("quarry-permit", "confirms",
     "Le conseil régional de Tessel approuve le projet de carrière", "2026-06-10", "fr"),
    ("quarry-permit", "mentions",
     "Tessel regional board plans to approve the quarry", "2026-06-10", "en"),
    ("clinic-opening", "updates",
     "Health ministry approves Marlow Hill clinic opening plan", "2026-08-10", "en"),
    # consent is a decision (同意, consentir)
    ("quarry-permit", "confirms",
     "Tessel regional board gives its consent to the quarry", "2026-06-10", "en"),
    # an event word that is a decision's object: the decision on the way (rule 6)
    ("clinic-opening", "updates",
     "Health ministry authorises the opening of Marlow Hill clinic", "2026-09-10", "en"),
    ("clinic-opening", "updates",
     "Le ministère autorise l'ouverture de la clinique de Marlow Hill", "2026-09-10", "fr"),
    ("clinic-opening", "confirms", "Marlow Hill clinic opened to patients", "2026-09-10", "en"),
    # late, "first" keeps the meeting itself the one awaited (rule 4); "first
    # guidelines" after it are a follow-up (rule 5)
    ("river-forum", "confirms", "Harlow river forum holds its first meeting", "2026-06-02",
     "en"),
    ("river-forum", "updates", "Harlow river forum adopts first guidelines on flood defences",
     "2026-06-02", "en"),
    # an event word that is another's object is read with it: here, a preview
    ("clinic-opening", "mentions",
     "Marlow Hill clinic expected to complete its long and costly final opening",
     "2026-09-10", "en"),
    # a next round announced is a follow-up of the one-off meeting (rule 5)
    ("river-forum", "updates",
     "Harlow river forum to hold second meeting in September", "2026-04-02", "en"),
    # ... but "first talks next month" is the first round, a preview
    ("river-forum", "mentions",
     "Harlow river forum to hold its first meeting next month", "2026-02-02", "en"),
    # "planning" inside the board's name is no plan; "voted" is the decision
    ("quarry-permit", "confirms",
     "Tessel planning committee voted on Tuesday to approve the quarry",
     "2026-06-10", "en"),
    # after a meeting word, an intent word is its purpose: the meeting took place
    ("river-forum", "confirms", "Harlow river forum meets to plan flood defences",
     "2026-03-12", "en"),
    # an approval still wanting is awaited, not given; given with conditions, it is given
    ("quarry-permit", "mentions",
     "The quarry still needs approval from the Tessel regional board", "2026-06-10", "en"),
    ("quarry-permit", "mentions",
     "La carrière nécessite encore l'approbation du conseil régional de Tessel",
     "2026-06-10", "fr"),
    ("quarry-permit", "confirms",
     "Tessel regional board approves the quarry, subject to conditions", "2026-06-10", "en"),
    # a target or forecast moved is a target's news, not an event's (rule 7)
    ("clinic-opening", "mentions",
     "Marlow Hill clinic lowers its first-year patient target", "2026-07-10", "en"),
    ("clinic-opening", "mentions",
     "La clinique de Marlow Hill abaisse son objectif de patients", "2026-07-10", "fr"),
    ("clinic-opening", "mentions",
     "マーロウヒル診療所、初年度の患者目標を引き下げ", "2026-07-10", "ja"),
    ("ferry-passengers", "updates",
     "Ostrava Bay ferry lowers its passenger target", "2026-07-10", "en"),
    ("clinic-opening", "updates",
     "Marlow Hill clinic cuts staff ahead of opening", "2026-07-10", "en"),
    # a target counted over a span takes a figure from a sentence naming a span: one
    # trip's count is no progress, nor is a delay's length
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry sails with 212 passengers aboard its first crossing", "2026-10-02", "en"),
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry: first crossing three months late, with 212 passengers aboard",
     "2026-10-02", "en"),
    ("ferry-passengers", "mentions", "オストラバ湾フェリー、3カ月遅れの初便に乗客482人",
     "2026-10-02", "ja"),
    ("ferry-passengers", "updates", "オストラバ湾フェリー、5カ月で乗客1万2500人",
     "2026-10-02", "ja"),
    # a percentage is no count when the claim counts no percent
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry: 61% of passengers in its first month were tourists", "2026-10-02",
     "en"),
    # an ordinal that is the target itself: reached
    ("ferry-passengers", "confirms", "Ostrava Bay ferry welcomes its 40,000th passenger",
     "2026-10-02", "en"),
    ("ferry-passengers", "confirms", "Le ferry de la baie d'Ostrava accueille son 40 000e passager",
     "2026-10-02", "fr"),
    # a value fixed is decided; a date fixed moves the schedule (rule 6)
    ("quarry-permit", "confirms",
     "Tessel regional board sets quarry output cap at 2 million tonnes", "2026-05-12", "en"),
    ("quarry-permit", "confirms",
     "Le conseil régional de Tessel fixe le plafond de la carrière à 2 millions de tonnes",
     "2026-05-12", "fr"),
    ("quarry-permit", "updates", "Tessel regional board sets quarry vote for June 20",
     "2026-05-12", "en"),
    ("quarry-permit", "mentions", "Tessel regional board sets out quarry concerns",
     "2026-05-12", "en"),
    # an opinion word governs what follows it, not the event before it
    ("river-forum", "confirms",
     "Boroughs use first Harlow river forum meeting to demand flood funds", "2026-03-12", "en"),
    ("river-forum", "mentions", "Mayor urges Harlow river forum to hold its first meeting",
     "2026-03-12", "en"),
    # getting ready for the event previews it (rule 2)
    ("clinic-opening", "mentions", "Marlow Hill clinic gets ready for its opening on Monday",
     "2026-09-10", "en"),
    ("clinic-opening", "mentions", "La clinique de Marlow Hill se prépare à l'ouverture",
     "2026-09-10", "fr"),
    # a word that only stems like a cue is no cue: "terminals" cancel nothing
    ("clinic-opening", "mentions", "Marlow Hill clinic orders 40 new terminals", "2026-07-10",
     "en"),
    # a poll gives the public's view (rule 8)
    ("clinic-opening", "mentions", "Poll: Marlow Hill clinic opened to praise of 70% of residents",
     "2026-09-10", "en"),
    # a target's news is its figures: the service starting is no progress toward them
    ("ferry-passengers", "mentions", "Ostrava Bay ferry service launched; passengers welcome it",
     "2026-07-02", "en"),
    # a third party is named as written where its stem names other things: comments are
    # no commentators, the economy no economist; "a ouvert" is the past of "ouvrir"
    ("clinic-opening", "confirms", "Marlow Hill clinic opened on Monday after public comments",
     "2026-09-10", "en"),
    ("clinic-opening", "confirms",
     "La clinique de Marlow Hill a ouvert lundi, un atout pour l'économie locale",
     "2026-09-10", "fr"),
    ("clinic-opening", "mentions", "Economists: Marlow Hill clinic opened too late",
     "2026-09-10", "en"),
    # the day of an event fixed where the claim knew only its month: a date fixed (rule 6);
    # the month alone, or a meeting's date, previews it (rule 2)
    ("clinic-opening", "updates", "Marlow Hill clinic to open on September 14", "2026-07-01",
     "en"),
    ("clinic-opening", "updates", "La clinique de Marlow Hill ouvrira le 14 septembre",
     "2026-07-01", "fr"),
    ("clinic-opening", "mentions", "Marlow Hill clinic will open in September", "2026-07-01",
     "en"),
    ("river-forum", "mentions", "Harlow river forum to hold its first meeting on March 12",
     "2026-02-02", "en"),
    # researchers and academics give their view (rule 8)
    ("clinic-opening", "mentions", "Marlow Hill clinic will not open on time, researchers say",
     "2026-08-10", "en"),
    # a clock time is no figure
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry left at 19:42 with its first passengers", "2026-09-20", "en"),
    ("ferry-passengers", "mentions",
     "Les passagers du ferry de la baie d'Ostrava embarquent à 20 h 15", "2026-09-20", "fr"),
    ("ferry-passengers", "updates",
     "Ostrava Bay ferry: 9,400 passengers since June, last sailing at 19:42", "2026-09-20",
     "en"),
    # a size is no figure
    ("ferry-passengers", "mentions",
     "Ostrava Bay ferry passengers get a new 120 m gangway", "2026-09-20", "en"),
    # a denial of a press report is no stop, whatever its verb (rule 8)
    ("clinic-opening", "mentions",
     "Ministry rejects a press report of Marlow Hill clinic delays", "2026-08-10", "en"),
    # a stop of a stop: the plan goes on, nothing is cancelled; said of a court, a
    # ruling for the plan (a step, rule 7)
    ("clinic-opening", "updates",
     "Court rejects residents' bid to halt Marlow Hill clinic opening", "2026-09-10", "en"),
    ("clinic-opening", "mentions",
     "Council rejects residents' bid to halt Marlow Hill clinic opening", "2026-09-10", "en"),
    ("clinic-opening", "contradicts", "Court halts Marlow Hill clinic opening", "2026-09-10",
     "en"),
    # a sentence opened by "with …" sets the scene
    ("clinic-opening", "mentions",
     "With its licence approved, Marlow Hill clinic is expected to open on Monday",
     "2026-09-10", "en"),
    # a title that gives the floor to a third party is their view (rule 8)
    ("clinic-opening", "mentions", "Analysts: Marlow Hill clinic opening slips to 2027",
     "2026-08-10", "en"),
    ("clinic-opening", "updates", "Marlow Hill clinic opening slips to 2027", "2026-08-10", "en"),
    # a review of whether to keep it is a threat to a state (rule 7)
    ("library-open", "updates",
     "Council re-examines its promise to keep Penfold branch library open", "2026-05-02", "en"),
    ("library-open", "updates",
     "Council explores options for Penfold branch library", "2026-05-02", "en"),
    # a denial is not the event it denies, even of a state's end (rule 8)
    ("library-open", "mentions",
     "Council denies Penfold branch library will shut down during works", "2026-05-02", "en"),
])
def test_rule(claim_id: str, expected: str | None, title: str, day: str, language: str) -> None:
    check(claim_id, expected, title, day, language=language)


@pytest.mark.parametrize(("title", "language"), [
    ("マーロウヒル診療所が開院 予定から5週間遅れ", "ja"),
    ("Marlow Hill clinic opened on Monday, behind schedule", "en"),
])
def test_a_late_completion_with_its_delay_beside_it_confirms(title: str, language: str) -> None:
    check("clinic-opening", "confirms", title, "2026-11-05", language=language)


def test_a_delay_alone_still_updates() -> None:
    check("clinic-opening", "updates", "Marlow Hill clinic opening delayed again", "2026-11-05")


def test_a_shortfall_forecast_updates_and_a_final_shortfall_contradicts() -> None:
    check("ferry-passengers", "updates",
          "Ostrava Bay ferry expected to fall short of passenger target", "2027-03-02")
    check("ferry-passengers", "contradicts",
          "Ostrava Bay ferry fell short of its passenger target", "2027-07-20")


@pytest.mark.parametrize(("clause", "published", "expected"), [
    ("the decision will come in the autumn", date(2026, 5, 12), date(2026, 9, 1)),
    ("opening now expected in early 2027", date(2026, 5, 12), date(2027, 1, 1)),
    ("will open in march", date(2026, 5, 12), date(2027, 3, 1)),
    ("l ouverture pourrait glisser a l automne 2026", date(2026, 1, 5), date(2026, 9, 1)),
    ("開院は2027年3月の見通し", date(2026, 5, 12), date(2027, 3, 1)),
    ("will open next year", date(2026, 5, 12), date(2027, 1, 1)),
    ("to open on september 5", date(2026, 5, 12), date(2026, 9, 5)),
    ("the decision may come soon", date(2026, 5, 12), None),
])
def test_earliest_named_time(clause: str, published: date, expected: date | None) -> None:
    assert earliest_named(clause, published) == expected


@pytest.mark.parametrize(("title", "clauses"), [
    ("Lyon–Rome night train opened", 1),  # a dash inside a name
    ("Night train opened – three months late", 2),
    ("Night train opened—late", 2),
])
def test_a_dash_between_words_of_a_name_does_not_cut_the_clause(title: str,
                                                                 clauses: int) -> None:
    view = view_of_texts(title, "", "en", Stemmer())
    assert len(view.clause_starts) == clauses


@pytest.mark.parametrize(("title", "clauses"), [
    # a Japanese headline's space sets its phrases apart, after a kanji mark too (着々)
    ("新駅、開業へ準備着々　説明会に150人", 2),
    ("新駅、開業へ準備進む　説明会に150人", 2),
    ("新駅開業へ準備着々", 1),  # guard: no space, one phrase
])
def test_a_japanese_headline_space_cuts_the_clause(title: str, clauses: int) -> None:
    view = view_of_texts(title, "", "ja", Stemmer())
    assert len(view.clause_starts) == clauses + title.count("、")


def test_the_claims_own_decimal_figure_is_no_new_figure() -> None:
    view = view_of_texts("Pledge kept", "Hoshi reaffirmed its plan to invest 1.2 billion by 2030.",
                         "en", Stemmer())
    assert figure_hits(view, 1, claim_figures(["invest €1.2 billion"])) == []
    assert [view.tokens[h.first_token].raw for h in figure_hits(view, 1, frozenset())] == [
        "1", "2"]


def test_claim_figures_are_read_without_separators() -> None:
    assert claim_figures(["120,000 patients", "960 MW", "85 000 voyageurs"]) == {
        "120000", "960", "85000"}


@pytest.mark.parametrize(("clause", "published", "expected"), [
    ("they set up a working group at their july security talks", date(2024, 9, 12), True),
    ("the command set up in march", date(2025, 6, 2), True),
    # a month of this year still to come, or unknown: not read as the past
    ("they will set up a working group at their july talks", date(2024, 5, 2), False),
    ("the working group set up at the talks", date(2024, 9, 12), False),
])
def test_points_back(clause: str, published: date, expected: bool) -> None:
    assert points_back(clause, published) is expected


def test_an_amount_of_money_is_a_figure_only_for_a_claim_that_counts_money() -> None:
    view = view_of_texts("Fee kept", "The €6 fee stays as 9,400 passengers used the ferry in June.",
                         "en", Stemmer())

    def numbers(money: bool) -> list[str]:
        return ["".join(t.raw for t in view.tokens[h.first_token: h.last_token + 1])
                for h in figure_hits(view, 1, frozenset(), money=money)]

    assert numbers(money=False) == ["9400"]
    assert numbers(money=True) == ["6", "9400"]
    assert states_money(["invest €1.2 billion by 2030"])
    assert states_money(["投資額を15億ユーロに"])
    assert not states_money(["40,000 passengers in its first year"])


BILL = claim(  # an event: the assembly passes the bill
    "harbour-bill", "The Tessel assembly will pass the harbour bill by June 2026.",
    [group("bill", en=["harbour bill"], ja=["テッセル港湾法案"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 4, 1),
)


def test_a_plan_word_inside_a_japanese_name_is_no_plan() -> None:
    """案 in 法案 is part of the bill's name, not a proposal: the vote is reported done
    (a decision word, which an event claim reads as a step)."""
    matcher = Matcher([BILL])
    done = entry("テッセル港湾法案を可決", "", "2026-05-20", "ja")
    assert verdict_for(matcher, done, "harbour-bill") == "updates"  # a decision word: rule 6
    weighed = entry("テッセル港湾法案の可決を検討", "", "2026-05-20", "ja")
    assert verdict_for(matcher, weighed, "harbour-bill") == "mentions"


PANEL = claim(  # meeting: the first Harlow flood panel
    "flood-panel", "The Harlow flood panel will hold its first meeting in March 2026.",
    [group("panel", en=["Harlow flood panel"], fr=["comité des crues de Harlow"],
           ja=["ハーロウ洪水委員会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Week ahead: Harlow flood panel holds its first meeting", "en", "mentions"),
    ("Agenda : le comité des crues de Harlow tient sa première réunion", "fr", "mentions"),
    ("今週の予定：ハーロウ洪水委員会が初会合", "ja", "mentions"),
    # the label must open the title
    ("Harlow flood panel holds its first meeting", "en", "confirms"),
    ("Le comité des crues de Harlow a tenu sa première réunion", "fr", "confirms"),
    ("ハーロウ洪水委員会が初会合", "ja", "confirms"),
])
def test_a_preview_label_makes_the_item_a_preview(title: str, language: str,
                                                  expected: str) -> None:
    """"Week ahead:", "Agenda :", 今週の予定: what follows is to come (rule 2)."""
    item = entry(title, "", "2026-03-09", language)
    assert verdict_for(Matcher([PANEL]), item, "flood-panel") == expected


@pytest.mark.parametrize(("form", "verb"), [
    ("tenu", "tenir"), ("suspendu", "suspendre"), ("suspendue", "suspendre"), ("admis", "admettre"),
])
def test_a_french_participle_that_is_also_an_adjective_reads_as_its_verb(
        form: str, verb: str) -> None:
    """"a tenu sa réunion": the lemma table maps participles that simplemma also lists
    as adjectives to their verb (tools/build_lemmas.py)."""
    stemmer = Stemmer()
    assert stemmer.make_token(form, "fr", True).norm == stemmer.make_token(verb, "fr", True).norm


@pytest.mark.parametrize(("title", "day", "expected"), [
    # a stop with the event dated again ahead: a pause, so a delay (rule 4)
    ("Glitch halts Marlow Hill clinic opening; health board targets October 12",
     "2026-09-20", "updates"),
    ("Strike halts Marlow Hill clinic opening, now set for next month", "2026-09-20",
     "updates"),
    # with no new date it is a stop (rule 7)
    ("Health board halts Marlow Hill clinic opening", "2026-09-20", "contradicts"),
])
def test_a_stop_with_a_new_date_is_a_delay(title: str, day: str, expected: str) -> None:
    check("clinic-opening", expected, title, day)


@pytest.mark.parametrize(("statement", "title", "expected"), [
    # no figure to reach: the rise reported done is the claim
    ("Ostrava Tramworks will raise its tram output.",
     "Ostrava Tramworks doubles its tram output", "confirms"),
    ("Ostrava Tramworks will raise its T-3 tram output.",
     "Ostrava Tramworks doubles its T-3 tram output", "confirms"),
    # a figure to reach: a rise is interim progress (rule 7)
    ("Ostrava Tramworks will raise its tram output to 40 trams a year.",
     "Ostrava Tramworks doubles its tram output", "updates"),
])
def test_a_target_with_no_figure_is_met_by_the_rise(statement: str, title: str,
                                                     expected: str) -> None:
    target = claim("tram-output", statement,
                   [group("works", en=["Ostrava Tramworks"]),
                    group("output", en=["tram output", "T-3 tram output"])],
                   kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31))
    item = entry(title, "", "2026-09-10", "en")
    assert verdict_for(Matcher([target]), item, "tram-output") == expected


@pytest.mark.parametrize(("title", "day", "expected"), [
    # a month with its year after publication dates the event ahead: a preview
    ("Marlow Hill clinic targets September 2026 opening", "2026-05-02", "mentions"),
    ("マーロウヒル診療所、2026年9月に開院", "2026-05-02", "mentions"),
    # a year or a day before the event word is a date, not a share of it ("40% complete")
    ("Marlow Hill clinic: September 2026 opening confirmed at last", "2026-09-20", "confirms"),
    ("Marlow Hill clinic 40% complete", "2026-05-02", "updates"),
])
def test_a_month_with_its_year(title: str, day: str, expected: str) -> None:
    check("clinic-opening", expected, title, day,
          language="ja" if title.startswith("マ") else "en")
