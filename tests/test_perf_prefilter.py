"""The matcher's anchor prefilter never hides a finding.

``Matcher`` skips building the entry view when ``AnchorPrefilter`` says no
anchor can occur. These tests match the same entries with the prefilter on and
switched off (``always = True``) and require identical findings, and check that
the prefilter really skips most unrelated entries (else the test is vacuous).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the benchmarks' data generator lives at the repo root

from benchmarks.datagen import generated_claims, generated_entries  # noqa: E402
from tracker.claims import load_claims  # noqa: E402
from tracker.match import Matcher  # noqa: E402
from tracker.models import Entry  # noqa: E402
from tracker.parse import parse_feed  # noqa: E402

EVAL_DIRS = [REPO / "tests" / "fixtures" / "eval", Path("/work/shared/eval-dev")]

TRICKY = [
    ("U.S. Forces Japan to be upgraded to a joint force headquarters", "en"),
    ("The U.S.-Japan alliance: USFJ won't be upgraded this year", "en"),
    ("Les forces américaines au Japon deviendront un commandement interarmées", "fr"),
    ("Le Japon augmentera la production d'intercepteurs PAC-3", "fr"),
    ("在日米軍を統合軍司令部に格上げ、防衛省が発表", "ja"),
    ("自衛隊の統合作戦司令部が発足した。", "ja"),
    ("ＰＡＣ－３の生産を拡大", "ja"),
    ("Japan's PAC-3s: production doubled; Mitsubishi Heavy Industries said", "en"),
    ("Extended deterrence dialogue held in Tokyo; the ministers didn't agree", "en"),
    ("Japan and South Korea defence ministers met in Seoul", None),
    ("Joint Operations Command launched. JJOC began operating in March.", "en"),
]


def _entries_of(directory: Path) -> list[Entry]:
    entries: list[Entry] = []
    for feed in sorted((directory / "feeds").glob("*.xml")):
        entries.extend(parse_feed(feed.read_bytes(), str(feed)).entries)
    return entries


def _same_with_and_without_prefilter(matcher: Matcher, entries: list[Entry]) -> int:
    filtered = [matcher.match(e) for e in entries]
    matcher._prefilter.always = True
    try:
        full = [matcher.match(e) for e in entries]
    finally:
        matcher._prefilter.always = False
    assert filtered == full
    return sum(1 for f in full if f)


def test_repo_and_eval_claims_on_eval_feeds() -> None:
    claims = list(load_claims(REPO / "claims").claims)
    entries: list[Entry] = []
    for directory in EVAL_DIRS:
        if directory.exists():
            claims += list(load_claims(directory / "claims").claims)
            entries += _entries_of(directory)
    entries += [
        Entry(source="t", title=title, summary=f"<p>{title}</p>", link=f"https://t/{i}",
              published=datetime(2025, 3, 1, tzinfo=UTC), language=lang)
        for i, (title, lang) in enumerate(TRICKY)
    ]
    assert _same_with_and_without_prefilter(Matcher(claims), entries) > 5


def test_generated_claims_and_entries() -> None:
    claims = generated_claims(300)
    entries = generated_entries(1500, claims)
    matcher = Matcher(claims)
    assert _same_with_and_without_prefilter(matcher, entries) >= 100


def test_prefilter_skips_unrelated_entries() -> None:
    claims = generated_claims(100)
    matcher = Matcher(claims)
    entries = generated_entries(500, claims)
    unrelated = [e for i, e in enumerate(entries) if i % 10 != 0]
    skipped = sum(
        1 for e in unrelated if not matcher._prefilter.may_hit(e.title, e.summary)
    )
    assert skipped >= 0.9 * len(unrelated)
