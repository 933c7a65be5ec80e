"""``claimtracker scan`` end to end: real files, a real HTTP server on 127.0.0.1,
claim files written here (so nothing depends on the tuning of claims/*.toml)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.feedgen import item, rss
from pytest_httpserver import HTTPServer

from tracker.cli import main

CLAIM_ID = "zorblax-dock-opening"
CLAIM = f"""
id = "{CLAIM_ID}"
statement = "The Zorblax Orbital Dock will be inaugurated in March 2031."
seed = "test-seed"
claimed_on = 2030-01-15
expected_from = 2031-03-01
expected_by = 2031-03-31

[source]
language = "en"
text = "The Zorblax Orbital Dock is due to be inaugurated in March."

[[groups]]
name = "dock"
role = "required"
en = ["Zorblax Orbital Dock", "Zorblax dock"]
fr = ["dock orbital Zorblax"]
ja = ["ゾルブラックス軌道ドック"]

[cues.confirms]
en = ["inaugurated", "opened"]
"""

MATCHING_TITLE = "Zorblax Orbital Dock inaugurated"
GOOD_FEED = rss(
    [
        item(MATCHING_TITLE, link="/news/zorblax", guid="urn:test:zorblax",
             published=datetime(2031, 3, 20, 9, 0, tzinfo=UTC),
             summary="<p>The Zorblax Orbital Dock was inaugurated on Thursday.</p>"),
        item("Weather: rain expected on Sunday", link="https://ex.org/weather",
             summary="Nothing to do with any claim."),
    ],
    link="https://ex.org/", language="en",
)
BAD_DOCUMENTS = {
    "page.html": b"<!DOCTYPE html><html><body><p>Not a feed</p></body></html>",
    "truncated.xml": GOOD_FEED[: len(GOOD_FEED) // 2],
    "not-xml.xml": b"this is not xml",
    "empty.xml": b"",
    "utf32.xml": GOOD_FEED.decode().encode("utf-32"),
}
JSONL_KEYS = ["claim", "verdict", "score", "entry", "evidence"]
ENTRY_KEYS = ["id", "link", "title", "published", "source"]
EVIDENCE_KEYS = ["terms", "sentence"]


@pytest.fixture
def claims_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / f"{CLAIM_ID}.toml").write_text(CLAIM, encoding="utf-8")
    return folder


def scan(*args: str) -> Result:
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


def jsonl_findings(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_finding_shape(finding: dict[str, object], source: str, link: str) -> None:
    assert list(finding) == JSONL_KEYS
    assert finding["claim"] == CLAIM_ID
    assert finding["verdict"] in {"confirms", "updates", "contradicts", "mentions"}
    score = finding["score"]
    assert isinstance(score, float | int) and 0.0 <= score <= 1.0
    entry = finding["entry"]
    assert isinstance(entry, dict)
    assert list(entry) == ENTRY_KEYS
    assert entry["id"] == "urn:test:zorblax"
    assert entry["link"] == link
    assert entry["title"] == MATCHING_TITLE
    assert entry["published"] == "2031-03-20T09:00:00+00:00"
    assert entry["source"] == source
    evidence = finding["evidence"]
    assert isinstance(evidence, dict)
    assert list(evidence) == EVIDENCE_KEYS
    terms = evidence["terms"]
    assert isinstance(terms, list) and terms and all(isinstance(t, str) for t in terms)
    assert any("Zorblax" in t for t in terms)
    assert isinstance(evidence["sentence"], str) and "Zorblax" in evidence["sentence"]


def test_scan_file_jsonl(tmp_path: Path, claims_dir: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(GOOD_FEED)
    result = scan(str(feed), "--claims", str(claims_dir), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    findings = jsonl_findings(result)
    assert len(findings) == 1  # the weather entry prints nothing
    assert_finding_shape(findings[0], str(feed), "https://ex.org/news/zorblax")
    assert result.stderr == ""


def test_scan_text_format(tmp_path: Path, claims_dir: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(GOOD_FEED)
    result = scan(str(feed), "--claims", str(claims_dir))
    assert result.exit_code == 0
    assert CLAIM_ID in result.stdout
    assert MATCHING_TITLE in result.stdout
    assert "https://ex.org/news/zorblax" in result.stdout
    assert "Weather" not in result.stdout


def test_bad_sources_get_one_line_each_and_the_rest_is_scanned(
        tmp_path: Path, claims_dir: Path) -> None:
    bad_paths = []
    for name, body in BAD_DOCUMENTS.items():
        path = tmp_path / name
        path.write_bytes(body)
        bad_paths.append(str(path))
    missing = str(tmp_path / "missing.xml")
    good = tmp_path / "good.xml"
    good.write_bytes(GOOD_FEED)
    sources = [*bad_paths[:2], str(good), *bad_paths[2:], missing]
    result = scan(*sources, "--claims", str(claims_dir), "--format", "jsonl")
    assert result.exit_code == 0
    assert len(jsonl_findings(result)) == 1
    error_lines = result.stderr.splitlines()
    assert len(error_lines) == len(bad_paths) + 1
    for line, source in zip(error_lines, [*bad_paths, missing], strict=True):
        assert source in line


def test_exit_status_1_when_no_source_could_be_read(tmp_path: Path, claims_dir: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(BAD_DOCUMENTS["page.html"])
    result = scan(str(page), str(tmp_path / "missing.xml"), "--claims", str(claims_dir))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 2


def test_scan_over_http_resolves_links_against_the_url(
        httpserver: HTTPServer, claims_dir: Path) -> None:
    httpserver.expect_request("/feeds/zorblax.xml").respond_with_data(
        GOOD_FEED, content_type="application/rss+xml")
    httpserver.expect_request("/feeds/gone.xml").respond_with_data("gone", status=404)
    url = httpserver.url_for("/feeds/zorblax.xml")
    gone = httpserver.url_for("/feeds/gone.xml")
    result = scan(gone, url, "--claims", str(claims_dir), "--format", "jsonl")
    assert result.exit_code == 0
    (finding,) = jsonl_findings(result)
    assert_finding_shape(finding, url, httpserver.url_for("/news/zorblax"))
    (error_line,) = result.stderr.splitlines()
    assert gone in error_line


def test_file_url_source(tmp_path: Path, claims_dir: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(GOOD_FEED)
    result = scan(feed.as_uri(), "--claims", str(claims_dir), "--format", "jsonl")
    assert result.exit_code == 0
    (finding,) = jsonl_findings(result)
    assert_finding_shape(finding, feed.as_uri(), "https://ex.org/news/zorblax")


def test_claim_problems_are_reported_and_good_claims_still_used(
        tmp_path: Path, claims_dir: Path) -> None:
    (claims_dir / "broken.toml").write_text('id = "broken"\nstatement = 3\n', encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(GOOD_FEED)
    result = scan(str(feed), "--claims", str(claims_dir), "--format", "jsonl")
    assert result.exit_code == 0
    assert len(jsonl_findings(result)) == 1
    assert "broken.toml" in result.stderr
