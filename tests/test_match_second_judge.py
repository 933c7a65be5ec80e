"""The seam for a second judge: it sees every finding of the rules and may change or drop it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from tracker.match import Matcher
from tracker.models import Claim, ClaimKind, Entry, Finding, GroupRole, TermGroup, Verdict

CLAIM = Claim(
    id="harbour-bridge",
    statement="The Kestrel Harbour bridge will open in May 2026.",
    seed="s",
    claimed_on=date(2025, 1, 10),
    source_language="en",
    source_text="…",
    groups=(TermGroup("bridge", GroupRole.REQUIRED, {"en": ("Kestrel Harbour bridge",)}),),
    kind=ClaimKind.EVENT,
    expected_from=date(2026, 5, 1),
    expected_by=date(2026, 5, 31),
)
OPENED = Entry("t", "Kestrel Harbour bridge opened to traffic", "",
               published=datetime(2026, 5, 20, 12, tzinfo=UTC), language="en")


class Doubtful:
    """Turns every confirmation into an update and records what it saw."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Verdict]] = []

    def review(self, entry: Entry, claim: Claim, finding: Finding) -> Finding | None:
        self.seen.append((claim.id, finding.verdict))
        if finding.verdict is Verdict.CONFIRMS:
            return dataclasses.replace(finding, verdict=Verdict.UPDATES)
        return finding


class Silencer:
    def review(self, entry: Entry, claim: Claim, finding: Finding) -> Finding | None:
        return None


def test_rules_alone_confirm() -> None:
    assert [f.verdict for f in Matcher([CLAIM]).match(OPENED)] == [Verdict.CONFIRMS]


def test_a_second_judge_sees_and_changes_each_finding() -> None:
    judge = Doubtful()
    findings = Matcher([CLAIM], second_judge=judge).match(OPENED)
    assert judge.seen == [("harbour-bridge", Verdict.CONFIRMS)]
    assert [f.verdict for f in findings] == [Verdict.UPDATES]


def test_a_second_judge_can_drop_a_finding() -> None:
    assert Matcher([CLAIM], second_judge=Silencer()).match(OPENED) == []
