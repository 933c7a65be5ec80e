"""The claims board is right for every status: status, event date (the entry's, not
the poll's), deadline and days left or overdue, evidence, independent sources;
and 'needs your attention' picks what waits for the analyst."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tracker.models import Claim, ClaimStatus, Verdict
from tracker.review.board import build_board, needs_attention
from tracker.review.listing import reviewed
from tracker.review.timeline import days_label, timeline_svg, timeline_text
from tracker.store.records import EntryRecord, FindingRecord, Resolution, Review, StatusChange

TODAY = date(2025, 3, 20)
POLL = datetime(2025, 3, 19, 23, 59, tzinfo=UTC)  # when the status was recorded


def _claim(claim_id: str, deadline: date | None) -> Claim:
    return Claim(id=claim_id, statement=f"{claim_id} will happen.", seed="s",
                 claimed_on=date(2025, 1, 1), source_language="en", source_text="",
                 groups=(), expected_by=deadline)


def _flag(fid: int, claim_id: str, verdict: Verdict, day: int, source: str,
          score: float = 0.9, copies: tuple[str, ...] = ()) -> FindingRecord:
    def entry(eid: int, name: str) -> EntryRecord:
        return EntryRecord(id=eid, feed_name=name, feed_url=f"https://{eid}.example/rss",
                           title=f"story {eid}", link=f"https://{eid}.example/a",
                           published=datetime(2025, 3, day, 8, tzinfo=UTC), source_name=None,
                           first_seen=POLL)
    return FindingRecord(claim_id=claim_id, verdict=verdict, score=score, terms=("t",),
                         sentence="s", found_at=POLL, entry=entry(fid, source), id=fid,
                         copies=tuple(entry(100 * fid + i, c) for i, c in enumerate(copies)))


def test_every_status_on_the_board() -> None:
    claims = [_claim("a-open", date(2025, 4, 1)), _claim("b-confirmed", date(2025, 3, 31)),
              _claim("c-updated", date(2025, 3, 10)), _claim("d-contradicted", None),
              _claim("e-overdue", date(2025, 3, 1)), _claim("f-by-hand", date(2025, 3, 25))]
    confirm = _flag(1, "b-confirmed", Verdict.CONFIRMS, 12, "Wire",
                    copies=("Daily", "Wire"))
    confirm2 = _flag(2, "b-confirmed", Verdict.CONFIRMS, 13, "Herald")
    update = _flag(3, "c-updated", Verdict.UPDATES, 9, "Wire")
    contra = _flag(4, "d-contradicted", Verdict.CONTRADICTS, 5, "Post", score=0.4)
    false_flag = _flag(5, "b-confirmed", Verdict.CONFIRMS, 14, "Opinion")
    history = [
        StatusChange("b-confirmed", None, ClaimStatus.CONFIRMED, POLL, confirm2),
        StatusChange("c-updated", None, ClaimStatus.UPDATED, POLL, update),
        StatusChange("d-contradicted", None, ClaimStatus.CONTRADICTED, POLL, contra),
        StatusChange("e-overdue", None, ClaimStatus.OVERDUE, POLL, None, "no news by then"),
        StatusChange("f-by-hand", None, ClaimStatus.CONFIRMED, POLL, None, "resolved by hand"),
    ]
    reviews = {("b-confirmed", 5): Review("b-confirmed", 5, "reject", None, "", "ana", POLL)}
    resolutions = {"f-by-hand": Resolution("f-by-hand", ClaimStatus.CONFIRMED, "seen it",
                                           "ana", POLL)}
    rows = {r.claim_id: r for r in build_board(
        claims, history, [confirm, confirm2, update, contra, false_flag], reviews,
        resolutions, TODAY)}

    a = rows["a-open"]
    assert (a.status, a.event_date, a.days_left, a.sources) == (ClaimStatus.OPEN, None, 12, 0)
    assert a.reason == "not polled yet" and not a.overdue

    b = rows["b-confirmed"]
    assert b.status is ClaimStatus.CONFIRMED
    assert b.event_date == datetime(2025, 3, 13, 8, tzinfo=UTC)  # the entry's, not POLL
    assert b.days_left == 11 and b.evidence is confirm2
    assert b.sources == 3  # Wire (+ its copy in Daily; Wire again not counted), Herald
    assert b.unreviewed == 2  # the rejected one is reviewed
    assert [p.finding_id for p in b.timeline] == [1, 2]  # the rejected flag drops out

    c = rows["c-updated"]
    assert c.status is ClaimStatus.UPDATED and c.days_left == -10 and c.overdue
    assert days_label(c.days_left, False) == "10 days overdue"

    d = rows["d-contradicted"]
    assert d.status is ClaimStatus.CONTRADICTED and d.deadline is None and d.days_left is None
    assert not d.overdue

    e = rows["e-overdue"]
    assert e.status is ClaimStatus.OVERDUE and e.days_left == -19 and e.overdue
    assert e.evidence is None and e.reason == "no news by then"

    f = rows["f-by-hand"]
    assert f.resolution is not None and f.resolution.note == "seen it"
    assert f.status is ClaimStatus.CONFIRMED and f.days_left == 5

    attention = needs_attention(list(rows.values()),
                                reviewed([confirm, contra, false_flag], reviews))
    assert [r.finding.id for r in attention.new_flags] == [1, 4]
    assert [r.finding.id for r in attention.low_confidence] == [4]
    assert [r.claim_id for r in attention.contradictions] == ["d-contradicted"]
    accepted = {**reviews, ("d-contradicted", 4): Review("d-contradicted", 4, "accept", None,
                                                         "", "ana", POLL)}
    rows_after = build_board(claims, history, [confirm, confirm2, update, contra, false_flag],
                             accepted, resolutions, TODAY)
    assert needs_attention(rows_after, []).contradictions == ()  # confirmed by a person
    assert [r.claim_id for r in attention.overdue_silent] == ["e-overdue"]


def test_timeline_marks_claim_date_deadline_and_evidence() -> None:
    claim = _claim("b", date(2025, 3, 31))
    flag = _flag(1, "b", Verdict.CONFIRMS, 12, "Wire")
    flag = replace(flag, entry=replace(flag.entry, title="<b>x</b> & y"))
    history = [StatusChange("b", None, ClaimStatus.CONFIRMED, POLL, flag)]
    row = build_board([claim], history, [flag], {}, {}, TODAY)[0]
    svg = timeline_svg(row, TODAY)
    assert svg.startswith('<svg class="timeline"') and svg.endswith("</svg>")
    assert svg.count("<circle") == 1 and "#1a7f37" in svg
    assert "deadline 2025-03-31" in svg and "claimed 2025-01-01" in svg
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt; &amp; y" in svg
    assert timeline_text(row) == "2025-01-01 claimed · 2025-03-12 confirms · 2025-03-31 deadline"
