"""The event reported done (labelling rule 4): an event claim whose statement's verb is
a decision word ("will sign the contract") is confirmed by that word done; a step in
another clause beside the event done is part of its story, while in the event's own
clause it is what happened ("announced the start of the first phase"). Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

CONTRACT = claim(
    "kessling-contract", "Kessling will sign a ten-year supply contract with Velmora Power by "
    "June 2026.",
    [group("contract", en=["supply contract"], fr=["contrat d'approvisionnement"],
           ja=["供給契約"]),
     group("kessling", en=["Kessling"], fr=["Kessling"], ja=["ケスリング"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 6, 30),
)
PROBE = claim(
    "arvel-launch", "The Arvel probe will be launched in March 2026.",
    [group("probe", en=["Arvel probe"], fr=["sonde Arvel"], ja=["アーベル探査機"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"ja": ("打ち上げ",)}},
)
_MATCHER = Matcher([CONTRACT, PROBE])


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling signs ten-year supply contract with Velmora Power", "en"),
    ("Kessling signe un contrat d'approvisionnement de dix ans avec Velmora Power", "fr"),
])
def test_an_event_claims_own_decision_verb_done_confirms(title: str, language: str) -> None:
    item = entry(title, "", "2026-05-10", language)
    assert verdict_for(_MATCHER, item, "kessling-contract") == "confirms"


def test_a_decision_word_the_statement_lacks_is_still_a_step() -> None:
    item = entry("Kessling board approves supply contract with Velmora Power", "", "2026-05-10",
                 "en")
    assert verdict_for(_MATCHER, item, "kessling-contract") == "updates"


@pytest.mark.parametrize(("title", "expected"), [
    # the step is in another clause than the launch reported done: the launch confirms
    ("Arvel probe launched; mission enters its first phase", "confirms"),
    # the start of a phase is the news of its own clause (rule 6)
    ("Agency announces the first phase of the Arvel probe launch", "updates"),
])
def test_a_step_beside_the_event_done(title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-12", "en")
    assert verdict_for(_MATCHER, item, "arvel-launch") == expected


def test_part_of_a_name_is_no_progress_word() -> None:
    """"partly" once stemmed to "part" and read "Part-Dieu" as progress."""
    item = entry("First Arvel probe convoy pulls out of Part-Dieu", "", "2026-03-12", "en")
    frames = [f for d, _ in _MATCHER.decide(item) for f in d.judgement.frames]
    assert not any(f.frame.cue in ("partly", "part") for f in frames), frames


@pytest.mark.parametrize(("title", "expected"), [
    # the launch after の and before 、 is the topic: what follows says it slipped
    ("アーベル探査機の打ち上げ、4月に延期", "updates"),
    ("アーベル探査機の打ち上げは4月に延期", "updates"),
    # without a delay after it, the same topic noun reports the launch
    ("アーベル探査機の打ち上げ、成功", "confirms"),
])
def test_a_japanese_topic_noun_before_a_delay(title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-12", "ja")
    assert verdict_for(_MATCHER, item, "arvel-launch") == expected


HIRING = claim(
    "kessling-drivers", "Kessling will hire 300 bus drivers by the end of 2026.",
    [group("drivers", en=["300 bus drivers", "bus drivers", "drivers", "recruitment"],
           fr=["chauffeurs de bus", "recrutement"], ja=["運転士"]),
     group("kessling", en=["Kessling"], fr=["Kessling"], ja=["ケスリング"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "claim_id"), [
    ("Kessling opens recruitment for 300 bus drivers", "en", "kessling-drivers"),
    ("ケスリング、運転士300人の募集を開始", "ja", "kessling-drivers"),
    # for an event claim, a review begun is a step, not the event ("launch")
    ("Agency launches a review of the Arvel probe", "en", "arvel-launch"),
])
def test_an_event_word_that_starts_a_step(title: str, language: str, claim_id: str) -> None:
    """"opens recruitment", 募集を開始, "launches a review": the event word's object is a
    step, so the step begins (rule 6); it is no event of the claim's."""
    matcher = Matcher([HIRING, PROBE])
    item = entry(title, "", "2026-02-10", language)
    assert verdict_for(matcher, item, claim_id) == "updates"


# A process reported complete is the event done: the step word is what was completed
# ("delivery of the grain completed", 引き渡し完了); a phase finished is still a step.
RELEASE = claim(
    "ost-release", "Ostland's ministry will release 100,000 tonnes of reserve grain onto the "
    "market by the end of June 2026.",
    [group("ost", en=["Ostland"], fr=["Ostland"], ja=["オストランド"]),
     group("grain", en=["reserve grain"], fr=["céréales de réserve"], ja=["備蓄穀物"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Ostland: delivery of 100,000 tonnes of reserve grain completed", "en"),
    ("confirms", "Ostland completes delivery of reserve grain", "en"),
    ("confirms", "オストランドの備蓄穀物10万トン、引き渡し完了", "ja"),
    ("confirms", "Ostland : la livraison des céréales de réserve est achevée", "fr"),
    ("confirms", "Ostland finalise la vente de ses céréales de réserve", "fr"),
    # near miss: a first phase finished is partial progress
    ("updates", "Ostland completes first phase of reserve grain delivery", "en"),
])
def test_a_process_completed_is_the_event(expected: str, title: str, language: str) -> None:
    check_verdict([RELEASE], "ost-release", expected, title, "", "2026-07-10", language)
