"""``claims check`` advice: the usual mistakes in claim files that load (warnings that
never fail the check). Claims are invented: a museum reopening, a ministry's funding."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.claims import load_claims
from tracker.claims.advice import advise
from tracker.cli import main
from tracker.models import Claim

HEAD = """\
id = "{id}"
statement = "The Verennes glass museum will reopen to visitors in May 2031."
seed = "sample-seed"
claimed_on = 2030-09-01
{extra}

[source]
language = "en"
text = "The glass museum will reopen in May."
"""

MUSEUM_GROUP = """
[[groups]]
name = "museum"
en = ["Verennes glass museum", "glass museum"]
fr = ["musée du verre de Verennes"]
"""


def write(folder: Path, claim_id: str, extra: str = 'kind = "event"',
          body: str = MUSEUM_GROUP) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{claim_id}.toml"
    path.write_text(HEAD.format(id=claim_id, extra=extra) + body, encoding="utf-8")
    return path


def claims_in(folder: Path) -> list[Claim]:
    loaded = load_claims(folder)
    assert list(loaded.problems) == []
    return list(loaded.claims)


def messages(folder: Path) -> list[str]:
    return [w.message for w in advise(claims_in(folder))]


def test_a_clean_claim_draws_no_advice(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + """
[[groups]]
name = "country"
role = "optional"
entities = ["france"]

[cues.confirms]
en = ["welcomed its first visitors"]
""")
    assert messages(tmp_path / "claims") == []


@pytest.mark.parametrize(("language", "word", "event_class"), [
    ("en", "opened", "occurred"),
    ("en", "postponed", "delay"),
    ("fr", "inauguré", "occurred"),
    ("ja", "延期", "delay"),
])
def test_a_cue_that_repeats_a_general_word(tmp_path: Path, language: str, word: str,
                                           event_class: str) -> None:
    write(tmp_path / "claims", "museum-reopening",
          body=MUSEUM_GROUP + f'\n[cues.confirms]\n{language} = ["{word}", "topped out"]\n')
    assert messages(tmp_path / "claims") == [
        f"'cues.confirms.{language}': cue {word!r} is already a general '{event_class}' "
        "word: drop it unless the claim needs it as a different verdict (a claim's own "
        "cue also takes the word from other claims named nearer to it)"]


def test_no_kind_says_which_kind_was_read(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", extra="")
    found = messages(tmp_path / "claims")
    assert found == ["no 'kind': the statement reads as 'event'; state it "
                     "(kind = \"event\") or the kind you mean (docs/claims.md, 'Kinds')"]


def test_a_group_of_catalogue_names_should_be_entities(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + """
[[groups]]
name = "country"
en = ["France", "French"]
fr = ["France"]

[[groups]]
name = "city"
en = ["Verennes", "France"]
""")
    assert messages(tmp_path / "claims") == [
        'groups[2] (country): every term is a name from the entity catalogue: write '
        'entities = ["france"] instead (every name in en/fr/ja, and implied words such '
        "as a capital)"]


def test_a_cue_that_is_also_a_group_term(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + """
[cues.updates]
en = ["glass museum"]
""")
    assert messages(tmp_path / "claims") == [
        "'cues.updates.en': cue 'glass museum' is also a term of groups[1] (museum): it "
        "would fire on every mention of the subject; keep it in one place"]


def test_expected_by_before_claimed_on(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening",
          extra='kind = "event"\nexpected_by = 2030-05-31')
    assert messages(tmp_path / "claims") == [
        "'expected_by' (2030-05-31) is before 'claimed_on' (2030-09-01): the deadline had "
        "passed when the claim was made"]


def test_short_terms(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + """
[[groups]]
name = "place"
role = "optional"
en = ["vg", "VG", "Verennes"]
ja = ["館", "C館", "ガラス美術館"]
""")
    # "VG" in capitals matches only in capitals: no warning for it
    assert messages(tmp_path / "claims") == [
        "'groups[2].en[1]' 'vg' has 2 characters: it also matches unrelated text; use a "
        "longer name or the entity catalogue; an acronym written in capitals ('VG') "
        "matches only where the text writes it so",
        "'groups[2].ja[1]' '館' has 1 character: it also matches unrelated text; use a "
        "longer name or the entity catalogue",
    ]


def test_claims_check_prints_warnings_and_keeps_its_exit_status(tmp_path: Path) -> None:
    folder = tmp_path / "claims"
    path = write(folder, "museum-reopening", extra="",
                 body=MUSEUM_GROUP + '\n[cues.confirms]\nen = ["opened"]\n')
    runner = CliRunner()
    result = runner.invoke(main, ["claims", "check", "--claims", str(folder)])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{path}: warning: ") for line in lines)
    assert "cue 'opened' is already a general 'occurred' word" in result.stderr
    assert result.stdout.strip() == "1 claim OK, 0 problems, 2 warnings"
    (folder / "broken.toml").write_text("id = [\n", encoding="utf-8")
    result = runner.invoke(main, ["claims", "check", "--claims", str(folder)])
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 claim OK, 1 problem, 2 warnings"


def test_a_claim_named_only_by_shared_names_keeps_its_own_event_words(tmp_path: Path) -> None:
    # the museum is both claims' only required idea: the reopening's cues mark which
    # clauses are its own, so a general word there is needed, a delay's too
    write(tmp_path / "claims", "museum-reopening",
          body=MUSEUM_GROUP + '\n[cues.confirms]\nja = ["開館"]\n'
          '[cues.updates]\nen = ["postponed"]\n')
    write(tmp_path / "claims", "museum-visitors", body=MUSEUM_GROUP)
    shared = ("every required group names what other claims name too ({}): its "
              "[cues.confirms] say which clauses are its own; list its event words there "
              "in en, fr and ja (general words too), its delay and cancel words under "
              "[cues.updates] and [cues.contradicts], or give it a subject of its own "
              "(docs/claims.md, 'Several claims on one project')")
    assert messages(tmp_path / "claims") == [
        shared.format("museum-visitors"), shared.format("museum-reopening")]
    # with its own event words in all three languages and its delay words, it has done
    # what was advised
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + (
        '\n[cues.confirms]\nen = ["welcomed its first visitors"]\n'
        'fr = ["rouvre ses portes"]\nja = ["開館"]\n[cues.updates]\nen = ["postponed"]\n'))
    assert messages(tmp_path / "claims") == [shared.format("museum-reopening")]


def test_a_claim_named_only_by_shared_names_is_told_its_delays_need_cues(
        tmp_path: Path) -> None:
    # its own event words in all three languages, but no delay word: a sibling's
    # optional group made its name shared, and delays would count only through its cues
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP + (
        '\n[cues.confirms]\nen = ["welcomed its first visitors"]\n'
        'fr = ["rouvre ses portes"]\nja = ["開館"]\n'))
    write(tmp_path / "claims", "museum-visitors", body="""
