"""The lemma tables are narrowed from the data files folded whole, once per process
(tracker/match/text/lemmas.py): that must read each line exactly as folding the line
alone would, or a rebuilt table would change what matches."""

from __future__ import annotations

import pytest

from tracker.match.text.lemmas import LEMMA_LANGUAGES, pairs
from tracker.match.text.normalize import fold


@pytest.mark.parametrize("language", LEMMA_LANGUAGES)
def test_the_folded_text_reads_as_each_line_folded(language: str) -> None:
    one_by_one = [(fold(form), fold(lemma)) for form, lemma in pairs(language)]
    assert len(one_by_one) > 1000
    assert list(pairs(language, fold)) == one_by_one
