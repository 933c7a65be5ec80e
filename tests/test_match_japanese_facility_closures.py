"""A Japanese facility closed is written with the facility's own closing word: 閉園 (a
kindergarten, a zoo), 閉校 (a school), 閉館 (a hall), 閉店 (a shop). For a claim that the
facility will close, each is a word of its own event, as 閉鎖 and 廃止 are: a claim
named only by names a sibling shares (the kindergarten, and the centre to open in it)
reads "みなと幼稚園が閉園" as its closure (labelling rule 2) without a cue of its own
for it. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

PLACE = group("place", en=["Brindle"], ja=["ブリンドル"])
KINDERGARTEN = group("kindergarten", en=["Minato kindergarten"], ja=["みなと幼稚園"])
CLOSURE = claim(
    "brindle-kindergarten-closure", "ブリンドル市立みなと幼稚園は2027年3月末で閉園する。",
    [PLACE, KINDERGARTEN], kind=ClaimKind.EVENT, expected_from=date(2027, 3, 31),
    expected_by=date(2027, 3, 31),
    cues={Verdict.UPDATES: {"ja": ("閉園 … 延期",)}},
)
CENTRE = claim(
    "brindle-kodomoen-opening", "ブリンドル市はみなと幼稚園をこども園に改め、2028年4月に開園する。",
    [PLACE, KINDERGARTEN], kind=ClaimKind.EVENT, expected_from=date(2028, 4, 1),
    expected_by=date(2028, 4, 30),
    cues={Verdict.CONFIRMS: {"ja": ("こども園 … 開園",)}},
)


@pytest.mark.parametrize(("title", "claim_id", "expected"), [
    ("ブリンドル市のみなと幼稚園が閉園 最後の園児9人が巣立つ", CLOSURE.id, "confirms"),
    # guard: the centre to open in it is another event
    ("ブリンドル市のみなと幼稚園が閉園 最後の園児9人が巣立つ", CENTRE.id, "mentions"),
], ids=["closure", "guard-sibling"])
def test_a_facility_closed_is_its_closure(title: str, claim_id: str, expected: str) -> None:
    check_verdict([CLOSURE, CENTRE], claim_id, expected, title, "", "2027-03-31", "ja")
