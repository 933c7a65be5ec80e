"""A statement in English with a Japanese name beside it ("(指定介護老人福祉施設)") is
read as English: what its words say (the choosing verb, the place of a state) still
counts. A statement in Japanese stays Japanese (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.language_guess import statement_language
from tracker.models import ClaimKind

STATEMENT = ("Ashiwara prefecture will decide by 31 August 2025 whether to designate "
             "Seiyo no Mori as a long-term care welfare facility{}.")


@pytest.mark.parametrize("aside", ["", " (指定介護老人福祉施設)"])
def test_a_japanese_name_beside_an_english_statement(aside: str) -> None:
    designation = claim(
        "seiyo-designation", STATEMENT.format(aside),
        [group("home", en=["Seiyo no Mori"], ja=["清陽の杜"]),
         group("prefecture", en=["Ashiwara"], ja=["芦原県"])],
        kind=ClaimKind.DECISION, claimed_on=date(2025, 4, 10), expected_by=date(2025, 8, 31))
    item = entry("Ashiwara prefecture designates Seiyo no Mori", "", "2025-08-22", "en")
    assert verdict_for(Matcher([designation]), item, "seiyo-designation") == "confirms"


@pytest.mark.parametrize(("statement", "language"), [
    ("The day centre (デイサービスあおば) will stay in Kamijo until March 2027.", "en"),
    ("Le centre de jour (デイサービスあおば) restera à Kamijo jusqu'en mars 2027.", "fr"),
    ("デイサービスあおばは2027年3月まで上条で営業を続ける。", "ja"),
    ("清陽会はSeiyo no Moriを10月に開所する。", "ja"),
])
def test_the_statements_language(statement: str, language: str) -> None:
    assert statement_language(statement) == language


@pytest.mark.parametrize("title", ["芦原県、清陽の杜を指定", "清陽の杜、介護施設に指定 芦原県"])
def test_japanese_designation_is_the_choice(title: str) -> None:
    """指定 as a verb (を指定, に指定) is a choosing word, as "designate" is."""
    designation = claim(
        "seiyo-designation", STATEMENT.format(""),
        [group("home", en=["Seiyo no Mori"], ja=["清陽の杜"]),
         group("prefecture", en=["Ashiwara"], ja=["芦原県"])],
        kind=ClaimKind.DECISION, claimed_on=date(2025, 4, 10), expected_by=date(2025, 8, 31))
    item = entry(title, "", "2025-08-22", "ja")
    assert verdict_for(Matcher([designation]), item, "seiyo-designation") == "confirms"
