"""Text normalisation shared by claim terms, cue words and entry text.

Both sides of a match go through the same steps, so a term matches an entry when
their normalised forms meet:

1. NFKC (full-width ``ＰＡＣ－３`` becomes ``PAC-3``; the ideographic space a space),
   then case folding.
2. Latin accents folded (``é`` -> ``e``); kana and kanji are never touched (NFD would
   split ``が`` into ``か`` + a combining mark).
3. Dotted acronyms collapsed (``U.S.`` -> ``us``) and English ``n't`` spelt ``not``.
4. Tokens: runs of Latin letters/digits, and runs of any other script (kanji, kana,
   hangul...). Punctuation separates tokens, so ``PAC-3`` and ``PAC 3`` are alike.
5. Latin tokens are lemmatised where the form is irregular (``held`` -> ``hold``,
   ``met`` -> ``meet``; ``lemmas.py``) and stemmed (Snowball, English or French);
   other-script runs are kept as they are, and Japanese terms later match inside
   them as substrings.

``Token`` keeps the raw (folded, unstemmed) form next to the stem, so rules that
look at inflections (French future tense) can still see them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import cast

import snowballstemmer

from tracker.match.text.language_guess import guess_language
from tracker.match.text.lemmas import (
    LEMMA_LANGUAGES,
    french_participles,
    lemma_table,
    lemmas_of_words,
    lemmas_stemming_to,
)
from tracker.match.text.spelling import american_spellings

STEM_LANGUAGES: tuple[str, ...] = ("en", "fr")
_SNOWBALL_NAMES = {"en": "english", "fr": "french"}

_LATIN_CHARS = "0-9a-z\u00df-\u024f\u1e00-\u1eff"
WORD_TOKEN = re.compile(rf"(?P<latin>[{_LATIN_CHARS}]+)|(?P<other>[^\W_{_LATIN_CHARS}]+)")
_DOTTED_ACRONYM = re.compile(r"\b(?:[a-z]\.){2,}")
# Every dotted acronym contains ".x." (its second letter between dots). This starts
# with a literal, which re scans for quickly; the acronym pattern starts with \b and
# is tried at every position, which made it most of fold's time on ordinary text.
_DOTTED_HINT = re.compile(r"\.[a-z]\.")
_NOT = re.compile(r"n['’]t\b")
_LIGATURES = {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"}
_LATIN_WORD = re.compile(rf"[{_LATIN_CHARS}]+")
_WORD = re.compile(rf"[{_LATIN_CHARS}]+|[^\W_{_LATIN_CHARS}]+")  # ``WORD_TOKEN`` ungrouped
@dataclass(frozen=True, slots=True)
class Token:
    """One token: its folded surface form, its matching form, and its script."""

    raw: str
    norm: str
    latin: bool


def fold(text: str) -> str:
    """NFKC, case folding, Latin accents folded, acronym dots and ``n't`` spelt out."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = text.translate(_ACCENT_TABLE)
    if "." in text and _DOTTED_HINT.search(text):
        text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    return _NOT.sub(" not", text) if "'" in text or "’" in text else text


