"""A bill announced is no decision taken: 予算案を発表, « présente le projet de loi ».

For a decision claim, an announcement is most often the decision itself ("the
ministry announces the merger", labelling rule 4). When what is announced is a bill
(the lexicon's ``bill_words``: 予算案, 法案, « projet de loi », a "Bill"), the vote
that passes it is still to come: the announcement is a step toward the decision."""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView

OBJECT_CHARS = 8  # before a Japanese word: its object, as 補正予算案を
OBJECT_WORDS = 4  # after a Latin word: its object, as "the draft budget Bill"


def announces_a_bill(view: EntryView, lexicon: Lexicon, hit: Hit) -> bool:
    """The announcement word's object is a bill."""
    bills = lexicon.bill_words.get(view.language, ())
    if view.language == "ja":
        before = view.text[max(0, hit.start - OBJECT_CHARS): hit.start]
        return any(re.search(rf"{re.escape(b)}\s*を?\s*$", before) for b in bills)
    clause = view.clause_of(hit.last_token)
    last = min(len(view.tokens), hit.last_token + 1 + OBJECT_WORDS)
    following = " ".join(view.tokens[i].raw for i in range(hit.last_token + 1, last)
                         if view.clause_of(i) == clause)
    return any(re.search(rf"(?<!\w){re.escape(fold(b))}(?!\w)", following) for b in bills)
