"""An English -ing word joined by a hyphen to the next word modifies it ("naming-rights
income", "closing-time jams"): no verb of any event (round 78: "Naming-rights contracts
brought Yukihara ¥27 million" read as a naming step). Written apart, or as a verb, it
still reads. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

import pytest
from helpers.invented import BRIDGE, TRAM, check_verdict


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("velmora-tram", "Velmora's Line 4 tram: naming-rights income tops £1m", "mentions"),
    ("velmora-bridge", "Closing-time traffic jams worsen on Velmora's Harbour Bridge",
     "mentions"),
    # guards: the same words as verbs
    ("velmora-tram", "Velmora names Line 4 tram after its first driver", "updates"),
    ("velmora-bridge", "Velmora closing Harbour Bridge again for repairs", "updates"),
], ids=["naming-rights", "closing-time", "guard-names", "guard-closing"])
def test_a_gerund_in_a_compound_is_no_verb(claim_id: str, title: str, expected: str) -> None:
    check_verdict([BRIDGE, TRAM], claim_id, expected, title, "", "2026-05-10", "en")
