"""A meeting told by its crowd: "Packed hall grills mayor over mill turbine",
"Hundreds turn out to debate the plans", « salle comble pour le projet », 会場は満員.
Such news often never names the meeting ("public meeting", « réunion publique »). For
a meeting claim, a crowd word in the title or the lead, in the days from the meeting
to a week after it, stands for the claim's group of meeting names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.match.finding.lexicon import Lexicon
from tracker.match.table import Modality, Role, Timing
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView
from tracker.models import Claim, GroupRole, Verdict

if TYPE_CHECKING:
    from tracker.match.verdict import Judgement

REPORT_DAYS = 7  # days after the meeting in which a weekly still tells it
_LEAD = 1  # the title is sentence 0, the lead sentence 1


def meeting_groups(claim: Claim, lexicon: Lexicon) -> frozenset[str]:
    """The claim's required groups that name a meeting: a term holding one of the
    lexicon's meeting nouns ("public meeting", « réunion publique », 住民説明会)."""
    names = set()
    for group in claim.groups:
        if group.role is not GroupRole.REQUIRED:
            continue
        for language, terms in group.terms.items():
            nouns = lexicon.meeting_nouns.get(language, ())
            if any(_holds(fold(term), noun, language) for term in terms for noun in nouns):
                names.add(group.name)
                break
    return frozenset(names)


def crowd_told(view: EntryView, lexicon: Lexicon) -> int | None:
    """The title or the lead, whichever first tells a crowd that came (``[markers]
    crowd_words``); None when neither does."""
    words = lexicon.crowd_words.get(view.language, ())
    if not words:
        return None
    pattern = _any_of(words, view.language == "ja")
    for n in range(min(_LEAD + 1, len(view.sentences))):
        if pattern.search(fold(view.sentences[n])):
            return n
    return None


@lru_cache(maxsize=8)
def _any_of(words: tuple[str, ...], japanese: bool) -> re.Pattern[str]:
    """One pattern for a language's crowd words, compiled once: it runs on every entry
    when the claims hold a meeting claim."""
    either = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{either})" if japanese else rf"(?<!\w)(?:{either})(?!\w)")


def crowd_came(judgement: Judgement, sentence: int | None, in_days: bool) -> Judgement:
    """A meeting claim's news read as no more than a mention, with a crowd told in its
    days (``sentence``) and no word of the meeting read otherwise ("after packed
    hearing": background): the crowd tells it was held (rule 4)."""
    if (sentence is None or not in_days or judgement.verdict is not Verdict.MENTIONS
            or judgement.timing is not Timing.IN_WINDOW
            or any(judged.frame.role is Role.EVENT
                   and judged.frame.modality is Modality.BACKGROUND
                   for judged in judgement.frames)):
        return judgement
    return replace(judgement, verdict=Verdict.CONFIRMS, sentence=sentence, cues=("crowd",),
                   note="a crowd came: the meeting was held")


def in_its_days(claim: Claim, published: date | None) -> bool:
    """Published from the meeting's first day to a week after its last."""
    start, end = claim.expected_from, claim.expected_by
    if published is None or start is None or end is None:
        return False
    return start <= published <= end + timedelta(days=REPORT_DAYS)


def _holds(text: str, word: str, language: str) -> bool:
    if language == "ja":
        return word in text
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
