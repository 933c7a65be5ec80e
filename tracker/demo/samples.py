"""The bundled sample feeds: invented news written for the demo, dated March 2025.

They exercise the product: a launch reported in English and Japanese, a phase of
an upgrade, a production increase reported in French, a follow-up round of
talks, an unrelated item, a story syndicated in two feeds, and a hostile title
carrying ``<script>`` that must come out escaped in the digest.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class SampleFeed:
    name: str
    filename: str
    language: str
    content_type: str

    def body(self) -> bytes:
        return resources.files("tracker.demo").joinpath("feeds", self.filename).read_bytes()


RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"

SAMPLE_FEEDS: tuple[SampleFeed, ...] = (
    SampleFeed("Pacific Wire", "pacific-wire.xml", "en", RSS),
    SampleFeed("Defense Ledger", "defense-ledger.xml", "en", ATOM),
    SampleFeed("Journal Asie", "journal-asie.xml", "fr", RSS),
    SampleFeed("Nippon Shimbun", "nippon-shimbun.xml", "ja", ATOM),
    SampleFeed("World Digest", "world-digest.xml", "en", RSS),
)
