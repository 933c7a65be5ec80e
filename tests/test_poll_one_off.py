"""Follow-ups in the service: a poll cycle stores a later report of a one-off event
that other outlets had already confirmed as an update, and the analyst's reviews
and rematch keep that consistent (real HTTP server on 127.0.0.1, real matcher)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from helpers.poll import FeedSite, make_claim, make_matcher
from pytest_httpserver import HTTPServer

from tracker.config.settings import DigestSettings
from tracker.digest import render_html, render_markdown
from tracker.digest.collect import collect_digest
from tracker.fetch import HttpFetcher
from tracker.models import ClaimKind, FeedSpec, Verdict
from tracker.parse import parse_feed
from tracker.poll import rematch, run_cycle
from tracker.status import ClaimStatus
from tracker.store import Store

pytestmark = pytest.mark.timeout(60)

FERRY = make_claim("ferry", [["Aldwick ferry"]], {Verdict.CONFIRMS: ["maiden voyage"]})
CLAIMS = (FERRY,)
DAY0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
NOW = DAY0 + timedelta(days=40)
LAUNCH = "Aldwick ferry sails on its maiden voyage"
SECOND = "Aldwick ferry completes maiden voyage with 412 passengers"
LATER = "Aldwick ferry's maiden voyage remembered as the route adds a second ship"


@pytest.fixture
def site(httpserver: HTTPServer) -> FeedSite:
    return FeedSite(httpserver)


def poll(store: Store, feeds: Sequence[FeedSpec], now: datetime = NOW) -> None:
    with HttpFetcher(fast_settings()) as fetcher:
        run_cycle(store, feeds, fetcher, parse_feed, make_matcher(CLAIMS), now=now,
                  force_all=True, claims=CLAIMS, workers=2, per_host=2)


def verdicts(store: Store) -> dict[str, str]:
    return {f"{f.entry.feed_name}: {f.entry.title}": str(f.verdict)
            for f in store.findings_for_claim("ferry")}


def two_outlets_then_a_follow_up(site: FeedSite) -> list[FeedSpec]:
    site.put("/wire", rss([item(LAUNCH, link="https://w.test/1", published=DAY0),
                           item(LATER, link="https://w.test/2",
                                published=DAY0 + timedelta(days=30))]))
    site.put("/daily", rss([item(SECOND, link="https://d.test/1",
                                 published=DAY0 + timedelta(days=1))]))
    return [FeedSpec("Wire", site.url("/wire")), FeedSpec("Daily", site.url("/daily"))]


def test_a_report_weeks_after_a_corroborated_event_is_stored_as_an_update(
        site: FeedSite, store: Store) -> None:
    poll(store, two_outlets_then_a_follow_up(site))
    assert verdicts(store) == {f"Wire: {LAUNCH}": "confirms", f"Daily: {SECOND}": "confirms",
                               f"Wire: {LATER}": "updates"}
    assert store.current_statuses()["ferry"].status is ClaimStatus.CONFIRMED
    marks = {f.entry.title: f.event_on for f in store.findings_for_claim("ferry")}
    assert marks == {LAUNCH: None, SECOND: None, LATER: DAY0}
    # a second cycle and a rematch with nothing new change nothing
    poll(store, [])
    report = rematch(store, make_matcher(CLAIMS), CLAIMS, now=NOW)
    assert (report.inserted, report.updated, report.deleted) == (0, 0, 0)
    assert verdicts(store)[f"Wire: {LATER}"] == "updates"


def test_one_outlet_alone_establishes_nothing(site: FeedSite, store: Store) -> None:
    feeds = two_outlets_then_a_follow_up(site)[:1]
    poll(store, feeds)
    assert verdicts(store) == {f"Wire: {LAUNCH}": "confirms", f"Wire: {LATER}": "confirms"}


def test_rejecting_the_corroboration_undoes_the_follow_up_at_the_next_cycle(
        site: FeedSite, store: Store) -> None:
    poll(store, two_outlets_then_a_follow_up(site))
    daily = next(f for f in store.findings_for_claim("ferry") if f.entry.feed_name == "Daily")
    store.add_review("ferry", daily.entry.id, "reject", by="ana", at=NOW)
    poll(store, [], now=NOW + timedelta(hours=1))
    assert verdicts(store)[f"Wire: {LATER}"] == "confirms"
    # accepting the first report establishes the event on the analyst's word
    wire = next(f for f in store.findings_for_claim("ferry") if f.entry.title == LAUNCH
                and f.entry.feed_name == "Wire")
    store.add_review("ferry", wire.entry.id, "accept", by="ana", at=NOW)
    poll(store, [], now=NOW + timedelta(hours=2))
    assert verdicts(store)[f"Wire: {LATER}"] == "updates"


def test_a_report_read_as_done_weeks_before_the_event_is_stored_as_an_update(
        site: FeedSite, store: Store) -> None:
    early = "Aldwick ferry maiden voyage: tickets on sale"
    feeds = two_outlets_then_a_follow_up(site)
    site.put("/weekly", rss([item(early, link="https://k.test/1",
                                  published=DAY0 - timedelta(days=20))]))
    weekly = FeedSpec("Weekly", site.url("/weekly"))
    poll(store, [weekly], now=DAY0 - timedelta(days=19))
    assert verdicts(store) == {f"Weekly: {early}": "confirms"}  # all it knows then
    poll(store, [weekly, *feeds])
    assert verdicts(store)[f"Weekly: {early}"] == "updates"
    marks = {f.entry.title: f.event_on for f in store.findings_for_claim("ferry")}
    assert marks[early] == DAY0


def test_a_decision_keeps_later_confirmations_but_not_early_ones(
        site: FeedSite, store: Store) -> None:
    grant = dataclasses.replace(
        make_claim("grant", [["Aldwick ferry grant"]], {Verdict.CONFIRMS: ["approved"]}),
        kind=ClaimKind.DECISION)
    committee = "Aldwick ferry grant approved by harbour committee"
    paid = "Aldwick ferry grant approved in full as first tranche is paid"
    site.put("/wire", rss([
        item(committee, link="https://w.test/c", published=DAY0 - timedelta(days=20)),
        item("Aldwick ferry grant approved by the regional council", link="https://w.test/v",
             published=DAY0),
        item(paid, link="https://w.test/p", published=DAY0 + timedelta(days=30))]))
    site.put("/daily", rss([item("Regional council: Aldwick ferry grant approved",
                                 link="https://d.test/v", published=DAY0)]))
    with HttpFetcher(fast_settings()) as fetcher:
        run_cycle(store, [FeedSpec("Wire", site.url("/wire")),
                          FeedSpec("Daily", site.url("/daily"))], fetcher, parse_feed,
                  make_matcher([grant]), now=NOW, force_all=True, claims=[grant], workers=2,
                  per_host=2)
    found = {f.entry.title: str(f.verdict) for f in store.findings_for_claim("grant")}
    assert found[committee] == "updates"  # a step before the decision
    assert found[paid] == "confirms"  # what follows a decision still confirms it


def test_a_claim_whose_kind_is_edited_to_a_target_loses_its_marks(
        site: FeedSite, store: Store) -> None:
    poll(store, two_outlets_then_a_follow_up(site))
    assert verdicts(store)[f"Wire: {LATER}"] == "updates"
    target = dataclasses.replace(FERRY, kind=ClaimKind.TARGET)
    rematch(store, make_matcher([target]), [target], now=NOW)
    assert verdicts(store)[f"Wire: {LATER}"] == "confirms"
    assert all(f.event_on is None for f in store.findings_for_claim("ferry"))


def test_a_held_claim_keeps_its_marks(site: FeedSite, store: Store) -> None:
    feeds = two_outlets_then_a_follow_up(site)
    poll(store, feeds)
    store.hold_claims(["ferry"])  # its file fails to load now
    other = make_claim("other", [["Brennet tunnel"]])
    with HttpFetcher(fast_settings()) as fetcher:
        run_cycle(store, feeds, fetcher, parse_feed, make_matcher([other]),
                  now=NOW + timedelta(hours=1), force_all=True, claims=[other], workers=2,
                  per_host=2)
    assert verdicts(store)[f"Wire: {LATER}"] == "updates"
    assert {f.entry.title: f.event_on for f in store.findings_for_claim("ferry")}[LATER] == DAY0


def test_the_digest_says_why_a_report_of_the_event_is_an_update(
        site: FeedSite, store: Store, tmp_path: Path) -> None:
    poll(store, two_outlets_then_a_follow_up(site))
    zone = ZoneInfo("UTC")
    data = collect_digest(store, CLAIMS, datetime(2026, 1, 1, tzinfo=zone),
                          NOW + timedelta(days=1), DigestSettings(output_dir=tmp_path), now=NOW)
    note = "read as done, but after the event reported on 2026-05-04: an update"
    assert note in render_markdown(data) and note in render_html(data)
    assert render_markdown(data).count("read as done") == 1
