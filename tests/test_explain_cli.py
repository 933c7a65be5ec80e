"""``claimtracker explain``: the matcher's decision path for the entries of a feed, on
invented subjects (a harbour bridge, a museum), from a file or a local HTTP server."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.fetch import send_head, serve
from helpers.invented import claim, entry, group

from tracker.cli import main
from tracker.match import Matcher
from tracker.match.explain import explain
from tracker.models import ClaimKind

BRIDGE = """\
id = "harbour-bridge-opening"
kind = "event"
statement = "The Portville harbour bridge will open to traffic in June 2030."
seed = "sample-seed"
claimed_on = 2029-01-15
expected_from = 2030-06-01
expected_by = 2030-06-30

[source]
language = "en"
text = "The harbour bridge will open to traffic in June."

[[groups]]
name = "bridge"
en = ["harbour bridge"]
fr = ["pont du port"]
"""

MUSEUM = """\
id = "museum-funding"
statement = "The ministry will decide to fund the Verennes glass museum."
seed = "sample-seed"
claimed_on = 2029-01-15

[source]
language = "en"
text = "The ministry will decide to fund the glass museum."

[[groups]]
name = "museum"
en = ["glass museum"]
"""

FEED = rss([
    item("Portville harbour bridge opened to traffic", guid="a1",
         link="https://news.example/a1", published=datetime(2030, 6, 12, tzinfo=UTC)),
    item("Harbour bridge opening postponed", guid="a2", link="https://news.example/a2",
         published=datetime(2030, 5, 2, tzinfo=UTC),
         summary="The opening of the harbour bridge was postponed to September."),
    item("Bakery extends its opening hours", guid="a3",
         published=datetime(2030, 5, 2, tzinfo=UTC)),
    item("Ministry approves funding for the glass museum", guid="a4",
         published=datetime(2030, 2, 1, tzinfo=UTC)),
], language="en")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "harbour-bridge-opening.toml").write_text(BRIDGE, encoding="utf-8")
    (claims / "museum-funding.toml").write_text(MUSEUM, encoding="utf-8")
    (tmp_path / "feed.xml").write_bytes(FEED)
    return tmp_path


def run(project: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["explain", *args, "--claims", str(project / "claims")])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_text_shows_each_entry_its_frames_and_verdict(project: Path) -> None:
    code, out, err = run(project, str(project / "feed.xml"))
    assert code == 0, err
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 4
    opened, postponed, bakery, museum = blocks
    assert opened.splitlines()[0] == "entry: Portville harbour bridge opened to traffic"
    assert "claim harbour-bridge-opening (event, stated; event: occurred)" in opened
    assert "timing: in-window" in opened
    assert "'open' (occurred) -> event × realis -> confirms" in opened
    assert opened.splitlines()[-1].startswith("  verdict: confirms (sentence 0: ")
    assert "timing: early" in postponed
    assert "'postpone' (delay) -> delay × realis -> updates" in postponed
    assert "  verdict: updates" in postponed
    assert bakery.splitlines()[-1] == "  about no claim"
    # a claim without a kind: the kind read from its statement is shown
    assert "claim museum-funding (decision, inferred;" in museum
    assert "  verdict: confirms" in museum


def test_entry_and_claim_options_narrow_the_output(project: Path) -> None:
    code, out, _ = run(project, str(project / "feed.xml"), "--entry", "https://news.example/a2")
    assert code == 0
    assert out.count("entry: ") == 1 and "opening postponed" in out
    code, out, _ = run(project, str(project / "feed.xml"), "--entry", "a1",
                       "--claim", "museum-funding")
    assert code == 0
    assert out.splitlines()[-1] == "  not about museum-funding"


def test_json_is_one_object_per_entry_and_claim(project: Path) -> None:
    code, out, _ = run(project, str(project / "feed.xml"), "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert [(r["entry"]["id"], r["claim"], r["verdict"]) for r in records] == [
        ("a1", "harbour-bridge-opening", "confirms"),
        ("a2", "harbour-bridge-opening", "updates"),
        ("a4", "museum-funding", "confirms"),
    ]
    postponed = records[1]
    assert postponed["kind"] == "event" and postponed["kind_inferred"] is False
    assert postponed["timing"] == "early"
    assert postponed["terms"] == ["harbour bridge"]
    assert 0 < postponed["score"] <= 1
    delay = [f for f in postponed["frames"] if f["role"] == "delay"]
    assert delay and delay[0] == {
        "sentence": 0, "cue": "postpone", "source": "delay", "role": "delay",
        "modality": "realis", "later_round": False, "verdict": "updates",
        "clause": "harbour bridge opening postponed",
    }
    assert records[2]["kind"] == "decision" and records[2]["kind_inferred"] is True


def test_reads_a_feed_over_http(project: Path) -> None:
    def handler(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Type": "application/rss+xml",
                                 "Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    with serve(handler) as base:
        code, out, err = run(project, f"{base}/feed.xml", "--entry", "a1", "--format", "json")
    assert code == 0, err
    assert [r["verdict"] for r in json.loads(out)] == ["confirms"]


@pytest.mark.parametrize(("args", "message"), [
    (["--entry", "nope"], "no entry has the guid or link 'nope'"),
    (["--claim", "nope"], "no valid claim with id 'nope'"),
])
def test_unknown_entry_or_claim_is_a_one_line_error(project: Path, args: list[str],
                                                    message: str) -> None:
    code, out, err = run(project, str(project / "feed.xml"), *args)
    assert code == 1
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_unreadable_source_is_a_one_line_error(project: Path) -> None:
    missing = project / "missing.xml"
    code, out, err = run(project, str(missing))
    assert code == 1
    assert out == ""
    assert str(missing) in err and len(err.strip().splitlines()) == 1


def test_title_explains_one_headline_without_a_feed(project: Path) -> None:
    code, out, err = run(project, "--title", "Harbour bridge opening postponed",
                         "--date", "2030-05-02", "--language", "en")
    assert code == 0, err
    assert out.splitlines()[0] == "entry: Harbour bridge opening postponed"
    assert "  published: 2030-05-02" in out
    assert "'postpone' (delay) -> delay × realis -> updates" in out
    # the summary is read, and the language is guessed when not given
    code, out, err = run(project, "--title", "Portville", "--summary",
                         "Le pont du port a ouvert à la circulation.", "--date", "2030-06-12")
    assert code == 0
    assert "  verdict: confirms" in out
    assert "note: read as 'fr' (guessed); give --language to set it" in err


@pytest.mark.parametrize(("args", "message"), [
    ((), "give either ENTRY_SOURCE (a feed) or --title (one headline)"),
    (("feed.xml", "--title", "x"), "give either ENTRY_SOURCE (a feed) or --title (one headline)"),
    (("feed.xml", "--date", "2030-01-01"),
     "--summary, --date, --language and --feed go with --title"),
])
def test_a_feed_or_a_headline_not_both(project: Path, args: tuple[str, ...],
                                       message: str) -> None:
    code, _, err = run(project, *args)
    assert code != 0
    assert message in err


def test_a_decision_claims_event_is_named() -> None:
    # a decision claim reads its decision words as its event: explain says so
    vote = claim("vell-vote", "Vell's council will approve the Orra bridge plan by 2027.",
                 [group("vell", en=["Vell"]), group("bridge", en=["Orra bridge"])],
                 kind=ClaimKind.DECISION)
    lines = explain(Matcher([vote]), entry("Vell council approves Orra bridge plan", "",
                                           "2026-05-10", "en"), "vell-vote")
    assert "claim vell-vote (decision, stated; event: decided)" in lines
