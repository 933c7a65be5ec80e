"""An acronym of two or three capitals matches only where the text writes it in
capitals (tracker/match/text/acronyms.py): "AI" is not the French "ai", "US" not "us"."""

from __future__ import annotations

from functools import cache

import pytest
from helpers.invented import claim, entry, group

from tracker.match import Matcher
from tracker.match.text.acronyms import acronym_rules, in_capitals
from tracker.models import ClaimKind, GroupRole


@cache
def matcher() -> Matcher:
    law = claim("velmora-ai-law", "Velmora will bring its AI law into force in 2026.",
                [group("law", en=["AI law", "AI"], fr=["loi sur l'IA", "AI"]),
                 group("city", en=["Velmora"], fr=["Velmora"]),
                 group("partner", GroupRole.OPTIONAL, en=["US"])],
                kind=ClaimKind.EVENT)
    return Matcher([law])


def found(title: str, language: str) -> list[str]:
    findings = matcher().match(entry(title, "", "2026-05-04", language))
    return [term for f in findings for term in f.evidence.terms]


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora : l'AI Act local entre en vigueur", "fr"),
    ("Velmora's AI rules take effect", "en"),
    ("VELMORA: AI LAW TAKES EFFECT", "en"),
], ids=["french-capitals", "english", "all-capitals-title"])
def test_the_acronym_in_capitals_names_the_group(title: str, language: str) -> None:
    assert "AI" in found(title, language)


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora : le maire dit « j'ai signé » le budget du tram", "fr"),
    ("Velmora : « Ai-je le droit ? », demande un élu", "fr"),
], ids=["j-ai", "ai-je"])
def test_the_same_letters_in_lower_case_are_not_the_acronym(title: str, language: str) -> None:
    assert "AI" not in found(title, language)


def test_a_dotted_acronym_is_in_capitals_and_the_pronoun_is_not() -> None:
    assert "US" in found("Velmora and U.S. sign AI law pact", "en")
    assert "US" not in found("Velmora mayor: the AI law helps us", "en")


def test_a_term_written_in_lower_case_or_also_a_cue_keeps_matching_any_case() -> None:
    rules = acronym_rules([(1, "AI"), (2, "ai"), (3, "ROK"), (3, "Rok"), (4, "OPA")], [4])
    assert set(rules) == {1}, "only ids whose every written form is an acronym, not a cue"
    assert in_capitals(rules[1], "ＡＩ規制法が成立")  # full-width capitals (NFKC)
    assert not in_capitals(rules[1], "j'ai dit")
