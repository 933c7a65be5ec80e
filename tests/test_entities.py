"""The shared entity catalogue (tracker/entities): it loads, its ids are unique, every
entity is named in en/fr/ja, implied words and Japanese compounds are derived, claim
files may name entities, and an implied word counts for less than a name."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.claims.loader import read_claim_file
from tracker.entities import load_catalogue
from tracker.entities.catalogue import JAPANESE_PREFIXES, CatalogueError, parse_catalogue
from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

CATALOGUE_TEXT = files("tracker.entities").joinpath("entities.toml").read_text("utf-8")


def test_catalogue_loads_with_the_usual_actors() -> None:
    entities = load_catalogue().entities
    assert {"japan", "united-states", "china", "european-union"} <= set(entities)
    assert entities["japan"].names["en"][0] == "Japan"


def test_ids_are_unique_in_the_file() -> None:
    headers = re.findall(r"^\[([^\]]+)\]\s*$", CATALOGUE_TEXT, flags=re.MULTILINE)
    assert len(headers) == len(set(headers))
    assert set(headers) == set(load_catalogue().entities)


def test_a_repeated_id_is_a_catalogue_error() -> None:
    text = '[atlantis]\nen = ["Atlantis"]\n\n[atlantis]\nen = ["Atlantis again"]\n'
    with pytest.raises(CatalogueError, match=r"test\.toml"):
        parse_catalogue(text, "test.toml")


def test_an_unknown_key_names_entity_and_key() -> None:
    with pytest.raises(CatalogueError, match=r"'atlantis\.de'"):
        parse_catalogue('[atlantis]\nen = ["Atlantis"]\nde = ["Atlantis"]\n', "test.toml")


@pytest.mark.parametrize("entity_id", sorted(load_catalogue().entities))
def test_every_entity_is_named_in_every_language(entity_id: str) -> None:
    entity = load_catalogue().entities[entity_id]
    for language in ("en", "fr", "ja"):
        names = entity.names.get(language, ())
        assert names and all(n.strip() for n in names), f"{entity_id}: no {language} name"


def test_implied_words_are_listed_apart_from_names() -> None:
    names, implied = load_catalogue().names(("japan",))
    assert "Tokyo" in implied["en"] and "東京" in implied["ja"]
    assert "Tokyo" not in names["en"]
    names, implied = load_catalogue().names(("france",))
    assert "Paris" in implied["fr"] and "Paris" not in names["fr"]


def test_japanese_compounds_name_both_partners() -> None:
    catalogue = load_catalogue()
    us_names = catalogue.names(("united-states",))[0]["ja"]
    japan_names = catalogue.names(("japan",))[0]["ja"]
    for compound in ("日米", "米日", "米韓"):
        assert compound in us_names
    for compound in ("対米", "訪米", "在米", "駐米"):
        assert compound in us_names
    assert "日米" in japan_names and "対日" in japan_names and "訪日" in japan_names
    assert "対米" not in japan_names  # "towards the US" does not name Japan
    assert set(JAPANESE_PREFIXES) == {"対", "訪", "在", "駐", "来", "離"}


def test_an_entity_without_abbreviation_has_no_compounds() -> None:
    catalogue = load_catalogue()
    assert catalogue.entities["spain"].abbrev_ja is None
    spain = catalogue.names(("spain",))[0]["ja"]
    assert spain == ("スペイン",)


def test_unknown_ids_are_skipped_by_names() -> None:
    names, _ = load_catalogue().names(("atlantis", "japan"))
    assert "Japan" in names["en"]
    assert "Atlantis" not in names.get("en", ())


CLAIM_FILE = """\
id = "drone-centre"
statement = "Japan and the United States will open a coastal drone centre at Kurosaki."
seed = "invented-seed"
claimed_on = 2026-01-12
expected_by = 2026-09-30
kind = "event"

[source]
language = "en"
text = "The two countries will open a joint coastal drone centre at Kurosaki next year."

[[groups]]
name = "partners"
entities = ENTITIES

