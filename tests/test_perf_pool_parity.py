"""A cycle that parses and matches on worker processes stores the same rows.

The same feeds (generated documents, one broken body, one empty body) are
polled into two fresh stores: once in this process only, once with the worker
pool forced on for every body and every pending entry. With the pool, workers
match entries right after parsing and the store writes entries and findings
together (no pending entry left to match). Entries, findings (ids included),
feed rows and the report's errors and counts must be identical.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from helpers.project import shipped_claims
from pytest_httpserver import HTTPServer

from benchmarks.datagen import feed_documents, generated_claims
from tracker.fetch import HttpFetcher
from tracker.match import Matcher
from tracker.models import FeedSpec, HttpSettings
from tracker.parse import parse_feed
from tracker.poll import matching, parallel, run_cycle
from tracker.store import Store

NOW = datetime(2025, 3, 1, 13, 0, tzinfo=UTC)
T = TypeVar("T")
PollRows = tuple[list[Any], list[Any], list[Any], list[str], int, int, int]
"""Entries, findings, feed rows, then the report's errors, new entries, findings, matched."""


def _serve(httpserver: HTTPServer) -> list[FeedSpec]:
    docs = feed_documents(10, 40)
    docs.append(b"<rss><channel><item><title>cut short")  # a parse error
    docs.append(b"<html><body>not a feed</body></html>")
    feeds = []
    for n, body in enumerate(docs):
        httpserver.expect_request(f"/feed/{n}.xml").respond_with_data(
            body, content_type="application/rss+xml")
        feeds.append(FeedSpec(name=f"f{n}", url=httpserver.url_for(f"/feed/{n}.xml"),
                              language="en"))
    return feeds


def _poll(path: Path, feeds: list[FeedSpec], processes: int) -> PollRows:
    claims = shipped_claims() + generated_claims(50)
    with Store.open(path) as store, HttpFetcher(HttpSettings()) as fetcher:
        report = run_cycle(store, feeds, fetcher, parse_feed, Matcher(claims), now=NOW,
                           claims=claims, workers=1, processes=processes)
    with sqlite3.connect(path) as conn:
        entries = list(conn.execute(
            "SELECT e.id, f.url, e.identity, e.title, e.summary, e.link, e.published, "
            "e.duplicate_of, e.match_state FROM entries e JOIN feeds f ON f.id = e.feed_id "
            "ORDER BY e.id"))
        found = list(conn.execute(
            "SELECT id, entry_id, claim_id, verdict, score, terms, sentence, cues, found_at, "
            "matcher_version, claims_hash FROM findings ORDER BY id"))
        feed_rows = list(conn.execute(
            "SELECT url, error_message, consecutive_errors FROM feeds ORDER BY url"))
    return (entries, found, feed_rows, report.errors, report.new_entries,
            report.findings, report.matched_entries)


@pytest.mark.slow
def test_worker_pool_gives_the_same_rows(httpserver: HTTPServer, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = _serve(httpserver)
    alone = _poll(tmp_path / "alone.sqlite3", feeds, processes=1)
    monkeypatch.setattr(parallel, "PARSE_IN_PROCESS_FIRST", 0)
    monkeypatch.setattr(matching, "MATCH_POOL_MIN_PENDING", 1)
    jobs: list[str] = []
    real_parse_job, real_match_job = parallel._parse_job, parallel._match_job
    monkeypatch.setattr(parallel.WorkerPool, "_pool", _counting(parallel.WorkerPool._pool, jobs))
    saved: list[str] = []
    monkeypatch.setattr(Store, "save_findings", _counting(Store.save_findings, saved))
    pooled = _poll(tmp_path / "pooled.sqlite3", feeds, processes=2)
    assert jobs, "the pool was never started"
    assert not saved, "entries were left pending instead of matched in the workers"
    assert (real_parse_job, real_match_job) == (parallel._parse_job, parallel._match_job)
    assert pooled == alone
    entries, found, _, errors, _, _, matched = alone
    assert len(entries) == 400 and found and len(errors) == 2 and matched == 400


def _counting(method: Callable[..., T], jobs: list[str]) -> Callable[..., T]:
    def wrapper(*args: object, **kwargs: object) -> T:
        jobs.append("call")
        return method(*args, **kwargs)
    return wrapper


def test_results_with_nothing_to_parse_are_not_held() -> None:
    """Bodies to parse wait for the pool decision (more than PARSE_IN_PROCESS_FIRST
    of them?); a body the store already has does not, so a cycle of unchanged
    bodies never holds them all in memory. The first one goes on at once."""
    import hashlib

    from tracker.protocols import FetchRequest, FetchResult
    from tracker.store.records import FeedState

    body = b"<rss version='2.0'><channel><title>same</title></channel></rss>"
    state = FeedState(url="http://127.0.0.1:9/feed", name="f", etag=None,
                      last_modified=None, last_success=None, last_error=None,
                      error_message=None, consecutive_errors=0, next_attempt=None,
                      disabled_reason=None, last_new_entry=None, newest_entry_published=None,
                      body_hash=hashlib.sha256(body).hexdigest())
    pulled = 0

    def results() -> object:
        nonlocal pulled
        for n in range(parallel.PARSE_IN_PROCESS_FIRST * 3):
            pulled += 1
            url = f"http://127.0.0.1:9/feed/{n}"
            yield FetchRequest(url), FetchResult(url=url, status=200, body=body, final_url=url)

    with parallel.WorkerPool(parse_feed, Matcher(generated_claims(3))) as pool:
        items = pool.parse_ahead(results(), lambda url: state)  # type: ignore[arg-type]
        first = next(items)
        assert pulled == 1
        assert not first.will_parse
        assert len(list(items)) == parallel.PARSE_IN_PROCESS_FIRST * 3 - 1
