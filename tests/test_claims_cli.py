"""``claimtracker claims check`` and ``claims list``, run through click's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A project folder with claims/ and seeds/ copied from the fixtures."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "claims")
    shutil.copytree(FIXTURES / "seeds", tmp_path / "seeds")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_check_good_folder_exits_zero(project: Path) -> None:
    code, out, err = run("claims", "check", "--claims", str(project / "claims"))
    assert code == 0
    # the fixture claims draw advice (no kind, a cue the lexicon has), never problems
    warnings = err.splitlines()
    assert warnings and all(": warning: " in line for line in warnings)
    noun = "warning" if len(warnings) == 1 else "warnings"
    assert out.strip() == f"2 claims OK, 0 problems, {len(warnings)} {noun}"


def test_check_reports_each_problem_on_stderr_and_exits_one(project: Path) -> None:
    claims = project / "claims"
    (claims / "broken.toml").write_text("id = [\n", encoding="utf-8")
    text = (claims / "second-claim.toml").read_text(encoding="utf-8")
    text = text.replace('name = "thing"', 'name = "thing"\nrole = "x"')
    (claims / "second-claim.toml").write_text(text, encoding="utf-8")
    code, out, err = run("claims", "check", "--claims", str(claims))
    assert code == 1
    lines = [line for line in err.splitlines() if ": warning: " not in line]
    assert len(lines) == 2
    assert lines[0].startswith(f"{claims / 'broken.toml'}: line ")
    assert lines[1].startswith(f"{claims / 'second-claim.toml'}: 'groups[1].role'")
    assert out.strip().startswith("1 claim OK, 2 problems")


def test_check_uses_seeds_beside_the_claims_folder(project: Path) -> None:
    (project / "seeds" / "sample-seed.toml").rename(project / "seeds" / "renamed.toml")
    code, _, err = run("claims", "check", "--claims", str(project / "claims"))
    assert code == 1
    assert "'seed' 'sample-seed' not found" in err
    assert "renamed.toml: 'id' is 'sample-seed'" in err


def test_check_explicit_seeds_folder(project: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty-seeds"
    empty.mkdir()
    code, out, err = run("claims", "check", "--claims", str(project / "claims"),
                         "--seeds", str(empty))
    assert code == 1
    assert err.count("not found: no file") == 2
    assert out.strip() == "0 claims OK, 2 problems"


def test_check_missing_folder(tmp_path: Path) -> None:
    code, out, err = run("claims", "check", "--claims", str(tmp_path / "none"))
    assert code == 1
    assert "claims folder not found" in err
    assert out.strip() == "0 claims OK, 1 problem"


def test_check_defaults_to_claims_beside_config(project: Path) -> None:
    config = project / "config.toml"
    config.write_text("", encoding="utf-8")
    code, out, _ = run("--config", str(config), "claims", "check")
    assert code == 0 and out.strip().startswith("2 claims OK, 0 problems")


def test_list_and_check_follow_the_configs_claims_dir(project: Path) -> None:
    (project / "claims").rename(project / "watch-items")
    config = project / "config.toml"
    config.write_text('[claims]\ndir = "watch-items"\n', encoding="utf-8")
    code, out, _ = run("--config", str(config), "claims", "check")
    assert code == 0 and out.strip().startswith("2 claims OK, 0 problems")
    code, out, _ = run("--config", str(config), "claims", "list")
    assert code == 0 and len(out.strip().splitlines()) == 2


def test_list_text(project: Path) -> None:
    code, out, err = run("claims", "list", "--claims", str(project / "claims"))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "sample-claim  2030-06-30  The harbour bridge will open to traffic in June 2030.",
        "second-claim  -           A second claim with no dates.",
    ]


def test_list_json(project: Path) -> None:
    code, out, _ = run("claims", "list", "--claims", str(project / "claims"), "--format", "json")
    assert code == 0
    items = json.loads(out)
    assert [item["id"] for item in items] == ["sample-claim", "second-claim"]
    assert items[0]["deadline"] == "2030-06-30" and items[1]["deadline"] is None
    assert items[0]["statement"].startswith("The harbour bridge")


def test_list_reports_bad_files_but_lists_good_ones(project: Path) -> None:
    (project / "claims" / "broken.toml").write_text("id = 'broken'\n", encoding="utf-8")
    code, out, err = run("claims", "list", "--claims", str(project / "claims"), "--format", "json")
    assert code == 0
    assert [item["id"] for item in json.loads(out)] == ["sample-claim", "second-claim"]
    assert "broken.toml: missing required key 'statement'" in err
