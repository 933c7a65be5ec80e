"""Two readings from round 79's claim writers. A third party right after a word of
telling is whom it was told, not who speaks ("… will stay open, trust chief tells
residents"). A French verb of four letters with a weekday ahead is a preview like a
longer one (« le conseil vote lundi », published the Friday before). Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRENHOLT = group("brenholt", en=["Brenholt"], fr=["Brenholt"])
UNIT = claim(
    "brenholt-unit", "Brenholt General's day-surgery unit will stay open until the end of "
    "2027.",
    [group("unit", en=["day-surgery unit"], fr=["unité de chirurgie ambulatoire"]), BRENHOLT],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 12, 31))
VOTE = claim(
    "brenholt-budget-vote", "Brenholt's council will vote the tram budget on 23 March 2026.",
    [group("budget", en=["tram budget"], fr=["budget du tram"]), BRENHOLT],
    kind=ClaimKind.DECISION, expected_from=date(2026, 3, 23), expected_by=date(2026, 3, 23))


@pytest.mark.parametrize(("title", "expected"), [
    ("Brenholt day-surgery unit will stay open, trust chief tells residents", "confirms"),
    ("Brenholt day-surgery unit will stay open, trust chief tells angry residents",
     "confirms"),
    # guard: the residents say it, a third party's view
    ("Brenholt day-surgery unit will stay open, say residents", "mentions"),
], ids=["tells-residents", "tells-angry-residents", "guard-say-residents"])
def test_whom_it_is_told_is_no_speaker(title: str, expected: str) -> None:
    check_verdict([UNIT, VOTE], "brenholt-unit", expected, title, "", "2026-05-10", "en")


@pytest.mark.parametrize(("title", "published", "expected"), [
    # Friday 20 March 2026: Monday is ahead
    ("Le conseil de Brenholt vote lundi le budget du tram", "2026-03-20", "mentions"),
    # guard: told as done
    ("Le conseil de Brenholt a voté lundi le budget du tram", "2026-03-24", "confirms"),
], ids=["vote-lundi", "guard-a-vote"])
def test_a_short_french_verb_with_a_day_ahead(title: str, published: str,
                                               expected: str) -> None:
    check_verdict([UNIT, VOTE], "brenholt-budget-vote", expected, title, "", published, "fr")
