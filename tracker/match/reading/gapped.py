"""Phrases with a gap: "drop … plan", "reach … agreement", "hit … target".

A phrase written with "…" (a lexicon word, or a claim's cue) matches its words before
the gap, then its words after it within ``GAP`` tokens in the same clause: "drops the
Line 4 tram plan", "hit 18,000 season-ticket target". Each part is an ordinary
pattern of the automaton; a match of both becomes one hit of the whole phrase, which
the frames then read like any other word of its class (or cue). A contiguous phrase
("drop the plan") needs every word in order; a gapped one lets the object's own words
stand between.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from tracker.match.finding.lexicon import Lexicon, Modifier
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView
from tracker.match.text.written_words import (
    first_half_of_compound,
    in_hyphenated_word,
    written_words,
)

GAP = 4  # words at most between the two parts
_TOKENS_PER_WORD = 3  # at most, in a gap of written words ("Val-d'Ormance")
GAP_CHARACTERS = 12  # in Japanese, which has no spaces: about four words
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class GappedPhrase:
    pid: int  # the phrase's own pattern id (its class is filed under it)
    head: int  # pattern id of the words before the gap
    tail: int  # pattern id of the words after it
    # a claim's own cue spans any words of its gap ("talks over pay broke down"); a
    # lexicon phrase stops at a preposition ("close higher on the deal": no object)
    own: bool = False


def split_phrase(word: str) -> tuple[str, str] | None:
    """("drop", "plan") for "drop … plan"; None for a phrase without a gap."""
    if ELLIPSIS not in word:
        return None
    head, _, tail = word.partition(ELLIPSIS)
    return (head.strip(), tail.strip()) if head.strip() and tail.strip() else None


def add_phrase(word: str, pattern_of: Callable[[str], tuple[int, bool]],
               new_pid: Callable[[bool], int], phrases: dict[int, list[GappedPhrase]],
               own: bool = False) -> tuple[int, bool] | None:
    """Register a phrase with a gap: its parts' pattern ids (``pattern_of``), and an id
    of its own (``new_pid``, a pattern no text holds) filed under its first part.
    None for a word without a gap."""
    parts = split_phrase(word)
    if parts is None:
        return None
    (head, latin), (tail, _) = pattern_of(parts[0]), pattern_of(parts[1])
    pid = new_pid(latin)
    filed = phrases.setdefault(head, [])
    if GappedPhrase(pid, head, tail, own) not in filed:  # a cue may repeat a lexicon phrase
        filed.append(GappedPhrase(pid, head, tail, own))
    return pid, latin


class HitLike(Protocol):
    """What ``join_parts`` reads of a hit (``index.Hit`` has it)."""

    @property
    def pid(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def first_token(self) -> int: ...
    @property
    def last_token(self) -> int: ...


H = TypeVar("H", bound=HitLike)


_COMMAS = ("、", ",")


def before_a_comma(view: EntryView, head: H) -> bool:
    """The Japanese word is followed by a comma in its sentence as written (the view
    writes a comma and a space alike)."""
    surface = view.text[head.start: head.end]
    written = fold(view.sentences[view.sentence_at(head.start)])
    return any(surface + comma in written for comma in _COMMAS)


@cache
def _gap_stops(openers: tuple[str, ...], breaks: tuple[str, ...]
               ) -> tuple[frozenset[str], frozenset[str]]:
    """The clause openers of one word, as the view writes them (folded), and those
    with the prepositions a lexicon phrase's gap stops at too."""
    one_word = frozenset(fold(w) for w in openers if " " not in w)
    return one_word, one_word | frozenset(breaks)


def _within_gap(view: EntryView, head_last: int, tail_first: int) -> bool:
    """At most ``GAP`` written words between the parts: "elect Sarvine-Ormance's first
    60-seat assembly" has three (and seven tokens)."""
    tokens = tail_first - head_last - 1
    if tokens < 0 or tokens > GAP * _TOKENS_PER_WORD:
        return False
    return tokens <= GAP or written_words(view, head_last + 1, tail_first - 1) <= GAP


def join_parts(view: EntryView, hits: Sequence[H],
               phrases: Mapping[int, Sequence[GappedPhrase]],
               lexicon: Lexicon) -> list[tuple[int, H, H]]:
    """(phrase pid, head hit, tail hit) for each phrase whose tail follows its head
    within ``GAP`` words in the head's clause (the nearest tail), with no word of the
    lexicon's ``gap_breaks`` (a preposition: "close higher on the deal", not a part of a
    hyphenated word: "miss after-school club target") between them unless it is a
    claim's own cue, and no clause opener of one word ("raise ticket
    prices but membership stays") in any; in Japanese, within ``GAP_CHARACTERS``
    characters."""
    joined: list[tuple[int, H, H]] = []
    openers, stops = _gap_stops(lexicon.modifiers[Modifier.CLAUSE_OPENER].get(view.language, ()),
                                lexicon.gap_breaks.get(view.language, ()))
    for head in hits:
        heads_phrases = phrases.get(head.pid, ())
        if not heads_phrases or (view.tokens[head.last_token].latin
                                 and first_half_of_compound(view, head.last_token)):
            continue  # "cross-country … marked" is no "cross … mark"
        for phrase in heads_phrases:
            clause = view.clause_of(head.last_token)
            if view.language == "ja":  # 委員会が条例案を可決: one token, read in characters
                # a head that ends its clause is a headline's topic: 県議会、議案を可決
                # (not before a space, which sets a headline's phrases apart:
                # 花火大会　県警と会議を開催)
                last = head.last_token
                topic = (last + 1 < len(view.tokens)
                         and view.clause_of(last + 1) == clause + 1
                         and head.end == view.token_starts[last] + len(view.tokens[last].norm)
                         and before_a_comma(view, head))
                clauses = (clause, clause + 1) if topic else (clause,)
                tails = [t for t in hits if t.pid == phrase.tail
                         and 0 <= t.start - head.end <= GAP_CHARACTERS
                         and view.clause_of(t.first_token) in clauses]
            else:
                tails = [t for t in hits if t.pid == phrase.tail
                         and _within_gap(view, head.last_token, t.first_token)
                         and view.clause_of(t.first_token) == clause
                         and not any(
                             view.tokens[i].raw in (openers if phrase.own else stops)
                             and not in_hyphenated_word(view, i)
                             for i in range(head.last_token + 1, t.first_token))]
            if tails:
                found = (phrase.pid, head, min(tails, key=lambda t: t.first_token))
                if found not in joined:  # a cue that repeats a lexicon phrase
                    joined.append(found)
    return joined
