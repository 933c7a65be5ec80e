"""A Japanese third party (住民, 労組) that is not the one who speaks: the cause of the
act (住民の反対受け, 住民の要望を受けて: ``cause_openers``) or whom it is for (住民への開放,
住民に説明: ``recipient_particles``). に before は or も (住民には不安) makes it the topic:
then it speaks. Likewise a word of opinion that gives the act's cause (反対で中断). In
English or French, a third party right after a word of telling is whom it was told
("…, trust chief tells residents"). A Japanese third party joined by と to another
(市とバス労組が合意, 労組と市が協定を締結: ``joint_particles``) is a party to a
decision, not a commentator on it."""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.view import EntryView

CAUSE_REACH = 10  # characters after a Japanese third party read for 受け (住民の反対受け)
_TOPIC_AFTER = ("は", "も")  # 住民には, 住民にも: the party is the topic
TOLD_REACH = 2  # tokens from a word of telling to whom it tells ("tells angry residents")
_NOUN_BEFORE = re.compile(r"[^\u3040-\u309f、。\s]{0,8}$")  # バス in 市とバス労組: no kana particle


def not_a_speaker(view: EntryView, lexicon: Lexicon, hit: Hit) -> bool:
    """The third party of ``hit`` is the act's cause or its recipient."""
    if view.language != "ja":
        return told_at(view, lexicon, hit.first_token)
    after = view.text[hit.end: hit.end + CAUSE_REACH]
    if any(m in after for m in lexicon.cause_openers.get("ja", ())):
        return True
    return any(after.startswith(p) and after[len(p): len(p) + 1] not in _TOPIC_AFTER
               for p in lexicon.recipient_particles.get("ja", ()))


def told_at(view: EntryView, lexicon: Lexicon, token: int) -> bool:
    """A Latin word of telling ends shortly before ``token``: who is there is told."""
    told = lexicon.meeting_told.get(view.language, ())
    return any(view.tokens[t].raw in told for t in range(max(0, token - TOLD_REACH), token))


def the_cause(view: EntryView, lexicon: Lexicon, hit: Hit) -> bool:
    """A Japanese word of opinion that gives the act's cause (反対で中断, 反対により中止,
    反発を受け): the reason the act was done, not a view of it."""
    if view.language != "ja":
        return False
    openers = lexicon.cause_openers.get("ja", ())
    after = view.text[hit.end: hit.end + CAUSE_REACH].lstrip("をの")
    return any(after.startswith(o) or view.text.startswith(o, hit.start) for o in openers)


def joined_party(view: EntryView, lexicon: Lexicon, hit: Hit) -> bool:
    """A Japanese third party joined by と to another party, after it (労組と市が) or
    before the noun it ends (市とバス労組が): both are parties to the act."""
    if view.language != "ja":
        return False
    joints = lexicon.joint_particles.get("ja", ())
    after = view.text[hit.end: hit.end + 2]
    before = _NOUN_BEFORE.sub("", view.text[max(0, hit.start - 10): hit.start])
    return any(after.startswith(j) or before.endswith(j) for j in joints)
