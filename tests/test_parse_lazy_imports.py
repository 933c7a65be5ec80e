"""The feed parsers' libraries load on first parse, not on import: in a big poll cycle
the main process only hands bodies to the parse workers and never pays for them
(docs/performance.md, "Lighter processes"). Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("fastfeedparser", "feedparser", "lxml", "dateutil")
PROBE = """
import json, sys
import tracker.parse, tracker.poll.cycle, tracker.store, tracker.match
before = [m for m in {heavy!r} if m in sys.modules]
feed = tracker.parse.parse_feed(
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b'<item><title>One</title><link>https://x.test/1</link></item></channel></rss>',
    "https://x.test/feed")
after = [m for m in {heavy!r} if m in sys.modules]
print(json.dumps([before, after, len(feed.entries)]))
"""


def test_parser_libraries_load_on_first_parse() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY)],
                         capture_output=True, text=True, check=True, timeout=60)
    before, after, entries = json.loads(out.stdout)
    assert before == []
    assert "fastfeedparser" in after and entries == 1
