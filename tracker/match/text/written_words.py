"""Words as written, not tokens: "Sarvine-Ormance's first 60-seat assembly" is four
words and eight tokens. A token joined to the one before it by a hyphen or an
apostrophe is part of the same written word."""

from __future__ import annotations

from functools import lru_cache

from tracker.match.text.normalize import WORD_TOKEN, fold
from tracker.match.text.view import EntryView

_JOINERS = frozenset("-'’‐")
_HYPHENS = frozenset("-‐")
_PHRASE_STARTS = frozenset(":;|-–—«\"“‘'(")  # a capital after one starts a phrase
TITLE_CASE_SHARE = 0.6  # of a sentence's longer words capitalised: Title Case


def written_words(view: EntryView, first: int, last: int) -> int:
    """How many written words tokens ``first``..``last`` make (the count of tokens
    when they run past their sentence)."""
    if last < first:
        return 0
    folded, starts, offset, end = _as_written(view, first)
    if last > end or len(starts) != end - offset + 1:
        return last - first + 1  # past the sentence, or tokens made otherwise: tokens
    return sum(1 for token in range(first, last + 1)
               if not (starts[token - offset] > 0
                       and folded[starts[token - offset] - 1] in _JOINERS))


def in_hyphenated_word(view: EntryView, token: int) -> bool:
    """Token ``token`` is part of a word written with a hyphen ("after" in
    "after-school club"): no word of its own."""
    folded, starts, offset, end = _as_written(view, token)
    if len(starts) != end - offset + 1:
        return False
    at = starts[token - offset]
    after = at + len(view.tokens[token].raw)
    return ((at > 0 and folded[at - 1] in _HYPHENS)
            or (after + 1 < len(folded) and folded[after] in _HYPHENS
                and folded[after + 1].isalnum()))


def first_half_of_compound(view: EntryView, token: int) -> bool:
    """Token ``token`` is joined by a hyphen to the word after it: "cross" in
    "cross-country" is the first half of a word, no verb of its own."""
    folded, starts, offset, end = _as_written(view, token)
    if len(starts) != end - offset + 1:
        return False
    after = starts[token - offset] + len(view.tokens[token].raw)
    return (after + 1 < len(folded) and folded[after] in _HYPHENS
            and folded[after + 1].isalnum())


def spaced_only(view: EntryView, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` are written with nothing but spaces between them
    ("60 new signs", not "passes 7,000, club raises")."""
    folded, starts, offset, end = _as_written(view, first)
    if last > end or len(starts) != end - offset + 1:
        return False
    return all(not folded[starts[t - offset] + len(view.tokens[t].raw): starts[t + 1 - offset]]
               .strip() for t in range(first, last))


def within_a_name(view: EntryView, first: int, last: int) -> bool:
    """Every token ``first``..``last`` is ``inside_a_name``: "Falls" in "Corliss
    Falls", not "Court challenge" in "Constitutional Court challenge"."""
    return all(inside_a_name(view, token) for token in range(first, last + 1))


def named_in_the_entry(view: EntryView, first: int, last: int) -> bool:
    """Tokens ``first``..``last``, with the word before them, are written elsewhere in
    the entry as part of a name: a Title Case headline's "Brannock Halt Gets Trains
    Back" when the text says "trains stop at Brannock Halt"."""
    if first == 0 or view.language not in ("en", "fr") or not _in_title_case(view, first):
        return False
    words = [t.raw for t in view.tokens[first - 1: last + 1]]
    size = len(words)
    return any(start != first - 1 and [t.raw for t in view.tokens[start: start + size]] == words
               and within_a_name(view, start + 1, start + size - 1)
               for start in range(len(view.tokens) - size + 1))


def inside_a_name(view: EntryView, token: int) -> bool:
    """Token ``token`` is written capitalised inside its Latin sentence, neither its
    first word nor after a phrase's start, in a sentence not in Title Case: part of a
    name ("Corliss Falls", "Grand Rapids"), no word of an event."""
    if view.language not in ("en", "fr"):
        return False
    folded, starts, offset, end = _as_written(view, token)
    written = view.sentences[view.sentence_at(view.token_starts[token])]
    if len(starts) != end - offset + 1 or token == offset or len(written) != len(folded):
        return False  # tokens made otherwise, or folding moved the letters
    at = starts[token - offset]
    before = written[:at].rstrip()
    joined = written[at - 1] in _HYPHENS  # "Bois-Fermé": one name
    if (not written[at].isupper() or written[at + 1: at + 2].isupper()  # "OKs", "PCC"
            or not before or (before[-1] in _PHRASE_STARTS and not joined)):
        return False
    return not _in_title_case(view, token)


def _in_title_case(view: EntryView, token: int) -> bool:
    """Token ``token``'s Latin sentence is in Title Case: most of its longer words after
    the first are written capitalised."""
    folded, starts, offset, end = _as_written(view, token)
    written = view.sentences[view.sentence_at(view.token_starts[token])]
    if len(starts) != end - offset + 1 or len(written) != len(folded):
        return False  # tokens made otherwise, or folding moved the letters
    longer = [written[start].isupper() for number, start in enumerate(starts[1:], 1)
              if len(view.tokens[offset + number].raw) > 3]
    return sum(longer) > TITLE_CASE_SHARE * len(longer)


def _as_written(view: EntryView, token: int) -> tuple[str, tuple[int, ...], int, int]:
    """The folded sentence of token ``token``, the start of each of its tokens there,
    and the sentence's first and last token."""
    sentence = view.sentence_at(view.token_starts[token])
    folded, starts = _folded_starts(view.sentences[sentence])
    offset, end = view.sentence_span(sentence)
    return folded, starts, offset, end


@lru_cache(maxsize=256)
def _folded_starts(sentence: str) -> tuple[str, tuple[int, ...]]:
    """A sentence folded, with where each of its tokens starts (read once per sentence,
    not once per cue)."""
    folded = fold(sentence)
    return folded, tuple(m.start() for m in WORD_TOKEN.finditer(folded))
