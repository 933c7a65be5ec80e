"""Words someone is quoted saying, in a Japanese headline: 知事「緩和考えず」,
町長「給食費はいただかない」, 「解除を」 観光協会が要望.

Japanese news quotes a speaker's own words in 「」 (in a headline, with the speaker
beside them and no verb of saying). A quote that ends like a predicate still to come
or a particle left open (ない, ず, る, を, へ) is what was said, a pledge or a demand,
not a fact the paper reports: an event word inside it does not report the event done
(labelling rules 8 and 9), though a change it announces is still news of the claim
(``attribution.belongs``). A quote in the past (「…を承認した」) reports what the party
did and is read as usual, as is one that ends in a noun and names something
(「せせらぎ号」, 新薬「タベンザ」).
"""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView

# 「…」 or 『…』 whose last character ends a predicate or leaves a particle open
_SPOKEN = re.compile(r"[「『]([^」』]{2,}?[いずるをへかねよう])[」』]")


def in_quoted_speech(view: EntryView, hit: Hit) -> bool:
    """The Japanese hit stands inside a quote of someone's words in its sentence."""
    if view.language != "ja":
        return False
    sentence = fold(view.sentences[hit.sentence])
    surface = view.text[hit.start: hit.end]
    return any(surface in match.group(1) for match in _SPOKEN.finditer(sentence))
