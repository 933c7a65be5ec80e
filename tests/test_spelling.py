"""British and American spellings read alike (tracker/match/text/spelling.py): a claim's
"Harbour Bridge" finds an outlet's "Harbor Bridge", "privatisation" finds
"privatization"; the table is clean data."""

from __future__ import annotations

import re

import pytest
from helpers.invented import BRIDGE, check_verdict

from tracker.match.text.spelling import american_spellings


@pytest.mark.parametrize("title", [
    "Velmora's Harbor Bridge reopens to traffic",
    "Velmora's Harbour Bridge reopens to traffic",
], ids=["american", "british"])
def test_a_claim_term_finds_either_spelling(title: str) -> None:
    check_verdict([BRIDGE], "velmora-bridge", "confirms", title, "", "2026-07-18", "en")


def test_the_table_is_folded_words_that_differ() -> None:
    table = american_spellings()
    assert len(table) > 500
    for british, american in table.items():
        assert re.fullmatch(r"[a-z]+", british) and re.fullmatch(r"[a-z]+", american)
        assert british != american
        assert american not in table, f"{american} is itself rewritten"
