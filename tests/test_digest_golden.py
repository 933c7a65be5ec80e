"""Golden digest: a fixed DigestData renders to exactly the committed files.

``sample_digest()`` is also used by the other digest and delivery tests.
Regenerate the golden files after an intended change with:
    CLAIMTRACKER_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_digest_golden.py
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.digest import render_html, render_markdown, write_digest
from tracker.digest.data import (
    ClaimFindings,
    DigestCounts,
    DigestData,
    DigestItem,
    FeedProblem,
    OverdueClaim,
    QuietClaim,
    StatusChangeItem,
    VerdictGroup,
)
from tracker.digest.summary import alert_body, digest_subject
from tracker.models import FeedHealth, Verdict

GOLDEN = Path(__file__).parent / "golden" / "digest"
JST = timezone(timedelta(hours=9))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=UTC)


def sample_digest(
    title: str = "Japan inaugurates Joint Operations Command",
    link: str | None = "https://example.org/news/jjoc?id=1&lang=en",
    sentence: str = "The JJOC was inaugurated on Monday in Tokyo, the ministry said.",
    source: str = "NHK World",
) -> DigestData:
    """A digest with every section filled; the arguments let tests inject hostile text."""
    jjoc = DigestItem(
        title=title,
        source=source,
        date=_at(24, 1, 30),
        link=link,
        sentence=sentence,
        terms=("JJOC", "inaugurated"),
        score=0.91,
        verdict=Verdict.CONFIRMS,
        other_sources=("Kyodo", "The Japan Times"),
    )
    delay = DigestItem(
        title="PAC-3 output rise slips to 2026",
        source="Reuters",
        date=_at(24, 6),
        link="https://example.com/pac3",
        sentence="Production of PAC-3 interceptors will now rise only in 2026, officials said.",
        terms=("PAC-3", "production", "slips"),
        score=0.78,
        verdict=Verdict.UPDATES,
    )
    shelved = DigestItem(
        title="Talks on co-production *shelved* [report]",
        source="Le Monde",
        date=None,
        link="ftp://example.net/x",
        sentence="Les discussions sur la coproduction ont été suspendues.",
        terms=("coproduction",),
        score=0.66,
        verdict=Verdict.CONTRADICTS,
    )
    mention = DigestItem(
        title="# Defence budget explained",
        source="BBC",
        date=_at(24, 9, 15),
        link="https://example.co.uk/budget",
        sentence="",
        terms=("PAC-3",),
        score=0.31,
        verdict=Verdict.MENTIONS,
        other_sources=("BBC World",),
    )
    return DigestData(
        period_start=datetime(2025, 3, 24, tzinfo=JST),
        period_end=datetime(2025, 3, 25, tzinfo=JST),
        generated_for=date(2025, 3, 24),
        timezone="Asia/Tokyo",
        status_changes=(
            StatusChangeItem(
                claim_id="jjoc-launch",
                statement="Japan's permanent Joint Operations Command (JJOC) will be "
                "inaugurated in March 2025.",
                old_status="open",
                new_status="confirmed",
                changed_at=_at(24, 2),
                evidence=jjoc,
            ),
            StatusChangeItem(
                claim_id="usfj-command-upgrade",
                statement="USFJ will be upgraded to a joint force headquarters.",
                old_status="open",
                new_status="overdue",
                changed_at=_at(24, 14, 5),
                reason="expected_by 2025-03-23 passed with no flag",
            ),
        ),
        findings=(
            ClaimFindings(
                claim_id="coproduction-and-repair",
                statement="Japan and the US will co-produce missiles and repair ships.",
                groups=(VerdictGroup(Verdict.CONTRADICTS, (shelved,)),),
            ),
            ClaimFindings(
                claim_id="jjoc-launch",
                statement="Japan's permanent Joint Operations Command (JJOC) will be "
                "inaugurated in March 2025.",
                groups=(VerdictGroup(Verdict.CONFIRMS, (jjoc,)),),
            ),
            ClaimFindings(
                claim_id="pac3-production-increase",
                statement="PAC-3 production will increase.",
                groups=(VerdictGroup(Verdict.UPDATES, (delay,)),),
            ),
        ),
        mentions=(
            ClaimFindings(
                claim_id="pac3-production-increase",
                statement="PAC-3 production will increase.",
                groups=(VerdictGroup(Verdict.MENTIONS, (mention,)),),
            ),
        ),
        overdue=(
            OverdueClaim(
                claim_id="usfj-command-upgrade",
                statement="USFJ will be upgraded to a joint force headquarters.",
                expected_by=date(2025, 3, 23),
                days_overdue=1,
                status="overdue",
            ),
        ),
        quiet=(
            QuietClaim(
                claim_id="extended-deterrence-talks",
                statement="Ministerial extended-deterrence talks will be held.",
                last_evidence=date(2025, 2, 1),
                days_quiet=51,
                status="open",
            ),
            QuietClaim(
                claim_id="japan-rok-defense-talks",
                statement="Japan and South Korea will hold defence talks.",
                last_evidence=None,
                days_quiet=240,
                status="open",
            ),
        ),
        feeds_in_trouble=(
            FeedProblem(
                name="Old Wire",
                url="https://old.example/rss",
                kind=FeedHealth.DISABLED,
                detail="410 Gone",
            ),
            FeedProblem(
                name="Flaky",
                url="https://flaky.example/feed",
                kind=FeedHealth.FAILING,
                detail="5 consecutive errors since 2025-03-23 04:00: timed out",
            ),
        ),
        counts=DigestCounts(
            entries=312,
            findings=3,
            mentions=1,
            status_changes=2,
            claims=6,
            feeds=14,
            feeds_in_trouble=2,
        ),
        quiet_days=14,
    )


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CLAIMTRACKER_REGEN_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.read_text(encoding="utf-8") == text


def test_markdown_matches_golden_file() -> None:
    _check_golden("2025-03-24.md", render_markdown(sample_digest()))


def test_html_matches_golden_file() -> None:
    _check_golden("2025-03-24.html", render_html(sample_digest()))


def test_regenerating_gives_the_same_bytes(tmp_path: Path) -> None:
    first = [p.read_bytes() for p in write_digest(sample_digest(), tmp_path / "a")]
    second = [p.read_bytes() for p in write_digest(sample_digest(), tmp_path / "b")]
    assert first == second
    assert first[0] == (GOLDEN / "2025-03-24.md").read_bytes()


def test_write_digest_names_files_by_day_and_leaves_no_temp_files(tmp_path: Path) -> None:
    md_path, html_path = write_digest(sample_digest(), tmp_path)
    assert (md_path.name, html_path.name) == ("2025-03-24.md", "2025-03-24.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-03-24.html", "2025-03-24.md"]


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_sections_come_in_reading_order(render: object) -> None:
    assert callable(render)
    text = render(sample_digest())
    headings = [
        "Claims whose status changed",
        "New findings",
        "Mentions",
        "Overdue claims",
        "Quiet claims",
        "Feeds in trouble",
        "Counts",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_subject_and_alert_body() -> None:
    data = sample_digest()
    assert digest_subject(data) == (
        "Claim Tracker digest — 2025-03-24: 2 status changes, 3 new findings"
    )
    assert alert_body(data).splitlines() == [
        "jjoc-launch: open → confirmed",
        "usfj-command-upgrade: open → overdue",
        "3 new findings, 1 mention, 1 overdue, 2 quiet, 2 feeds in trouble",
    ]
