"""Every validation rule of claim files gives a one-line problem naming file and key/line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker.claims import load_claim_file, load_claims
from tracker.claims.loader import read_claim_file
from tracker.errors import ClaimError
from tracker.models import GroupRole, Verdict

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
BASE_TEXT = (FIXTURES / "valid" / "sample-claim.toml").read_text(encoding="utf-8")


def write_claim(directory: Path, text: str, name: str = "sample-claim.toml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def edited(old: str, new: str) -> str:
    """The base claim with one exact piece of text replaced (which must exist)."""
    assert old in BASE_TEXT, old
    return BASE_TEXT.replace(old, new, 1)


def problems_for(tmp_path: Path, text: str, name: str = "sample-claim.toml") -> list[str]:
    path = write_claim(tmp_path, text, name)
    claim, problems = read_claim_file(path)
    assert claim is None, "a file with problems must not yield a claim"
    assert problems, "expected at least one problem"
    for problem in problems:
        message = str(problem)
        assert message.startswith(f"{path}: "), message
        assert "\n" not in message
    return [str(p) for p in problems]


def only_problem(tmp_path: Path, text: str, name: str = "sample-claim.toml") -> str:
    problems = problems_for(tmp_path, text, name)
    assert len(problems) == 1, problems
    return problems[0]


# --- the base file is good -------------------------------------------------------------


def test_base_fixture_loads_into_claim_objects(tmp_path: Path) -> None:
    claim = load_claim_file(write_claim(tmp_path, BASE_TEXT))
    assert claim.id == "sample-claim"
    assert claim.source_language == "fr"
    assert claim.expected_by is not None and claim.expected_by.isoformat() == "2030-06-30"
    bridge, city = claim.groups
    assert bridge.role is GroupRole.REQUIRED and city.role is GroupRole.OPTIONAL
    assert city.weight == 0.5 and bridge.weight == 1.0
    assert bridge.terms["ja"] == ("港湾橋",)
    assert set(claim.cues) == {Verdict.CONFIRMS, Verdict.CONTRADICTS}
    assert claim.cues[Verdict.CONFIRMS]["fr"] == ("ouvert", "inauguré")
    assert claim.path == tmp_path / "sample-claim.toml"


def test_role_defaults_to_required_and_cues_are_optional(tmp_path: Path) -> None:
    claim = load_claim_file(FIXTURES / "valid" / "second-claim.toml")
    assert claim.groups[0].role is GroupRole.REQUIRED
    assert claim.cues == {}
    assert claim.expected_from is None and claim.expected_by is None


# --- one test per rule ------------------------------------------------------------------


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = edited('statement = "The harbour', 'statement "The harbour')
    message = only_problem(tmp_path, text)
    assert "line 3" in message and "TOML syntax" in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "sample-claim.toml"
    path.write_bytes(BASE_TEXT.encode("utf-8").replace(b"Portville", b"Portvill\xe9"))
    claim, problems = read_claim_file(path)
    assert claim is None
    assert "not UTF-8" in str(problems[0]) and str(path) in str(problems[0])


def test_unknown_top_level_key(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('tags = ["infrastructure"]',
                                            'tags = ["infrastructure"]\ncolour = "red"'))
    assert "unknown key 'colour'" in message


def test_unknown_key_inside_a_group_is_numbered_from_one(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('weight = 0.5', 'weight = 0.5\ncolour = "red"'))
    assert "unknown key 'groups[2].colour'" in message


def test_unknown_key_inside_source(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('language = "fr"', 'language = "fr"\nauthor = "x"'))
    assert "unknown key 'source.author'" in message


def test_unknown_key_inside_a_cue_table(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('en = ["opened"]', 'en = ["opened"]\nwords = ["x"]'))
    assert "unknown key 'cues.confirms.words'" in message


def test_wrong_type_date_given_as_string(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited("claimed_on = 2029-01-15", 'claimed_on = "2029-01-15"'))
    assert "'claimed_on' must be a date" in message and "got string" in message


def test_wrong_type_datetime_is_not_a_date(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited("expected_by = 2030-06-30",
                                            "expected_by = 2030-06-30T12:00:00"))
    assert "'expected_by' must be a date" in message and "got date-time" in message


def test_wrong_type_float_is_named_as_in_config_messages(tmp_path: Path) -> None:
    source_text = 'text = "Le pont du port ouvrira à la circulation en juin."'
    message = only_problem(tmp_path, edited(source_text, "text = 1.5"))
    assert "'source.text' must be a string, got float" in message


def test_wrong_type_terms_given_as_a_string(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('en = ["Portville"]', 'en = "Portville"'))
    assert "'groups[2].en' must be a list of strings, got string" in message


def test_wrong_type_term_inside_list(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('fr = ["pont du port"]', 'fr = ["pont du port", 3]'))
    assert "'groups[1].fr[2]' must be a string, got integer" in message


def test_wrong_type_weight(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited("weight = 0.5", 'weight = "heavy"'))
    assert "'groups[2].weight' must be a number" in message


def test_weight_must_be_positive(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited("weight = 0.5", "weight = 0"))
    assert "'groups[2].weight' must be greater than 0" in message


def test_wrong_type_source_not_a_table(tmp_path: Path) -> None:
    source_table = BASE_TEXT[BASE_TEXT.index("[source]"):BASE_TEXT.index("[[groups]]")]
    text = edited(source_table, 'source = "the article"\n\n')
    message = only_problem(tmp_path, text)
    assert "'source' must be a table" in message


@pytest.mark.parametrize("key", ["statement", "seed", "claimed_on"])
def test_missing_required_top_level_key(tmp_path: Path, key: str) -> None:
    lines = [line for line in BASE_TEXT.splitlines() if not line.startswith(f"{key} =")]
    message = only_problem(tmp_path, "\n".join(lines))
    assert f"missing required key '{key}'" in message


def test_missing_id(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('id = "sample-claim"\n', ""))
    assert "missing required key 'id'" in message


def test_missing_source_text(tmp_path: Path) -> None:
    message = only_problem(
        tmp_path, edited('text = "Le pont du port ouvrira à la circulation en juin."\n', ""))
    assert "missing required key 'source.text'" in message


def test_missing_group_name(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('name = "city"\n', ""))
    assert "missing required key 'groups[2].name'" in message


def test_empty_statement(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('statement = "The harbour bridge will open to traffic '
                                            'in June 2030."', 'statement = "  "'))
    assert "'statement' must not be empty" in message


@pytest.mark.parametrize("bad_id", ["Sample-Claim", "sample_claim", "sample--claim", "-sample"])
def test_bad_id_format(tmp_path: Path, bad_id: str) -> None:
    problems = problems_for(tmp_path, edited('id = "sample-claim"', f'id = "{bad_id}"'))
    assert any("'id' must be lowercase letters, digits and single '-'" in p and bad_id in p
               for p in problems), problems


def test_id_must_equal_file_stem(tmp_path: Path) -> None:
    message = only_problem(tmp_path, BASE_TEXT, name="other-name.toml")
    assert "'id' is 'sample-claim' but the file is other-name.toml" in message


def test_group_with_no_terms(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('weight = 0.5\nen = ["Portville"]', "weight = 0.5"))
    assert "groups[2] (city) has no terms" in message


def test_group_with_only_empty_term_lists(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('en = ["Portville"]', "en = []"))
    assert "groups[2] (city) has no terms" in message


def test_blank_term(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('en = ["Portville"]', 'en = ["Portville", " "]'))
    assert "'groups[2].en[2]' must not be empty" in message


@pytest.mark.parametrize(("edit", "key"), [
    ('en = ["opened"]', "'cues.confirms.en[2]' ('by … %') matches nothing"),
    ('en = ["Portville"]', "'groups[2].en[2]' ('%') matches nothing"),
], ids=["gapped-cue", "term"])
def test_a_term_or_cue_without_a_word(tmp_path: Path, edit: str, key: str) -> None:
    """"by … %": a part with no letter or digit would match nothing (and once stopped
    the matcher)."""
    added = '"by … %"' if "opened" in edit else '"%"'
    message = only_problem(tmp_path, edited(edit, edit.replace('"]', f'", {added}]')))
    assert key in message


def test_duplicate_group_name(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('name = "city"', 'name = "bridge"'))
    assert "'groups[2].name' 'bridge' is already used by groups[1]" in message


def test_bad_role(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('role = "optional"', 'role = "maybe"'))
    assert "'groups[2].role' must be one of required, optional, exclude, got 'maybe'" in message


def test_no_required_group(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('role = "required"', 'role = "optional"'))
    assert "no group has role 'required'" in message


def test_no_groups_at_all(tmp_path: Path) -> None:
    text = BASE_TEXT[: BASE_TEXT.index("[[groups]]")]
    message = only_problem(tmp_path, text)
    assert "missing required key 'groups'" in message


@pytest.mark.parametrize("code", ["jp", "de", "EN"])
def test_bad_term_language(tmp_path: Path, code: str) -> None:
    message = only_problem(tmp_path, edited('ja = ["港湾橋"]', f'{code} = ["港湾橋"]'))
    assert f"'groups[1].{code}': language '{code}' is not supported" in message
    assert "en, fr, ja" in message


def test_bad_cue_language(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited('ja = ["中止"]', 'de = ["abgesagt"]'))
    assert "'cues.contradicts.de': language 'de' is not supported" in message


@pytest.mark.parametrize("code", ["jp", "french", "FR"])
def test_bad_source_language(tmp_path: Path, code: str) -> None:
    message = only_problem(tmp_path, edited('language = "fr"', f'language = "{code}"'))
    assert "'source.language' must be a two-letter ISO 639-1 language code" in message
    assert repr(code) in message


def test_source_language_may_be_any_iso_code(tmp_path: Path) -> None:
    claim = load_claim_file(write_claim(tmp_path, edited('language = "fr"', 'language = "de"')))
    assert claim.source_language == "de"


@pytest.mark.parametrize("verdict", ["denies", "mentions"])
def test_unknown_cue_verdict(tmp_path: Path, verdict: str) -> None:
    message = only_problem(tmp_path, edited("[cues.contradicts]", f"[cues.{verdict}]"))
    assert f"unknown cue verdict 'cues.{verdict}'" in message
    assert "confirms, updates, contradicts" in message


def test_expected_by_before_expected_from(tmp_path: Path) -> None:
    message = only_problem(tmp_path, edited("expected_by = 2030-06-30", "expected_by = 2030-05-31"))
    assert "'expected_by' (2030-05-31) is before 'expected_from' (2030-06-01)" in message


def test_several_problems_in_one_file_are_all_reported(tmp_path: Path) -> None:
    text = edited('role = "optional"', 'role = "maybe"').replace("claimed_on = 2029-01-15", "")
    problems = problems_for(tmp_path, text)
    assert len(problems) == 2
    assert any("groups[2].role" in p for p in problems)
    assert any("'claimed_on'" in p for p in problems)


def test_load_claim_file_raises_claim_error_naming_file(tmp_path: Path) -> None:
    path = write_claim(tmp_path, edited('role = "optional"', 'role = "maybe"'))
    with pytest.raises(ClaimError) as caught:
        load_claim_file(path)
    assert caught.value.path == str(path)
    assert "groups[2].role" in str(caught.value)


# --- rules across files -----------------------------------------------------------------


def test_duplicate_id_across_files_names_both(tmp_path: Path) -> None:
    first = write_claim(tmp_path, BASE_TEXT)
    (tmp_path / "sub").mkdir()
    second = write_claim(tmp_path / "sub", BASE_TEXT)
    result = load_claims(tmp_path)
    messages = [str(p) for p in result.problems]
    assert messages == [f"{second}: duplicate id 'sample-claim' (also in {first})"]
    assert [c.path for c in result.claims] == [first]


def test_duplicate_id_blames_the_misnamed_file(tmp_path: Path) -> None:
    misnamed = write_claim(tmp_path, BASE_TEXT, name="a-copy.toml")
    proper = write_claim(tmp_path, BASE_TEXT)
    result = load_claims(tmp_path)
    assert all(str(p).startswith(f"{misnamed}: ") for p in result.problems)
    assert any(f"duplicate id 'sample-claim' (also in {proper})" in str(p)
               for p in result.problems)
    assert [c.id for c in result.claims] == ["sample-claim"]


def test_unknown_seed_when_seeds_dir_given(tmp_path: Path) -> None:
    claims_dir = tmp_path / "claims"
    claims_dir.mkdir()
    path = write_claim(claims_dir, BASE_TEXT)
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    result = load_claims(claims_dir, seeds_dir)
    assert [str(p) for p in result.problems] == [
        f"{path}: 'seed' 'sample-seed' not found: no file {seeds_dir / 'sample-seed.toml'}"]
    assert result.claims == ()
    # Without a seeds folder the seed is not checked.
    assert [c.id for c in load_claims(claims_dir).claims] == ["sample-claim"]


def test_known_seed_passes(tmp_path: Path) -> None:
    result = load_claims(FIXTURES / "valid", FIXTURES / "seeds")
    assert result.ok
    assert [c.id for c in result.claims] == ["sample-claim", "second-claim"]


def test_bad_file_does_not_hide_good_ones(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path, dirs_exist_ok=True)
    bad = write_claim(tmp_path, "id = [", name="broken.toml")
    result = load_claims(tmp_path)
    assert [c.id for c in result.claims] == ["sample-claim", "second-claim"]
    assert len(result.problems) == 1 and str(result.problems[0]).startswith(f"{bad}: line 1")


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path, dirs_exist_ok=True)
    (tmp_path / ".trash").mkdir()
    write_claim(tmp_path / ".trash", "not toml at all [", name="old.toml")
    result = load_claims(tmp_path)
    assert result.ok and len(result.claims) == 2


def test_missing_claims_folder_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = load_claims(tmp_path / "nowhere")
    assert result.claims == ()
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'nowhere'}: claims folder not found (or not a folder)"]
