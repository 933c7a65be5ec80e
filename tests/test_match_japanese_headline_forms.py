"""Japanese headline forms found by the users of probe round fourteen:

- も ending a headline is a possibility (全線再開断念も: "the reopening may be dropped"),
  as か is a question; 場合 is a condition (転換した場合の費用: "the cost if converted");
- a stop or a delay that governs the event word is read where it ends (再開断念も), not
  at the event word, whose next characters are the stop itself;
- an event noun after の that opens the title as its topic (鳴砂線のBRT転換、…) is no
  news when another clause has its own (町長が反対表明: an opinion);
- 後も ("even after") opens no clause of context (round sixteen): 統合後も運行を継続 is
  the service going on, not background to it;
- 案 before を and how it was decided (計画案を賛成多数で可決) is the thing decided (round 37);
- a gapped cue reads across a headline's topic comma (花火大会、8日に開催), not across
  the space that sets its phrases apart (花火大会　県警と会議を開催; round 35);
- an event word before its anniversary (開館1周年) happened a year or more ago: background
  (a claim writer of round 42), as it is before a time since it happened (開館3週間で,
  開館1年の; a claim writer of round 46);
- a headline's dictionary form 開く reports a meeting held (住民説明会開く), as 始まる does
  (a claim writer of round 43).

Subjects are invented; each flagged case gave another verdict before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group

from tracker.match import Matcher
from tracker.models import Claim, ClaimKind, Verdict

REOPENING = claim(
    "haruna-line-reopening", "The whole Haruna Line will reopen to trains by March 2027.",
    [group("line", en=["Haruna Line"], ja=["榛名線"]), group("whole", ja=["全線"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)
BUSWAY = claim(
    "haruna-busway-decision", "The towns will decide by March 2026 whether to convert the "
    "Haruna Line's coast section to a busway.",
    [group("line", en=["Haruna Line"], ja=["榛名線"]), group("busway", ja=["BRT"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)


BUS = claim(
    "haruna-school-bus", "Haruna will keep the school bus running after the schools merge.",
    [group("bus", en=["school bus"], ja=["スクールバス"]), group("haruna", ja=["榛名"])],
    kind=ClaimKind.STATE, expected_by=date(2030, 3, 31),
)


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title"), [
    ([BUS], "haruna-school-bus", "confirms", "榛名町、統合後もスクールバスの運行を継続"),
    # guard: an event before 後、 still dates what follows
    ([REOPENING], "haruna-line-reopening", "mentions", "榛名線の全線再開後、利用者が倍増"),
    ([REOPENING], "haruna-line-reopening", "updates", "榛名線、全線再開断念も"),
    ([BUSWAY], "haruna-busway-decision", "mentions", "榛名線、BRTに転換した場合の費用"),
    ([BUSWAY], "haruna-busway-decision", "mentions", "榛名線のBRT転換、町長が反対表明"),
    # guards: the stop and the conversion reported as done
    ([REOPENING], "haruna-line-reopening", "contradicts", "榛名線、全線再開を断念"),
    ([BUSWAY], "haruna-busway-decision", "confirms", "榛名線、BRTに転換"),
])
def test_a_japanese_headline_form(claims: list[Claim], claim_id: str, expected: str,
                                  title: str) -> None:
    check_verdict(claims, claim_id, expected, title, "", "2026-02-10", "ja")


FESTIVAL = claim(  # event: a festival held, its own cue a gapped phrase
    "kazeura-fireworks", "Kazeura's fireworks festival will be held on 8 August 2026.",
    [group("festival", en=["fireworks festival"], ja=["花火大会"]),
     group("kazeura", en=["Kazeura"], ja=["風浦"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 8, 8), expected_by=date(2026, 8, 8),
    cues={Verdict.CONFIRMS: {"ja": ("大会 … 開催",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    # a comma after the topic: the phrase reads across it
    ("風浦川花火大会、8日に開催", "大会 … 開催"),
    # a space sets a headline's phrases apart: another meeting held
    ("風浦川花火大会　県警と安全対策会議を開催", None),
], ids=["topic-comma", "space-apart"])
def test_a_gapped_cue_across_a_headline_break(title: str, expected: str | None) -> None:
    matcher = Matcher([FESTIVAL])
    cues = [f.frame.cue for decision, _ in matcher.decide(entry(title, "", "2026-08-08", "ja"))
            for f in decision.judgement.frames]
    assert (expected in cues) if expected else "大会 … 開催" not in cues


PLAN_VOTE = claim(  # decision: an assembly approves a plan
    "kazeura-ir-vote", "Kazeura's prefectural assembly will approve the IR plan by December 2025.",
    [group("plan", en=["IR plan"], ja=["IR計画"]), group("kazeura", en=["Kazeura"], ja=["風浦"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 10, 20), expected_by=date(2025, 12, 19),
)


@pytest.mark.parametrize(("title", "expected"), [
    # 案 before を and how it was decided is the thing decided, no proposal (round 37)
    ("風浦県議会、IR計画案を賛成多数で可決", "confirms"),
    ("風浦県議会、IR計画案を可決", "confirms"),
    # guard: a draft made public is still a draft
    ("風浦県、IR計画案を公表", "mentions"),
], ids=["how-decided", "joined", "guard-draft"])
def test_a_proposal_decided_in_japanese(title: str, expected: str) -> None:
    check_verdict([PLAN_VOTE], "kazeura-ir-vote", expected, title, "", "2025-12-19", "ja")


MUSEUM = claim(
    "velmora-museum-opening", "The Velmora maritime museum will open by September 2026.",
    [group("museum", en=["Velmora maritime museum"], ja=["ベルモラ海事博物館"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("ベルモラ海事博物館、開館1周年で記念式典", "2027-06-10", "mentions"),
    ("ベルモラ海事博物館が開館10周年", "2036-06-10", "mentions"),
    ("ベルモラ海事博物館、開館3週間で来館1万人", "2026-06-30", "mentions"),
    ("ベルモラ海事博物館、開館1年の節目に特別展", "2027-06-10", "mentions"),
    # guards: an opening on another thing's anniversary, and the opening itself
    ("ベルモラ海事博物館、創立100周年の日に開館", "2026-06-10", "confirms"),
    ("ベルモラ海事博物館が開館", "2026-06-10", "confirms"),
    ("ベルモラ海事博物館、開館3週間延期", "2026-06-10", "updates"),
])
def test_an_anniversary_is_background(title: str, day: str, expected: str) -> None:
    check_verdict([MUSEUM], "velmora-museum-opening", expected, title, "", day, "ja")


BRIEFING = claim(
    "velmora-museum-briefing", "Velmora will hold a residents' briefing on the museum on 25 "
    "April 2026.",
    [group("museum", en=["Velmora maritime museum"], ja=["ベルモラ海事博物館"]),
     group("briefing", en=["briefing"], ja=["説明会"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 4, 25),
)


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("ベルモラ海事博物館の開館へ、住民説明会開く", "2026-04-25", "confirms"),
    # who came to it (出席) says it was held, as "attend" does
    ("ベルモラ海事博物館の住民説明会、町長も出席", "2026-04-25", "confirms"),
    # guard: a plan to hold it
    ("ベルモラ海事博物館、4月25日に住民説明会開く予定", "2026-04-10", "mentions"),
])
def test_a_headlines_hiraku_is_held(title: str, day: str, expected: str) -> None:
    check_verdict([BRIEFING], "velmora-museum-briefing", expected, title, "", day, "ja")


@pytest.mark.parametrize(("expected", "title", "summary"), [
    # a date after the 、 that follows it dates another statement (a round 71 claim writer)
    ("confirms", "風浦県議会でIR計画が成立、来年4月1日施行", ""),
    # a condition: 承認されれば, "if approved" (a round 70 development item)
    ("mentions", "風浦のIR計画", "県議会でIR計画が承認されれば、全国で3例目となる。"),
    # guard: the date in the decision's own phrase
    ("mentions", "風浦のIR計画、12月22日に県議会で可決へ", ""),
])
def test_a_japanese_decision_in_time(expected: str, title: str, summary: str) -> None:
    check_verdict([PLAN_VOTE], "kazeura-ir-vote", expected, title, summary, "2025-12-10",
                  "ja")
