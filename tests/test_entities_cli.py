"""``claimtracker entities list`` and ``entities show``: the shipped catalogue as users see it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tracker.cli import main
from tracker.entities import load_catalogue


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["entities", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_list_text_has_one_line_per_entity_with_its_first_names() -> None:
    code, out, _ = run("list")
    assert code == 0
    lines = out.splitlines()
    catalogue = load_catalogue().entities
    assert [line.split()[0] for line in lines] == sorted(catalogue)
    japan = next(line for line in lines if line.startswith("japan "))
    assert japan.split(None, 1)[1] == "Japan / Japon / 日本"


def test_list_json_gives_names_and_implied_words_per_language() -> None:
    code, out, _ = run("list", "--format", "json")
    assert code == 0
    records = {r["id"]: r for r in json.loads(out)}
    assert set(records) == set(load_catalogue().entities)
    us = records["united-states"]
    assert "United States" in us["names"]["en"]
    assert "États-Unis" in us["names"]["fr"]
    assert "Washington" in us["implied"]["en"]
    assert us["abbrev_ja"] == "米"


def test_show_lists_names_compounds_and_implied_words() -> None:
    code, out, _ = run("show", "japan")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "japan"
    assert "  names (en): Japan, Japanese, Government of Japan" in lines
    compounds = next(line for line in lines if line.startswith("  names (ja compounds): "))
    assert "日米" in compounds and "訪日" in compounds
    assert any(line.startswith("  implied (en): Tokyo") for line in lines)


def test_show_json_and_unknown_id() -> None:
    code, out, _ = run("show", "south-korea", "--format", "json")
    assert code == 0
    record = json.loads(out)
    assert record["id"] == "south-korea"
    assert "Seoul" in record["implied"]["en"]
    assert "日韓" in record["ja_compounds"]
    code, out, err = run("show", "atlantis")
    assert code == 1
    assert out == ""
    assert "no entity 'atlantis' in the catalogue" in err