[[groups]]
name = "visitors"
en = ["visitors"]

[[groups]]
name = "museum"
role = "optional"
en = ["glass museum", "Verennes glass museum"]
""")
    warnings = messages(tmp_path / "claims")
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(
        "every required group names what other claims name too (museum-visitors), their "
        "optional groups included: a general word of delay counts for it only")


def test_the_shared_names_warning_counts_the_siblings_it_does_not_name(
        tmp_path: Path) -> None:
    for name in ("museum-a", "museum-b", "museum-c", "museum-d", "museum-e"):
        write(tmp_path / "claims", name, body=MUSEUM_GROUP)
    first = messages(tmp_path / "claims")[0]
    assert "(museum-b, museum-c, museum-d and 1 more)" in first


def test_a_name_another_claim_only_excludes_is_not_shared(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-reopening", body=MUSEUM_GROUP)
    write(tmp_path / "claims", "city-library", body="""
[[groups]]
name = "library"
en = ["Verennes library"]

[[groups]]
name = "not-the-museum"
role = "exclude"
en = ["glass museum"]
""")
    assert messages(tmp_path / "claims") == []


def test_a_cue_inside_a_longer_group_term(tmp_path: Path) -> None:
    """A cue inside a longer term is never read where the term is written (the term
    names the thing): "museum shop" inside "glass museum shop", 移管 inside 民間移管. A
    cue with a gap is read across words and is not checked so."""
    write(tmp_path / "claims", "museum-reopening", body="""
[[groups]]
name = "museum"
en = ["Verennes glass museum", "glass museum shop"]
ja = ["民間移管"]

[cues.confirms]
en = ["museum shop", "museum … reopens"]
ja = ["移管"]
""")
    assert messages(tmp_path / "claims") == [
        "'cues.confirms.en': cue 'museum shop' stands inside a longer term of groups[1] "
        "(museum): where that term is written, the cue is read as part of the name, never "
        "as the claim's own word; reword the cue or the term",
        "'cues.confirms.ja': cue '移管' stands inside a longer term of groups[1] (museum): "
        "where that term is written, the cue is read as part of the name, never as the "
        "claim's own word; reword the cue or the term"]


def test_a_term_in_two_groups(tmp_path: Path) -> None:
    write(tmp_path / "claims", "museum-fee", body=MUSEUM_GROUP + """
[[groups]]
name = "fee"
en = ["entry fee", "glass museum", "Verennes glass museum"]
fr = ["musée du verre de Verennes"]

[[groups]]
name = "other-museums"
role = "exclude"
en = ["glass museum"]
""")
    # an exclude group may repeat a term (it asks for nothing), and a name may stand in
    # two groups ("Verennes glass museum" names the town's museum and its fee's payee;
    # so does « musée du verre de Verennes », lower case as French writes it)
    assert messages(tmp_path / "claims") == [
        "'groups[2].en[2]' 'glass museum' is also in groups[1] (museum): one word then "
        "names both, and the groups no longer ask for two things; keep it in the group of "
        "the thing it names",
    ]
