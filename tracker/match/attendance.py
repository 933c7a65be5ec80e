"""A Japanese headline may report a meeting with no verb, by its headcount:
説明会に260人, 新庁舎説明会 参加80人 ("260 at the briefing"). For a meeting claim, the
claim's own meeting name (a term holding 会: 説明会, 会議, 協議会) followed at once by a
count of people reports the meeting held; when, the clause's dates still tell."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.index import Hit
from tracker.match.lexicon import EventClass
from tracker.match.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.models import ClaimKind

# A headcount right after a Japanese meeting's name: 説明会に260人, 説明会 参加80人
_MEETING_JA = "会"  # in a meeting's name: 説明会, 会議, 協議会, 集会
_ATTENDANCE_JA = re.compile(r"^(?:に|には|は)?\s?(?:参加者?|出席者?)?\s?(?:約)?\s?[\d,]+\s?人")


def attended_meetings(ctx: SentenceContext, mine: Sequence[Hit]) -> list[Cue]:
    """For a meeting claim, a Japanese headline's meeting named with its headcount
    (説明会に260人, 説明会 参加80人) reports it held, with no verb."""
    if ctx.reading.kind is not ClaimKind.MEETING or ctx.view.language != "ja":
        return []
    text = ctx.view.text
    return [Cue(h, name, EventClass.MET.value, Role.EVENT) for h in mine
            if _MEETING_JA in (name := text[h.start: h.end].strip())
            and _ATTENDANCE_JA.match(text[h.end: h.end + 12].lstrip())]
