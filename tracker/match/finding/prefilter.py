"""A cheap test run before the entry view is built: can this entry name an anchor?

Most news entries are about none of the claims. Building the searchable view
(sentences, tokens, stems) is the matcher's main cost, and for such entries it
ends with no candidate claim. ``AnchorPrefilter`` answers "could the automaton
find an anchor pattern in this entry's view?" from the folded plain text alone.
It may say yes wrongly (the full matcher then finds nothing, as before) but never
says no wrongly, so findings are exactly the same with and without it:

* A pattern's Latin tokens are whole tokens of the view, each the stem of one
  word of the text (a word: a maximal run of Latin letters/digits, as in
  ``tokenize``). A word counts when its English or French stem (the only two
  stemmers a view can use) is one of the pattern's tokens. A pattern passes when
  every one of its Latin tokens is counted.
* A pattern with no Latin token passes when each of its other-script tokens
  (never stemmed) occurs in the folded text.

Each pattern is filed under one of its tokens (its *filing token*, chosen to
have a long key). ONE Aho-Corasick pass over the folded text looks for the
*keys* of the filing tokens: the key of a token ``t`` is ``stem_key(t)``, ``t``
without the longest of its endings listed in ``NEW_TAILS``. Only words that
start with a key are stemmed (and remembered); every other word is skipped
unread. A pattern cannot occur unless its filing token is counted; only when
one is, the pattern's other tokens are looked for by their keys (and irregular
forms) anywhere in the folded text: a substring search, which may say yes wrongly
(a key inside a longer word) but never no wrongly. This skips no counted word,
because a word ``w`` whose stem is ``t`` always starts with ``stem_key(t)``:

  Snowball English and French only ever rewrite the *end* of a word: they delete
  suffixes, and replace a suffix by a shorter one that shares its beginning
  except for a few letters; the letters they mark internally (``Y``, ``U``,
  ``I``) are lower-cased back at the end, and the first letter is never touched.
  So ``t`` = a prefix of ``w`` + the new letters of the last replacement, and
  those are few: ``-y`` -> ``-i`` and ``-Y`` -> ``-i``; ``-e`` added after
  ``-at``/``-bl``/``-iz`` or on short words, ``-ational`` -> ``-ate``,
  ``-enci`` -> ``-ence``, ``-bli`` -> ``-ble``, ``-biliti`` -> ``-ble``;
  ``-ence`` -> ``-ent``, ``-amment``/``-emment`` -> ``-ant``/``-ent``,
  ``-euse`` -> ``-eux``, ``-aux`` -> ``-al``, ``-abil`` -> ``-abl``, ``-ic`` ->
  ``-iqu``; the exception list (``dying`` -> ``die``, ``skies`` -> ``sky``).
  ``NEW_TAILS`` lists those new endings; cutting the longest that ``t`` ends
  with leaves a prefix of ``w``. Model numbers (``3s`` -> ``3``) and digits are
  prefixes of their word. tests/test_perf_prefilter.py checks this on every
  word of the lexicon, the claim files and the eval feeds, and on words built
  from every suffix the two stemmers know.

Irregular forms are the one exception: the stem of "held" is "hold" (``lemmas.py``),
and "held" does not start with "hold". For every token, the irregular forms that
lemmatise to it are keys of their own (in the automaton for a filing token), so
they are read too.

So the set of counted words is exactly what splitting the whole text into words
would give (the earlier implementation), at the price of one automaton pass.
Folding the whole text at once gives the same words as folding sentence by
sentence (sentences split at whitespace or CJK end marks, which folding keeps
as separators). Stems are computed with a private ``Stemmer`` so the matcher's
own token caches see exactly the calls they saw before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping

import ahocorasick

from tracker.match.text.normalize import _LATIN_CHARS, Stemmer, fold, stem_key
from tracker.match.text.spelling import american_spellings

_LATIN_ONLY = re.compile(rf"[{_LATIN_CHARS}]+")
_HAS_LATIN = re.compile(rf"[{_LATIN_CHARS}]")
_LATIN_CHAR = _HAS_LATIN
_STEM_LANGUAGES = ("en", "fr")  # every other language stems Latin words as English
_MEMO_LIMIT = 200_000  # words remembered; bounds memory on endless novel words

def _weak_key(norm: str) -> bool:
    """A key of one or two letters starts too many words to be worth looking for."""
    key = stem_key(norm)
    return len(key) < 3 and not key.isdigit()


class AnchorPrefilter:
    """Built from the anchor patterns (``" tok tok "`` strings) of a ``PatternIndex``."""

    def __init__(self, patterns: Iterable[str],
                 lemmas: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self._stemmer = Stemmer(lemmas)  # the matcher's tables: the same stems as its views
        self._stemmer.CACHE_LIMIT = 0  # words are remembered below, once
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
        # Each set is filed under one of its tokens, and only filing tokens go into
        # the automaton: a pattern needs all its tokens, so its filing token must be
        # there first. Avoid a 1-2 letter key ("u" from "U.S." would wake the
        # automaton at most words; short numbers are rare in text and fine), then
        # prefer the token shared by the fewest patterns, so a common word
        # ("programme") wakes few of them.
        sharing: dict[str, int] = defaultdict(int)
        for required in latin_sets:
            for norm in required:
                sharing[norm] += 1
        for required in latin_sets:
            key = min(required, key=lambda n: (_weak_key(n), sharing[n], n.isdigit(), -len(n), n))
            self._by_norm[key].append(required)
        self._norms = frozenset(n for sets in self._by_norm.values() for s in sets for n in s)
        self._filing = frozenset(self._by_norm)
        self._other: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for tokens in other:
            self._other[max(tokens, key=len)].append(tokens)
        # One automaton: word-start keys of the filing tokens (value: the key's
        # length) and the longest run of each other-script pattern (value: the run).
        self._automaton = ahocorasick.Automaton()
        irregular = self._irregular_forms()
        for british in american_spellings():  # "harbour" stems like "harbor"
            for lang in _STEM_LANGUAGES:
                norm = self._stemmer.make_token(british, lang, True).norm
                if norm in self._norms and not british.startswith(stem_key(norm)):
                    irregular.setdefault(norm, []).append(british)
        # what every word stemming to a token contains: its key, or an irregular form
        self._keys_of = {norm: (stem_key(norm), *irregular.get(norm, ())) for norm in self._norms}
        for norm in self._filing:
            for key in self._keys_of[norm]:
                self._automaton.add_word(key, len(key))
        for run in self._other:
            self._automaton.add_word(run, run)
        self._empty = not self._norms and not self._other
        if not self._empty:
            self._automaton.make_automaton()
        # word -> those of its stems that are pattern tokens (often empty)
        self._stems_of: dict[str, tuple[str, ...]] = {}

    def may_hit(self, title: str, summary: str) -> bool:
        """False only if no anchor pattern can occur in the view of this text."""
        if self.always:
            return True
        if self._empty:
            return False
        folded = fold(f"{title}\n{summary}")
        present: set[str] = set()
        seen_starts: set[int] = set()
        for end, found in self._automaton.iter(folded):
            if isinstance(found, str):  # an other-script run
                if any(all(t in folded for t in tokens) for tokens in self._other[found]):
                    return True
                continue
            start = end - found + 1
            if start in seen_starts or (start and _LATIN_CHAR.match(folded, start - 1)):
                continue  # this word was read already, or the key does not start a word
            seen_starts.add(start)
            word = _LATIN_ONLY.match(folded, start).group()  # type: ignore[union-attr]
            present.update(self._stems(word))
        candidates = [required for norm in present & self._filing
                      for required in self._by_norm[norm]]
        if not candidates:
            return False
        # A filing token is there; a pattern's other tokens can occur only where their
        # keys do (a substring search, cheaper than stemming every word of the text)
        return any(all(norm in present or any(key in folded for key in self._keys_of[norm])
                       for norm in required) for required in candidates)

    def _irregular_forms(self) -> dict[str, list[str]]:
        """Stem -> the folded irregular forms that lemmatise to it (see the docstring).

        A form's stem is its lemma's, and the lemma, a regular word, starts with the
        stem's key: only lemmas with a filing token's key as prefix are stemmed."""
        forms: dict[str, list[str]] = defaultdict(list)
        for lang in _STEM_LANGUAGES:
            by_lemma: dict[str, list[str]] = defaultdict(list)
            for form, lemma in self._stemmer.lemmas(lang).items():
                by_lemma[lemma].append(form)
            lemmas = sorted(by_lemma)
            for norm in self._norms:
                key = stem_key(norm)
                at = bisect_left(lemmas, key)
                while at < len(lemmas) and lemmas[at].startswith(key):
                    lemma = lemmas[at]
                    at += 1
                    if self._stemmer.make_token(lemma, lang, True).norm == norm:
                        forms[norm] += [f for f in by_lemma[lemma] if not f.startswith(key)]
        return forms

    def _stems(self, word: str) -> tuple[str, ...]:
        stems = self._stems_of.get(word)
        return self._learn(word) if stems is None else stems

    def _learn(self, word: str) -> tuple[str, ...]:
        stems = {self._stemmer.make_token(word, lang, True).norm for lang in _STEM_LANGUAGES}
        found = tuple(stem for stem in stems if stem in self._norms)
        if len(self._stems_of) < _MEMO_LIMIT:
            self._stems_of[word] = found
        return found
