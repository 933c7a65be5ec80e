"""A title that names the claim only by a name its siblings share is still about the
claim when it holds a word of the claim's own event family ("Castelmar opening pushed
to summer" for a hotel that will open): its event words are read. A title with no such
word is not. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

OPENING = claim(
    "castelmar-hotel-opening", "The Castelmar château hotel will open in spring 2027.",
    [group("castelmar", en=["Castelmar"], fr=["Castelmar"], ja=["カステルマール"]),
     group("hotel", en=["château hotel", "hotel"], fr=["hôtel"], ja=["ホテル"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 10), expected_from=date(2027, 3, 20),
    expected_by=date(2027, 6, 20),
)
PARK = claim(
    "castelmar-park-free", "The Castelmar château park will stay free to the public "
    "until 2034.",
    [group("castelmar", en=["Castelmar"], fr=["Castelmar"], ja=["カステルマール"]),
     group("park", en=["park"], fr=["parc"], ja=["庭園"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 1, 10), expected_by=date(2034, 12, 31),
)
SUMMARY = "The château hotel will now welcome its first guests in early summer 2027."


@pytest.mark.parametrize(("title", "expected"), [
    ("Owner pushes Castelmar opening to early summer 2027", "updates"),
    # a near miss: no word of the opening in the title, and the summary's plan alone
    # is a preview
    ("Owner pushes Castelmar park works to early summer 2027", "mentions"),
], ids=["opening-pushed", "park-works-pushed"])
def test_a_title_with_the_claims_event_word_is_read(title: str, expected: str) -> None:
    check_verdict([OPENING, PARK], "castelmar-hotel-opening", expected, title, SUMMARY,
                  "2026-09-15", "en")


def test_a_french_title_with_the_claims_event_word_is_read() -> None:
    check_verdict([OPENING, PARK], "castelmar-hotel-opening", "updates",
                  "Castelmar : l'ouverture repoussée au début de l'été 2027",
                  "L'hôtel du château accueillera ses premiers clients début juillet 2027.",
                  "2026-09-15", "fr")
