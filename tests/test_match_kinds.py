"""Claim kinds: inferred from the statement (en, fr) when a claim file gives none, a
stated kind wins, and the verdict table (tracker.match.table.cell) encodes
../shared/labelling.md rules 2-9 for each kind."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.kinds import ClaimReading
from tracker.match.table import Modality, Role, Timing, cell
from tracker.models import ClaimKind, Verdict

SUBJECT = group("subject", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])

E, D, M, T, S = (ClaimKind.EVENT, ClaimKind.DECISION, ClaimKind.MEETING, ClaimKind.TARGET,
                 ClaimKind.STATE)

STATEMENTS = [
    pytest.param(E, "Velmora's Line 4 tram will open to passengers by September 2026.",
                 id="en-event"),
    pytest.param(D, "Velmora's council will decide to convert the Kessling bus depot into "
                    "housing.", id="en-decision"),
    pytest.param(D, "The Kessling bus depot in Velmora will become a housing estate.",
                 id="en-decision-will-become"),
    pytest.param(M, "The fisheries ministers of Arvelia and Borsk will hold their first talks "
                    "in Velmora in spring 2026.", id="en-meeting"),
    pytest.param(T, "Corvane will raise output at its Velmora battery plant to 5,000 packs a "
                    "week by 2027.", id="en-target"),
    pytest.param(S, "Corvane's headquarters will remain in Velmora.", id="en-state"),
    pytest.param(E, "La ligne 4 du tramway de Velmora ouvrira aux voyageurs d'ici septembre "
                    "2026.", id="fr-event"),
    pytest.param(D, "Le conseil de Velmora décidera de transformer le dépôt de bus de Kessling "
                    "en logements.", id="fr-decision"),
    pytest.param(M, "Les ministres de la Pêche d'Arvélie et de Borsk se réuniront à Velmora "
                    "au printemps 2026.", id="fr-meeting"),
    pytest.param(T, "Corvane augmentera la production de son usine de Velmora à 5 000 packs "
                    "par semaine d'ici 2027.", id="fr-target"),
    pytest.param(S, "Le siège de Corvane restera à Velmora.", id="fr-state"),
]


@pytest.fixture(scope="module")
def readings() -> dict[str, ClaimReading]:
    """One matcher for every statement, unstated and under each stated kind (cheap)."""
    claims = []
    for param in STATEMENTS:
        _, statement = param.values
        claims.append(claim(f"{param.id}", str(statement), [SUBJECT], kind=None))
        for stated in ClaimKind:
            claims.append(claim(f"{param.id}:{stated.value}", str(statement), [SUBJECT],
                                kind=stated))
    return Matcher(claims).readings()


@pytest.mark.parametrize(("kind", "statement"), STATEMENTS)
def test_kind_is_inferred_from_the_statement(readings: dict[str, ClaimReading],
                                             request: pytest.FixtureRequest,
                                             kind: ClaimKind, statement: str) -> None:
    reading = readings[_case_id(request)]
    assert reading.kind is kind, statement
    assert reading.inferred


@pytest.mark.parametrize(("kind", "statement"), STATEMENTS)
def test_a_stated_kind_wins(readings: dict[str, ClaimReading], request: pytest.FixtureRequest,
                            kind: ClaimKind, statement: str) -> None:
    for stated in ClaimKind:
        reading = readings[f"{_case_id(request)}:{stated.value}"]
        assert reading.kind is stated, (statement, stated)
        assert not reading.inferred


def _case_id(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.id)


DEPOT_GROUPS = [group("depot", en=["Kessling bus depot"], fr=["dépôt de bus de Kessling"])]
STATEMENT = "Velmora will convert the Kessling bus depot into housing."


@pytest.mark.parametrize(("stated", "expected"), [
    (ClaimKind.DECISION, "confirms"),  # the announced decision is the event (rule 4)
    (ClaimKind.EVENT, "mentions"),  # the conversion itself is still to come (rule 2)
])
def test_the_stated_kind_decides_the_verdict(stated: ClaimKind, expected: str) -> None:
    depot = claim("depot", STATEMENT, DEPOT_GROUPS, kind=stated)
    item = entry("Velmora to convert Kessling bus depot into housing",
                 "The city council approved the plan by 31 votes to 12.", "2026-04-15", "en")
    assert verdict_for(Matcher([depot]), item, "depot") == expected


C, U, X, N = Verdict.CONFIRMS, Verdict.UPDATES, Verdict.CONTRADICTS, Verdict.MENTIONS
IN, LATE, BEFORE = Timing.IN_WINDOW, Timing.LATE, Timing.BEFORE_CLAIM
R = Modality.REALIS

# (rule, kind, role, modality, timing, later round, verdict), from ../shared/labelling.md
CELLS = [
    # 2. Previews are related.
    ("2-will", E, Role.EVENT, Modality.FUTURE, IN, False, N),
    ("2-expected", E, Role.EVENT, Modality.EXPECTED, IN, False, N),
    ("2-intends", E, Role.EVENT, Modality.INTENT, IN, False, N),
    ("2-meeting-will", M, Role.EVENT, Modality.FUTURE, IN, False, N),
    ("2-meeting-scheduled", M, Role.EVENT, Modality.EXPECTED, IN, False, N),
    ("2-step-to-come", E, Role.STEP, Modality.FUTURE, IN, False, N),
    # 3. Context is related.
    *[(f"3-background-{k.value}", k, Role.EVENT, Modality.BACKGROUND, IN, False, N)
      for k in ClaimKind],
    ("3-background-stop", E, Role.STOP, Modality.BACKGROUND, IN, False, N),
    ("3-background-delay", E, Role.DELAY, Modality.BACKGROUND, IN, False, N),
    # 4. Completion confirms, even late; delays on the way update; a decision confirms.
    ("4-done", E, Role.EVENT, R, IN, False, C),
    ("4-done-late", E, Role.EVENT, R, LATE, False, C),
    ("4-delay", E, Role.DELAY, R, IN, False, U),
    ("4-delay-announced", E, Role.DELAY, Modality.FUTURE, IN, False, U),
    ("4-delay-late", E, Role.DELAY, R, LATE, False, U),
    ("4-decision-taken", D, Role.DECISION, R, IN, False, C),
    ("4-decision-taken-late", D, Role.DECISION, R, LATE, False, C),
    ("4-decision-will-become", D, Role.EVENT, Modality.FUTURE, IN, False, C),
    ("4-decision-converted", D, Role.EVENT, R, IN, False, C),
    ("4-target-met-late", T, Role.EVENT, R, LATE, False, C),
    # 5. One-off events have follow-ups.
    ("5-first-meeting", M, Role.EVENT, R, IN, False, C),
    ("5-later-round", M, Role.EVENT, R, IN, True, U),
    # 6. Partial progress updates.
    ("6-step-event", E, Role.STEP, R, IN, False, U),
    ("6-step-decision", D, Role.STEP, R, IN, False, U),
    ("6-new-figures", T, Role.STEP, R, IN, False, U),
    ("6-decision-on-the-way", E, Role.DECISION, R, IN, False, U),
    # 7. Block versus threat; targets.
    *[(f"7-stopped-{k.value}", k, Role.STOP, R, IN, False, X) for k in ClaimKind],
    *[(f"7-stop-announced-{k.value}", k, Role.STOP, Modality.FUTURE, IN, False, X)
      for k in ClaimKind],
    *[(f"7-stop-considered-{k.value}", k, Role.STOP, Modality.HEDGED, IN, False, U)
      for k in ClaimKind],
    ("7-target-met", T, Role.EVENT, R, IN, False, C),
    ("7-target-forecast", T, Role.EVENT, Modality.FUTURE, IN, False, U),
    ("7-target-final-shortfall", T, Role.STOP, R, LATE, False, X),
    ("7-state-holds", S, Role.EVENT, R, IN, False, C),
    ("7-state-no-longer", S, Role.EVENT, Modality.NEGATED, IN, False, X),
    ("7-state-closed", S, Role.STOP, R, IN, False, X),
    # 8. Who speaks matters: opinions and denials are related.
    *[(f"8-opinion-{k.value}-{r.value}", k, r, Modality.OPINION, IN, False, N)
      for k in ClaimKind for r in (Role.EVENT, Role.STOP, Role.DELAY)],
    *[(f"8-denied-{k.value}-{r.value}", k, r, Modality.DENIED, IN, False, N)
      for k in ClaimKind for r in (Role.EVENT, Role.STOP, Role.DELAY)],
    # 9. Items older than the claim add nothing beyond its source.
    ("9-event-before-claim", E, Role.EVENT, R, BEFORE, False, N),
    ("9-decision-before-claim", D, Role.DECISION, R, BEFORE, False, N),
    ("9-meeting-before-claim", M, Role.EVENT, R, BEFORE, False, N),
    ("9-will-before-claim", D, Role.EVENT, Modality.FUTURE, BEFORE, False, N),
]


@pytest.mark.parametrize(("kind", "role", "modality", "timing", "later", "expected"),
                         [pytest.param(*c[1:], id=c[0]) for c in CELLS])
def test_verdict_table_cell(kind: ClaimKind, role: Role, modality: Modality, timing: Timing,
                            later: bool, expected: Verdict) -> None:
    assert cell(kind, role, modality, timing, later_round=later) is expected


FALLING_TARGET = claim(
    "ostrava-traffic", "Car traffic in the Ostrava charging zone will fall by 20% in 2026.",
    [group("traffic", en=["traffic", "car traffic"], fr=["circulation", "trafic"],
           ja=["交通量"]),
     group("zone", en=["Ostrava charging zone", "Ostrava zone"],
           fr=["zone de péage d'Ostrava"], ja=["オストラバの課金区域"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 1, 1), expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # for a target that is a fall, a fall is the way it goes, not a cutback: said
    # only as possible, it is no news (a cutback would be, even feared: rule 7)
    ("Traffic in the Ostrava zone could fall further, planners say", "en", "mentions"),
    ("La circulation dans la zone de péage d'Ostrava pourrait encore baisser", "fr",
     "mentions"),
    # an interim figure still updates it
    ("Traffic in the Ostrava zone fell 12% in the first quarter", "en", "updates"),
])
def test_a_falling_target_reads_a_fall_as_its_own_way(title: str, language: str,
                                                      expected: str) -> None:
    item = entry(title, "", "2026-04-10", language)
    assert verdict_for(Matcher([FALLING_TARGET]), item, "ostrava-traffic") == expected


APPROVAL = claim(
    "depot-approval", "The regional council will approve the Ostrava bus depot by June 2026.",
    [group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"],
           ja=["オストラバのバス車庫"]),
     group("approval", en=["approval"], fr=["autorisation"], ja=["承認"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Regional council approves Ostrava bus depot", "en"),
    ("Ostrava bus depot wins council approval", "en"),
    ("オストラバのバス車庫、市議会が承認", "ja"),
])
def test_a_decision_word_that_is_the_claims_own_term_still_decides(title: str,
                                                                    language: str) -> None:
    """A decision claim that lists "approval" among its names: the approval reported is
    its event (rule 4), though a lexicon word that is a term names the thing."""
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(Matcher([APPROVAL]), item, "depot-approval") == "confirms"
