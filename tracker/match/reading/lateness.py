"""A delay word after a length of time: how late a thing came ("opened two months
late"), or news of a delay when the thing is still to come ("will open two months late")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.text.tense import french_future_verb
from tracker.match.text.time_words import SPAN_COUNTS, TIME_UNITS
from tracker.match.text.view import EntryView

DURATION_WINDOW = 3  # tokens before a delay word that may hold "two months"
_JAPANESE_DURATION = re.compile(
    r"[\d一二三四五六七八九十数]+\s?(?:カ月|か月|ヶ月|ヵ月|年|週間|日)(?:から)?$")


def after_duration(view: EntryView, hit: Hit, named: frozenset[int] = frozenset(),
                   late_nouns: Sequence[str] = ()) -> bool:
    """A length of time just before the word ("2カ月遅れ", "three months' delay"), not
    one inside a claim's term ("the four-day week postponed"). In Japanese, only before
    a word of lateness (``late_nouns``): 1年延期 puts the event off by a year."""
    if view.language == "ja":  # 2カ月遅れ: how late; 1年延期 puts it off by a year
        return (bool(_JAPANESE_DURATION.search(view.text[max(0, hit.start - 8): hit.start]))
                and view.text[hit.start: hit.end] in late_nouns)
    start = max(0, hit.first_token - DURATION_WINDOW)
    before = [t.raw for t in view.tokens[start: hit.first_token]]
    return any(word in TIME_UNITS and i > 0 and start + i not in named
               and (before[i - 1].isdigit() or before[i - 1] in SPAN_COUNTS)
               for i, word in enumerate(before))


def will_come_late(view: EntryView, index: PatternIndex, hit: Hit,
                   sentence: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A future verb before the delay word, in its clause or the one before ("will open
    a month later than planned", « ouvrira | avec un mois de retard »): the thing is still
    to come, so how late it will be is news of a delay. Latin text only."""
    if view.language == "ja":
        return False
    clause = view.clause_of(hit.first_token)
    first = max(view.sentence_tokens[hit.sentence], view.clause_starts[max(0, clause - 1)])
    if any(m.kind is Modifier.FUTURE_AFTER and m.latin
           and first <= h.first_token and h.last_token < hit.first_token for h, m in sentence):
        return True
    forms = index.lexicon.future_forms.get(view.language, ())
    before = view.tokens[first: hit.first_token]
    return any(t.raw in forms for t in before) or (
        view.language == "fr" and any(french_future_verb(t.raw) for t in before))