[[groups]]
name = "centre"
en = ["coastal drone centre"]
"""


def write_claim(tmp_path: Path, entities: str) -> Path:
    path = tmp_path / "drone-centre.toml"
    path.write_text(CLAIM_FILE.replace("ENTITIES", entities), encoding="utf-8")
    return path


def test_a_claim_file_naming_entities_validates(tmp_path: Path) -> None:
    loaded, problems = read_claim_file(write_claim(tmp_path, '["japan", "united-states"]'))
    assert problems == []
    assert loaded is not None
    assert loaded.groups[0].entities == ("japan", "united-states")
    assert loaded.groups[0].terms == {}
    assert loaded.groups[0].role is GroupRole.REQUIRED


def test_an_unknown_entity_is_one_line_naming_the_key(tmp_path: Path) -> None:
    path = write_claim(tmp_path, '["japan", "atlantis"]')
    loaded, problems = read_claim_file(path)
    assert loaded is None
    assert len(problems) == 1
    message = str(problems[0])
    assert "\n" not in message
    assert message.startswith(str(path))
    assert "groups[1].entities[2]" in message and "atlantis" in message


def test_entities_must_be_a_list_of_strings(tmp_path: Path) -> None:
    loaded, problems = read_claim_file(write_claim(tmp_path, '"japan"'))
    assert loaded is None
    assert any("groups[1].entities" in str(p) for p in problems)
    assert all("\n" not in str(p) for p in problems)


JAPAN = group("japan", entities=["japan"])
CENTRE_GROUP = group("centre", en=["coastal drone centre"], ja=["沿岸ドローンセンター"])
# The order of groups in a claim file carries no meaning: both orders must match alike.
ORDERS = {"entity-group-first": [JAPAN, CENTRE_GROUP], "entity-group-last": [CENTRE_GROUP, JAPAN]}


@cache
def matcher_for(order: str) -> Matcher:
    centre = claim("drone-centre", "Japan will open a coastal drone centre at Kurosaki in 2026.",
                   ORDERS[order], kind=ClaimKind.EVENT)
    return Matcher([centre])


def score_of(order: str, title: str, language: str = "en") -> float | None:
    findings = matcher_for(order).match(entry(title, "", "2026-05-18", language))
    return findings[0].score if findings else None


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_an_implied_word_satisfies_a_required_group_with_a_lower_score(order: str) -> None:
    by_name = score_of(order, "Japan opens coastal drone centre at Kurosaki")
    by_capital = score_of(order, "Tokyo opens coastal drone centre at Kurosaki")
    assert by_name is not None, "the name satisfies the group"
    assert by_capital is not None, "the implied word (Tokyo) satisfies the group"
    assert by_capital < by_name


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_japanese_implied_word_and_a_compound_satisfy_the_group(order: str) -> None:
    by_compound = score_of(order, "日米、沿岸ドローンセンターを開設", "ja")
    by_implied = score_of(order, "政府、沿岸ドローンセンターを開設", "ja")
    assert by_compound is not None, "the compound (日米) names Japan"
    assert by_implied is not None, "the implied word (政府) satisfies the group"
    assert by_implied < by_compound


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_without_name_or_implied_word_the_required_group_fails(order: str) -> None:
    assert score_of(order, "Seoul opens coastal drone centre near Pohang") is None


def test_no_latin_name_is_a_common_word() -> None:
    """Matching ignores case: a name that is also a word ("WHO" is "who", the French
    "EAU" for the Emirates is "eau") would name the entity in every text."""
    from tracker.match.text.language_guess import _ENGLISH_WORDS, _FRENCH_WORDS

    words = _ENGLISH_WORDS | _FRENCH_WORDS | {"who", "eau", "us", "it", "au"}
    for entity in load_catalogue().entities.values():
        for table in (entity.names, entity.implied):
            for language in ("en", "fr"):
                for name in table.get(language, ()):
                    assert name.lower() not in words, f"{entity.id}: {name!r} is a word"


@pytest.mark.parametrize(("entity_id", "compound"), [
    ("brazil", "日伯"), ("mexico", "米墨"), ("portugal", "訪葡"), ("mongolia", "日蒙")])
def test_new_abbreviations_make_compounds(entity_id: str, compound: str) -> None:
    names, _ = load_catalogue().names((entity_id,))
    assert compound in names["ja"]


def test_every_organisation_and_country_has_a_japanese_name_without_latin_only() -> None:
    """Each entity has at least one Japanese name written in Japanese script: a
    Japanese paper does not always write the acronym."""
    for entity in load_catalogue().entities.values():
        assert any(not n.isascii() for n in entity.names["ja"]), entity.id


def test_an_implied_word_in_the_title_makes_it_about_a_group_named_below() -> None:
    """"Floods force Halvor to postpone Vienna trip" / "… called off the visit to
    Austria": Austria is named in the summary, so Vienna in the title used to count for
    nothing, and the title (whose postponement is the news) was not read for the claim."""
    summit = claim(
        "halvor-vienna-summit", "Halvor will hold a first summit in Vienna in April 2027.",
        [group("austria", entities=["austria"]), group("halvor", en=["Halvor"])],
        kind=ClaimKind.MEETING,
    )
    # a sibling shares Halvor, so Austria is the summit's subject
    budget = claim("halvor-budget", "Halvor will pass its 2027 budget by March.",
                   [group("halvor", en=["Halvor"]), group("budget", en=["budget"])],
                   kind=ClaimKind.DECISION)
    item = entry("Floods force Halvor to postpone Vienna trip",
                 "The prime minister called off next week's visit to Austria to oversee "
                 "relief.", "2026-04-03", "en")
    assert verdict_for(Matcher([summit, budget]), item, "halvor-vienna-summit") == "updates"
