"""A parse/match worker process imports neither the fetch layer nor the poll cycle:
the memory figures of docs/performance.md rely on it (each worker is a fresh
interpreter, and everything it imports is paid once per worker)."""

from __future__ import annotations

import pytest
from helpers.feedgen import item, rss
from helpers.poll import make_claim
from helpers.worker_probe import parse_match_and_list_modules

from tracker.match import Matcher
from tracker.parse import parse_feed
from tracker.poll.parallel import WorkerPool


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_worker_imports_no_fetching_and_no_cycle() -> None:
    body = rss([item("Japan launches Joint Operations Command", link="https://x.test/1"),
                item("Rice prices climb", link="https://x.test/2")], language="en")
    matcher = Matcher([make_claim("jjoc", [["Joint Operations Command"]])])
    with WorkerPool(parse_feed, matcher, workers=2) as pool:
        assert pool.can_match  # the worker holds a matcher, as in a real big cycle
        future = pool._pool().submit(parse_match_and_list_modules, parse_feed, body,
                                     "https://x.test/feed")
        matched, modules = future.result(timeout=100)
    assert matched == 2
    assert "tracker.poll.parallel" in modules and "tracker.parse" in modules  # it did work
    loaded = set(modules)
    assert not {m for m in loaded if m == "tracker.fetch" or m.startswith("tracker.fetch.")}
    assert not loaded & {"tracker.poll.cycle", "tracker.poll.decide", "tracker.service",
                         "tracker.config", "requests", "urllib3"}
