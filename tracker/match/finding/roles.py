"""Claim names in another role than the subject's (labelling rule 10).

Names in a list of customers or suppliers (or of examples, in a sentence about
trade):

"Halden opens a battery plant; its customers include Corvane, Ostra and Vinmark":
Corvane is named, but the item is not about Corvane. A claim term that follows a
list opener ("including", "such as", "orders from", "dont", "notamment") in its
sentence, or that a Japanese list marker follows in its clause (コルベーンやオストラなど,
…から受注), does not count towards the claim's relevance. A Japanese name marked as the
one who acts (は, が, maybe after a suffix of its own: ケスク社が受注), or in an earlier
clause (鶴瀬造船、…から受注), is no customer.

Japanese implied words attached to another name: 政府 ("the government") implies
Japan in Japanese news, but 韓国政府 is the Korean government. An implied word
right after a kanji or katakana character is part of a longer name and does not
count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Modifier
from tracker.match.text.japanese import SUBJECT_PARTICLES
from tracker.match.text.number_words import is_a_number
from tracker.match.text.view import EntryView

LIST_WINDOW = 6  # tokens after a Latin list opener that still belong to the list
JAPANESE_LIST_WINDOW = 16  # characters before a Japanese list marker
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]")
_NAME_SUFFIX = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]{1,3}")
# right after a Japanese name, it marks the one who acts, not a name in a list
# (鶴瀬造船がLNG船を受注: the yard took the order)


def names_in_other_roles(hits: Sequence[Hit], index: PatternIndex,
                         view: EntryView) -> frozenset[Hit]:
    """Hits that do not count for relevance (see the module docstring)."""
    return listed_names(hits, index, view) | attached_implied(hits, index, view)


def attached_implied(hits: Sequence[Hit], index: PatternIndex,
                     view: EntryView) -> frozenset[Hit]:
    """Japanese implied words that continue another name (韓国政府)."""
    return frozenset(
        h for h in hits
        if h.pid in index.implied_pids and not index.is_latin(h.pid) and h.start > 0
        and _NAME_CHAR.match(view.text[h.start - 1])
    )


def _as_written(view: EntryView, hit: Hit, word: str) -> bool:
    """A Latin list opener written as itself, up to a plural: "customs duty" stems like
    "customers" but opens no list of customers."""
    if not word.isascii():
        return True
    written = view.tokens[hit.first_token].raw
    first = word.split()[0].lower()
    return written.startswith(first.removesuffix("s"))


def listed_names(hits: Sequence[Hit], index: PatternIndex, view: EntryView) -> frozenset[Hit]:
    """The term hits that stand in a list (see the module docstring)."""
    language = view.language
    trade: set[int] = set()  # sentences with a trade verb
    openers: list[Hit] = []
    examples: list[Hit] = []  # "including": a list opener only beside a trade verb
    for h in hits:  # one pass, no set per hit: this runs on every candidate entry
        for m in index.modifiers.get(h.pid, ()):
            if m.latin and m.language != language:
                continue
            if m.kind is Modifier.TRADE_VERB:
                trade.add(h.sentence)
            elif m.kind is Modifier.LIST_INTRO and _as_written(view, h, m.text):
                openers.append(h)
            elif m.kind is Modifier.EXAMPLE_INTRO:
                examples.append(h)
    openers += [h for h in examples if h.sentence in trade]
    if not openers:
        return frozenset()
    # « une commande de cinq catamarans »: a quantity after it is the goods, no list
    openers = [h for h in openers if not (
        index.is_latin(h.pid) and h.last_token + 1 < len(view.tokens)
        and is_a_number(view.tokens[h.last_token + 1].raw, language))]
    if not openers:
        return frozenset()
    listed: set[Hit] = set()
    for hit in hits:
        if hit.pid not in index.term_pids:
            continue
        for opener in openers:
            if opener.sentence != hit.sentence:
                continue
            if index.is_latin(opener.pid):
                if 0 < hit.first_token - opener.last_token <= LIST_WINDOW:
                    listed.add(hit)
            elif (0 <= opener.start - hit.end <= JAPANESE_LIST_WINDOW
                  and view.clause_of(hit.first_token) == view.clause_of(opener.first_token)
                  and not _marked_as_actor(view.text, hit.end)):
                listed.add(hit)
    return frozenset(listed)


def _marked_as_actor(text: str, end: int) -> bool:
    """A Japanese name ending at ``end`` is marked as the one who acts (は, が), maybe
    after a suffix of its own (社, 造船)."""
    suffix = _NAME_SUFFIX.match(text, end)
    after = suffix.end() if suffix is not None else end
    return text[after: after + 1] in SUBJECT_PARTICLES
