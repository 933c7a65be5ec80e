"""The service reads a feed's configured name as the paper's name (``match/publisher.py``):
an item of "The Kelmarsh Gazette" that leaves Kelmarsh out is still about Kelmarsh's
claim, whether the entry is matched in this process (read back from the store) or on
a worker right after parsing. The same item in a feed with another name is not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from helpers.invented import claim, group
from pytest_httpserver import HTTPServer

from tracker.fetch import HttpFetcher
from tracker.match import Matcher
from tracker.models import ClaimKind, FeedSpec
from tracker.parse import parse_feed
from tracker.poll import matching, parallel, run_cycle
from tracker.store import Store

pytestmark = pytest.mark.timeout(120)

NOW = datetime(2027, 7, 2, 8, 0, tzinfo=UTC)
# seeded in Japanese, so an English item is no local news by the title alone
TAX = replace(claim(
    "kelmarsh-tourist-tax", "Kelmarsh will start collecting its tourist tax on 1 July 2027.",
    [group("kelmarsh", en=["Kelmarsh"], ja=["慶丸"]), group("tax", en=["tourist tax"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 7, 31),
), source_language="ja", source_text="慶丸市は2027年7月1日から宿泊税を徴収する。")


def _poll(path: Path, httpserver: HTTPServer, processes: int) -> list[tuple[str, str, str]]:
    body = rss([item("Tourist tax takes effect at every hotel", guid="t1",
                     link="https://news.example/t1",
                     published=datetime(2027, 7, 1, 9, 0, tzinfo=UTC))], language="en")
    feeds = []
    for name in ("The Kelmarsh Gazette", "Northern Wire"):
        path_part = f"/{name.split()[-1].lower()}.xml"
        httpserver.expect_request(path_part).respond_with_data(
            body, content_type="application/rss+xml")
        feeds.append(FeedSpec(name=name, url=httpserver.url_for(path_part), language="en"))
    with Store.open(path) as store, HttpFetcher(fast_settings()) as fetcher:
        run_cycle(store, feeds, fetcher, parse_feed, Matcher([TAX]), now=NOW, claims=[TAX],
                  workers=1, processes=processes, force_all=True)
        found = store.findings_between(datetime(2000, 1, 1, tzinfo=UTC),
                                       datetime(2100, 1, 1, tzinfo=UTC))
        return sorted((f.claim_id, f.verdict.value, f.entry.feed_name) for f in found)


def test_a_feed_named_after_the_town_supplies_the_town(httpserver: HTTPServer,
                                                        tmp_path: Path) -> None:
    assert _poll(tmp_path / "alone.sqlite3", httpserver, processes=1) == [
        ("kelmarsh-tourist-tax", "confirms", "The Kelmarsh Gazette")]


def test_the_same_on_worker_processes(httpserver: HTTPServer, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARSE_IN_PROCESS_FIRST", 0)
    monkeypatch.setattr(matching, "MATCH_POOL_MIN_PENDING", 1)
    assert _poll(tmp_path / "pooled.sqlite3", httpserver, processes=2) == [
        ("kelmarsh-tourist-tax", "confirms", "The Kelmarsh Gazette")]
