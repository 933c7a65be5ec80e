"""A claim's own words: a state that is itself a stop ("keep its ban"), an event that
is one ("will shut down its 2G network"); and headline forms found by fresh probes (a
share price's move, a delayed thing that finally happens, a later round called off).
Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

BAN = claim(  # state: a ban that must stay in force
    "nestra-ban", "Nestra will keep its ban on night flights in force through 2027.",
    [group("nestra", en=["Nestra"], fr=["Nestra"]),
     group("flights", en=["night flights", "night-flight"], fr=["vols de nuit"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
SHUTDOWN = claim(  # event: a network shut down by March 2027
    "ferro-2g", "Brightline will shut down its 2G network in Ferro by March 2027.",
    [group("brightline", en=["Brightline"]), group("2g", en=["2G"]),
     group("ferro", en=["Ferro"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)
APPROVAL = claim(  # decision: an agency approves a drug by mid-2027
    "nolex-approval", "The Tarsk medicines agency will approve Nolex by mid-2027.",
    [group("nolex", en=["Nolex"]),
     group("agency", GroupRole.OPTIONAL, en=["Tarsk medicines agency"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)
DECISION = claim(  # decision: a council decides by December 2026
    "ferro-tram", "Ferro council will decide on the tram extension by December 2026.",
    [group("ferro", en=["Ferro"]), group("tram", en=["tram extension"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)
LINK = claim(  # event: a link road opens by the end of 2026
    "ferro-link", "The Ferro link road will open by the end of 2026.",
    [group("link", en=["Ferro link road"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
TALKS = claim(  # meeting: the first talks of two invented states
    "varno-keld-talks", "Varno and Keld will hold their first peace talks in 2026.",
    [group("varno", en=["Varno"]), group("keld", en=["Keld"]),
     group("talks", en=["peace talks"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)
CLAIMS = [BAN, SHUTDOWN, APPROVAL, DECISION, LINK, TALKS]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day"), [
    ("nestra-ban", "contradicts", "Nestra scraps its night-flight ban", "2027-03-01"),
    ("nestra-ban", "contradicts", "Court strikes down Nestra night-flight ban", "2027-03-01"),
    ("nestra-ban", "mentions", "Hoteliers rally behind Nestra night-flight ban", "2027-03-01"),
    # a recommendation is advice, not the party's act (rule 8)
    ("nestra-ban", "mentions", "Citizens' panel recommends keeping Nestra night-flight ban",
     "2027-03-01"),
    ("ferro-2g", "confirms", "Brightline shuts down 2G network in Ferro", "2027-03-02"),
    ("ferro-2g", "contradicts", "Brightline shelves its 2G shutdown in Ferro", "2026-11-02"),
    ("nolex-approval", "confirms", "Tarsk medicines agency approves Nolex; shares jump 18%",
     "2027-05-03"),
    ("ferro-tram", "updates", "Ferro pushes tram extension decision into the new year",
     "2026-12-10"),
    ("ferro-link", "confirms", "Ferro's delayed Ferro link road finally opens to traffic",
     "2027-02-01"),
    ("varno-keld-talks", "updates", "Next round of Varno-Keld peace talks called off",
     "2026-10-09"),
    # an expert panel is a formal body, not a commentator: its recommendation is a step
    ("nolex-approval", "updates", "Expert panel recommends approval of Nolex", "2026-09-30"),
    # not before a year past the deadline: a slip
    ("ferro-link", "updates", "Ferro link road will not be delivered before 2028",
     "2026-06-10"),
    # a question is no report
    ("ferro-2g", "mentions", "Can Brightline shut down 2G in Ferro within six months?",
     "2026-05-14"),
    ("ferro-tram", "updates", "Ferro pushes tram extension decision into new year",
     "2026-12-10"),
])
def test_own_words_and_headline_forms(claim_id: str, expected: str, title: str,
                                      day: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, "en")
