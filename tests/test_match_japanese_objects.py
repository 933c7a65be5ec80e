"""A name inside the Japanese object of a verb is what is acted on, not who acts
(claim writer of round 57): in "ケルン当局、ヴィル橋の無料化を決定" the bridge, another
claim's subject, stands in the object of 決定 (…の無料化を), so the decision stays the
authority's claim. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

BRIDGE = group("bridge", GroupRole.OPTIONAL, ja=["ヴィル橋"])
VOTE = claim(
    "kern-toll-vote", "The Kern authority will decide to make the Vire bridge toll-free in "
    "March 2026.",
    [group("authority", ja=["ケルン当局"]), group("free", ja=["無料化"]), BRIDGE],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31))
FREE_FROM = claim(
    "vire-toll-free", "Crossing the Vire bridge will be free from 1 July 2026.",
    [group("free", ja=["無料化"]), BRIDGE],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1))
PARKING = claim(
    "vire-parking", "The Vire market car park will become free in 2026.",
    [group("parking", ja=["ヴィル市場駐車場"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31))
OPEN = claim(
    "vire-bridge-open", "The Vire bridge will stay open during its resurfacing in 2026.",
    [group("bridge", ja=["ヴィル橋"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2026, 10, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("ケルン当局、ヴィル橋の無料化を決定", "confirms"),
    # how the verb is done stands between the object and it (claim writer of round 76)
    ("ケルン当局、ヴィル橋の無料化を正式に決定", "confirms"),
    ("ケルン当局、ヴィル橋の無料化を全会一致で決定", "confirms"),
    ("ケルン当局、ヴィル橋の無料化を正式決定", "confirms"),
    # guard: another claim's name that this claim does not share stays its rival
    ("ケルン当局、ヴィル市場駐車場の無料化を決定", "mentions"),
    ("ケルン当局、ヴィル市場駐車場の無料化を正式に決定", "mentions"),
], ids=["object", "adverb-ni", "adverb-de", "kanji-prefix", "guard-not-shared",
        "guard-not-shared-adverb"])
def test_a_shared_name_in_the_object_is_acted_on(title: str, expected: str) -> None:
    check_verdict([VOTE, FREE_FROM, OPEN, PARKING], "kern-toll-vote", expected, title, "",
                  "2026-03-20", "ja")


# A figure inside the object is one word of it: 18.5％値上げの条例案を is no longer an
# object than 値上げの条例案を (claim writer of round 64). The rates are the subject of
# the start claim, which the vote shares.
CITY = group("city", ja=["ケルン"])
RATES = group("rates", ja=["水道料金"])
RATES_VOTE = claim(
    "kern-water-vote", "Kern city council will approve the water rate ordinance, an "
    "average 18.5% rise, on 26 September 2025.",
    [CITY, group("council", ja=["市議会"]), RATES],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 9, 10), expected_from=date(2025, 9, 26),
    expected_by=date(2025, 9, 26))
RATES_START = claim(
    "kern-water-rates-start", "Kern's new water rates will take effect on 1 April 2026.",
    [CITY, RATES], kind=ClaimKind.EVENT, claimed_on=date(2025, 9, 10),
    expected_from=date(2026, 4, 1), expected_by=date(2026, 4, 1))


@pytest.mark.parametrize(("title", "expected"), [
    ("ケルン市議会、水道料金18.5％値上げの条例改正案を可決", "confirms"),
    ("ケルン市議会、水道料金値上げの条例改正案を可決", "confirms"),
], ids=["with-a-figure", "without"])
def test_a_figure_in_the_object_counts_as_one_word(title: str, expected: str) -> None:
    check_verdict([RATES_VOTE, RATES_START], "kern-water-vote", expected, title, "",
                  "2025-09-26", "ja")