class _AccentTable(dict[int, str]):
    """``str.translate`` table folding Latin accents, filled on first sight of a char."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if 0x80 <= code < 0x250 or 0x1E00 <= code <= 0x1EFF:
            decomposed = unicodedata.normalize("NFD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c))
            char = _LIGATURES.get(char, folded)
        self[code] = char
        return char


_ACCENT_TABLE = _AccentTable()


_ABLE = ("able", "ables", "ible", "ibles")  # en/fr adjectives of what can be done
_SHORTEST_ABLE = 6  # "tables", "cibles" stay nouns
# Possessives the stemmer folds into their pronoun ("its" -> "it"): "its remaining
# holders" is no "it remains", "their stake" no "they"
_UNSTEMMED = {"en": frozenset({"its"})}


class Stemmer:
    """Snowball stemmers for English and French with a per-instance token cache.

    Stemming is the slowest step (pure Python without PyStemmer); news vocabulary
    repeats a lot, so a cache of finished tokens makes it cheap. Languages other than en/fr use the
    English stemmer for their Latin tokens (names, acronyms), which mostly leaves
    them unchanged.
    """

    CACHE_LIMIT = 200_000  # words per language; bounds memory on endless novel words

    def __init__(self, lemmas: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self._lemma_tables: dict[str, Mapping[str, str]] = dict(lemmas or {})
        self._stemmers = {
            lang: snowballstemmer.stemmer(name) for lang, name in _SNOWBALL_NAMES.items()
        }
        self._tokens: dict[str, dict[str, Token]] = {lang: {} for lang in _SNOWBALL_NAMES}
        self._participles: dict[str, str] = {}  # see ``add_french_participles``
        self._spellings = american_spellings()  # "harbour" is read as "harbor"

    def __getstate__(self) -> dict[str, object]:
        # PyStemmer's C stemmers do not pickle: a worker process makes its own
        state = dict(self.__dict__)
        del state["_stemmers"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._stemmers = {
            lang: snowballstemmer.stemmer(name) for lang, name in _SNOWBALL_NAMES.items()
        }

    def stem(self, word: str, language: str) -> str:
        token = self.tokens(language).get(word) or self.token(word, language)
        return token.norm

    def tokens(self, language: str) -> dict[str, Token]:
        """The token cache for ``language`` (word -> Token); see ``tokenize``."""
        # A language without a stemmer of its own shares the English cache; a
        # known language's cache is its own even while still empty.
        return self._tokens.get(language, self._tokens["en"])

    def make_token(self, word: str, language: str, latin: bool) -> Token:
        lang = language if language in self._stemmers else "en"
        if latin:
            if word[-1] == "s" and word[:-1].isdigit():
                norm = word[:-1]  # "PAC-3s", "F-35s": the plural of a model number
            elif word.isdigit() or word in _UNSTEMMED.get(lang, ()):
                norm = word
            elif len(word) > _SHORTEST_ABLE and word.endswith(_ABLE):
                # "achievable", « réalisable »: what can be done, not the verb done
                norm = word[:-1] if word.endswith("s") else word
            else:
                # English only: French has words of its own spelt so (programme, centre)
                spelt = self._spellings.get(word, word) if lang == "en" else word
                norm = self._stemmers[lang].stemWord(self.lemmas(lang).get(spelt, spelt))
        else:
            norm = word
        token = Token(word, norm, latin)
        cache = self._tokens[lang]
        if len(cache) < self.CACHE_LIMIT:
            cache[word] = token
        return token

    def lemmas(self, language: str) -> Mapping[str, str]:
        """Folded irregular form -> folded lemma for ``language`` (loaded on first use)."""
        table = self._lemma_tables.get(language)
        if table is None:
            table = self._lemma_tables[language] = (
                folded_lemmas(language) if language in LEMMA_LANGUAGES else {})
        return table

    @property
    def lemma_tables(self) -> dict[str, Mapping[str, str]]:
        """The tables in use, by language (to give another stemmer the same)."""
        return {lang: self.lemmas(lang) for lang in LEMMA_LANGUAGES}

    def use_lemmas_of(self, words: set[str]) -> None:
        """Hold only the irregular forms among ``words`` (folded): enough to stem them."""
        for lang in LEMMA_LANGUAGES:
            self._lemma_tables[lang] = lemmas_of_words(lang, words, fold)
            self._tokens[lang].clear()

    def restrict_lemmas(self, stems: frozenset[str]) -> None:
        """Hold only the forms whose lemma stems to one of ``stems``: the others cannot
        take part in a match of patterns made of those stems (``lemmas.py``)."""
        for lang in LEMMA_LANGUAGES:
            self._lemma_tables[lang] = lemmas_stemming_to(
                lang, stems, self._stemmers[lang].stemWord, stem_key, fold)
            self._tokens[lang].clear()
        self._lemma_tables["fr"] = {**self._lemma_tables["fr"], **self._participles}

    def add_french_participles(self, words: Iterable[str]) -> None:
        """Read the participles of the French verbs among ``words`` as those verbs
        (``lemmas.french_participles``), also where the lemma table reads them as a noun
        or an adjective ("entrée", "étudiée"). Call it before stemming any pattern, so
        that patterns and text agree ("attendu" in a pattern is "attendre" too); the
        participles outlive ``restrict_lemmas``."""
        self._participles = french_participles(words, lambda word: self.stem(word, "fr"))
        self._lemma_tables["fr"] = {**self.lemmas("fr"), **self._participles}
        self._tokens["fr"].clear()

    def token(self, word: str, language: str) -> Token:
        """A new token for a word of ``WORD_TOKEN``: Latin when it is a run of Latin
        letters and digits (a run of other letters holds none)."""
        return self.make_token(word, language, bool(_LATIN_WORD.fullmatch(word)))


def folded_lemmas(language: str) -> dict[str, str]:
    """``lemma_table`` folded like entry text."""
    return {fold(form): fold(lemma) for form, lemma in lemma_table(language).items()}


NEW_TAILS = ("le", "ie", "qu", "nt", "e", "i", "y", "u", "t", "x", "l")
"""Every ending a Snowball en/fr stem can have that its word does not have at that
place (longest first; see prefilter.py)."""


def stem_key(norm: str) -> str:
    """What every word whose stem is ``norm`` starts with (see prefilter.py)."""
    for tail in NEW_TAILS:
        if norm.endswith(tail) and len(norm) > len(tail):
            return norm[: -len(tail)]
    return norm



def latin_words(text: str) -> list[str]:
    """The folded Latin words of ``text``, unstemmed."""
    return [latin for latin, _ in WORD_TOKEN.findall(fold(text)) if latin]


def tokenize(text: str, language: str, stemmer: Stemmer) -> list[Token]:
    """Tokens of ``text`` (see the module docstring); ``language`` picks the stemmer."""
    return tokenize_folded(fold(text), language, stemmer)


def tokenize_folded(folded: str, language: str, stemmer: Stemmer) -> list[Token]:
    """``tokenize`` for text that ``fold`` has already seen."""
    # the words as plain strings (no group tuples), looked up at C speed: most are
    # cached; only a new word needs its script, which ``token`` reads from the word
    words = _WORD.findall(folded)
    found = list(map(stemmer.tokens(language).get, words))
    if all(found):  # a Token is always true
        return cast("list[Token]", found)
    return [token or stemmer.token(word, language)
            for token, word in zip(found, words, strict=True)]


def latin_pattern(tokens: list[Token]) -> bool:
    """A pattern read with Latin word windows: all Latin, or with Latin letters. Digits
    beside kana or kanji are Japanese (40人を確保): read with the endings after it."""
    return all(t.latin for t in tokens) or any(t.latin and not t.raw.isdigit() for t in tokens)


def pattern_of(tokens: list[Token]) -> str:
    """The search pattern for a term: stems joined by spaces.

    Latin ends are padded with a space, so they match on word boundaries in a text
    view (which has a space around every token); other-script ends are not, so a
    Japanese term matches inside a longer run of kanji/kana.
    """
    if not tokens:
        return ""
    body = " ".join(t.norm for t in tokens)
    return (" " if tokens[0].latin else "") + body + (" " if tokens[-1].latin else "")


_DEFAULT_STEMMER: Stemmer | None = None


def normalize(text: str, language: str | None = None) -> str:
    """Normalised form of ``text`` as the matcher sees it: tokens joined by spaces.

    ``language`` ("en", "fr", "ja"; None = guess) picks the stemmer. HTML is
    stripped first. Example: ``normalize("Les forces américaines", "fr")`` ->
    ``"le forc americain"``.
    """
    global _DEFAULT_STEMMER  # a cache, not configuration: built once on first use
    if _DEFAULT_STEMMER is None:
        _DEFAULT_STEMMER = Stemmer()
    plain = strip_html(text)
    lang = guess_language(plain, language)
    return " ".join(t.norm for t in tokenize(plain, lang, _DEFAULT_STEMMER))


# A tag, a comment or a character reference: "R&D", "a < b" and "Q&A" are plain text.
_MARKUP = re.compile(r"<[A-Za-z/!?]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


def strip_html(text: str) -> str:
    """Plain text of an HTML fragment; plain text without markup passes through (also
    with a bare "&" or "<": entries from feeds are plain text already)."""
    first = min((at for at in (text.find("<"), text.find("&")) if at >= 0), default=-1)
    if first < 0 or not _MARKUP.search(text, first):
        return text
    from tracker.parse.text import html_to_text  # the parser's stripper, one behaviour

    return html_to_text(text)


@cache
def first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first word of each lexicon phrase, folded as text is (read once per list)."""
    return frozenset(fold(p).split()[0] for p in phrases if p.strip())
