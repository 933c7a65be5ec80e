"""Reviews through the CLI: findings list/review/export, claims show/resolve/reopen,
and reviews surviving rematch, claim edits and a matcher version change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.review_project import FEED, dump, write_project
from pytest_httpserver import HTTPServer

from tracker.claims import load_claims
from tracker.cli import main
from tracker.match import Matcher
from tracker.poll.rematching import rematch
from tracker.store import Store


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner(env={"USER": "ana"}).invoke(main, ["--config", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(httpserver: HTTPServer, tmp_path: Path) -> Path:
    httpserver.expect_request("/widgets.xml").respond_with_data(
        FEED, content_type="application/rss+xml")
    config = write_project(tmp_path, httpserver.url_for("/widgets.xml"),
                           extra='[schedule]\ntimezone = "Asia/Tokyo"\n')
    assert run(config, "poll")[0] == 0
    return config


def _findings(config: Path, *args: str) -> list[dict[str, object]]:
    code, out, err = run(config, "findings", "list", "--format", "json", *args)
    assert code == 0, err
    result: list[dict[str, object]] = json.loads(out)
    return result


def _status(config: Path) -> str:
    code, out, _ = run(config, "claims", "show", "widget-command")
    assert code == 0
    return next(line for line in out.splitlines() if line.startswith("status: "))


def test_json_shape_and_review_flow(project: Path) -> None:
    found = _findings(project, "--claim", "widget-command")
    assert len(found) == 3
    first = found[0]
    assert set(first) >= {"id", "claim", "verdict", "score", "review", "entry"}
    assert first["review"] is None
    entry = first["entry"]
    assert isinstance(entry, dict)
    assert set(entry) >= {"id", "link", "title", "published", "source"}
    assert entry["published"] == "2025-03-10T21:00:00+09:00"  # the configured zone
    assert entry["source"] == "Widget wire"
    launch = next(f for f in found if f["verdict"] == "confirms")
    assert _status(project).startswith("status: confirmed")

    code, out, err = run(project, "findings", "review", str(launch["id"]), "reject",
                         "--note", "opinion piece")
    assert code == 0, err
    assert "status: widget-command: confirmed -> updated" in out
    assert _status(project).startswith("status: updated")
    rejected = next(f for f in _findings(project) if f["id"] == launch["id"])
    review = rejected["review"]
    assert isinstance(review, dict)
    assert review["action"] == "reject" and review["by"] == "ana"
    assert review["note"] == "opinion piece" and review["verdict"] is None
    assert len(_findings(project, "--unreviewed")) == 2

    # Re-label the mention into a confirmation: the claim is confirmed again.
    mention = next(f for f in found if f["verdict"] == "mentions")
    code, out, _ = run(project, "findings", "review", str(mention["id"]), "verdict",
                       "confirms", "--by", "bo")
    assert code == 0
    assert "-> confirmed" in out
    code, out, _ = run(project, "claims", "show", "widget-command")
    assert "times in Asia/Tokyo" in out
    assert "reviewed by bo" in out
    assert "verdict confirms by bo" in out


def test_bad_review_arguments_are_one_line_errors(project: Path) -> None:
    code, _, err = run(project, "findings", "review", "9999", "accept")
    assert code == 1 and "finding 9999: no such finding" in err
    fid = str(_findings(project)[0]["id"])
    code, _, err = run(project, "findings", "review", fid, "verdict", "maybe")
    assert code == 1 and "verdict 'maybe': expected one of" in err
    code, _, err = run(project, "findings", "review", fid, "verdict")
    assert code == 2
    code, _, err = run(project, "claims", "resolve", "nope", "confirmed", "--note", "x")
    assert code == 1 and "claim 'nope'" in err
    code, _, err = run(project, "claims", "reopen", "widget-command")
    assert code == 1 and "not resolved by hand" in err


def test_resolve_by_hand_until_reopened(project: Path) -> None:
    code, out, _ = run(project, "claims", "resolve", "widget-command", "contradicted",
                       "--note", "board vote on 2025-03-20")
    assert code == 0
    assert "confirmed -> contradicted" in out
    assert _status(project).startswith("status: contradicted — resolved by hand by ana")
    assert run(project, "rematch")[0] == 0  # a rematch does not undo it
    assert _status(project).startswith("status: contradicted")
    code, out, _ = run(project, "claims", "reopen", "widget-command")
    assert code == 0 and "contradicted -> confirmed" in out


def test_reviews_survive_rematch_claim_edit_and_matcher_upgrade(project: Path) -> None:
    database = project.parent / "data" / "db.sqlite3"
    for f in _findings(project, "--claim", "widget-command"):
        run(project, "findings", "review", str(f["id"]), "accept")
    reviews = dump(database)["reviews"]
    assert len(reviews) == 3
    assert run(project, "rematch")[0] == 0
    claim_file = project.parent / "claims" / "widget-command.toml"
    claim_file.write_text(claim_file.read_text(encoding="utf-8").replace(
        "in March 2025.", "in spring 2025."), encoding="utf-8")
    assert run(project, "rematch")[0] == 0
    claims = load_claims(project.parent / "claims").claims
    with Store.open(database) as store:
        report = rematch(store, Matcher(claims), claims, now=store.reviews()[
            next(iter(store.reviews()))].at, matcher_version="matcher-v999")
        assert report.entries == 3
        assert {v for v, _ in store.match_versions()} == {"matcher-v999"}
    assert dump(database)["reviews"] == reviews  # every row as it was
    assert len(_findings(project, "--unreviewed", "--claim", "widget-command")) == 0


def test_export_is_an_eval_set(project: Path, tmp_path: Path) -> None:
    found = {f["verdict"]: f for f in _findings(project, "--claim", "widget-command")}
    run(project, "findings", "review", str(found["confirms"]["id"]), "reject")
    run(project, "findings", "review", str(found["updates"]["id"]), "accept")
    run(project, "findings", "review", str(found["mentions"]["id"]), "verdict", "confirms")
    out_dir = tmp_path / "labelled"
    code, out, err = run(project, "findings", "export", str(out_dir))
    assert code == 0, err
    assert "3 labelled items in 1 feeds" in out
    gold = [json.loads(line) for line in
            (out_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["labels"] for g in gold] == [
        {}, {"widget-command": "updates"}, {"widget-command": "confirms"}]
    code, out, err = run(project, "eval", "--gold", str(out_dir), "--claims",
                         str(project.parent / "claims"), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert not report["problems"]


def test_claims_status_shows_the_event_date_in_the_configured_zone(project: Path) -> None:
    code, out, _ = run(project, "claims", "status")
    assert code == 0
    assert "EVENT (Asia/Tokyo)" in out.splitlines()[0]
    widget = next(line for line in out.splitlines() if line.startswith("widget-command"))
    # The launch story is dated 2025-03-10 12:00 UTC: 21:00 that day in Tokyo.
    assert "confirmed" in widget and "2025-03-10" in widget
    assert "Acme launches its Widget Command (Widget wire)" in widget


def test_status_and_feeds_list_name_the_zone_of_their_times(project: Path) -> None:
    for args in (("status",), ("feeds", "list")):
        code, out, _ = run(project, *args)
        assert code == 0
        assert "times in Asia/Tokyo" in out, args
        assert "+00:00" not in out and "T" not in "".join(
            line for line in out.splitlines() if "last ok" in line or "fetch:" in line)
