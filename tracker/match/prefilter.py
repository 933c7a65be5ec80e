"""A cheap test run before the entry view is built: can this entry name an anchor?

Most news entries are about none of the claims. Building the searchable view
(sentences, tokens, stems) is the matcher's main cost, and for such entries it
ends with no candidate claim. ``AnchorPrefilter`` answers "could the automaton
find an anchor pattern in this entry's view?" from the folded plain text alone.
It may say yes wrongly (the full matcher then finds nothing, as before) but never
says no wrongly, so findings are exactly the same with and without it:

* A pattern's Latin tokens are whole tokens of the view, each the stem of one
  word of the text. The entry's words are found with the same regex and folding
  as ``tokenize``; a word counts when its English or French stem (the only two
  stemmers a view can use) is one of the pattern's tokens. A pattern passes when
  every one of its Latin tokens is counted.
* A pattern with no Latin token passes when each of its other-script tokens
  (never stemmed) occurs in the folded text.

Folding the whole text at once gives the same words as folding sentence by
sentence (sentences split at whitespace or CJK end marks, which folding keeps
as separators). Stems are computed with a private ``Stemmer`` so the matcher's
own token caches see exactly the calls they saw before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import ahocorasick

from tracker.match.normalize import _LATIN_CHARS, Stemmer, fold

_WORD = re.compile(rf"[{_LATIN_CHARS}]+|[^\W_{_LATIN_CHARS}]+")
_LATIN_ONLY = re.compile(rf"[{_LATIN_CHARS}]+")
_HAS_LATIN = re.compile(rf"[{_LATIN_CHARS}]")
_STEM_LANGUAGES = ("en", "fr")  # every other language stems Latin words as English
_MEMO_LIMIT = 200_000  # words remembered per verdict; bounds memory on novel words


class AnchorPrefilter:
    """Built from the anchor patterns (``" tok tok "`` strings) of a ``PatternIndex``."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self._stemmer = Stemmer()
        self._stemmer.CACHE_LIMIT = 0  # words are remembered below, once, as hit or miss
        self._by_norm: dict[str, list[frozenset[str]]] = defaultdict(list)
        other: list[tuple[str, ...]] = []
        self.always = False  # a pattern it cannot reason about: never filter
        latin_sets: list[frozenset[str]] = []
        for pattern in patterns:
            norms = pattern.split()
            latin = [n for n in norms if _LATIN_ONLY.fullmatch(n)]
            if any(n not in latin and _HAS_LATIN.search(n) for n in norms) or not norms:
                self.always = True
            elif latin:
                latin_sets.append(frozenset(latin))
            else:
                other.append(tuple(norms))
        # Each set is filed under its token shared by the fewest patterns (then the
        # longest), so a common word ("programme") wakes few of them.
        sharing: dict[str, int] = defaultdict(int)
        for required in latin_sets:
            for norm in required:
                sharing[norm] += 1
        for required in latin_sets:
            key = min(required, key=lambda n: (sharing[n], n.isdigit(), -len(n), n))
            self._by_norm[key].append(required)
        self._norms = frozenset(n for sets in self._by_norm.values() for s in sets for n in s)
        self._other: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for tokens in other:
            self._other[max(tokens, key=len)].append(tokens)
        self._automaton: ahocorasick.Automaton | None = None
        if self._other:
            self._automaton = ahocorasick.Automaton()
            for key in self._other:
                self._automaton.add_word(key, key)
            self._automaton.make_automaton()
        # word -> those of its stems that are pattern tokens
        self._hit_words: dict[str, tuple[str, ...]] = {}
        self._hit_set: set[str] = set()
        self._miss_words: set[str] = set()

    def may_hit(self, title: str, summary: str) -> bool:
        """False only if no anchor pattern can occur in the view of this text."""
        if self.always:
            return True
        folded = fold(f"{title}\n{summary}")
        if self._automaton is not None and not folded.isascii():
            for _, key in self._automaton.iter(folded):
                if any(all(t in folded for t in tokens) for tokens in self._other[key]):
                    return True
        if not self._by_norm:
            return False
        words = set(_WORD.findall(folded))
        unknown = words - self._hit_set - self._miss_words
        if unknown:
            self._learn(unknown)
        hits = words & self._hit_set
        if not hits:
            return False
        present = {norm for word in hits for norm in self._hit_words[word]}
        return any(
            required <= present for norm in present for required in self._by_norm.get(norm, ())
        )

    def _learn(self, words: set[str]) -> None:
        for word in words:
            if not _LATIN_ONLY.fullmatch(word):
                stems: tuple[str, ...] = ()  # other-script runs are never Latin tokens
            else:
                stems = tuple(
                    stem for stem in {
                        self._stemmer.make_token(word, lang, True).norm
                        for lang in _STEM_LANGUAGES
                    } if stem in self._norms
                )
            if stems:  # few words stem to a pattern token: always remembered
                self._hit_set.add(word)
                self._hit_words[word] = stems
            elif len(self._miss_words) < _MEMO_LIMIT:
                self._miss_words.add(word)
