"""An entry as the matcher reads it: sentences, and one searchable string.

The title is sentence 0; the summary (HTML stripped) is split into sentences after
it. Every sentence is normalised (see ``normalize``) into ``" tok tok … "`` and the
sentences are joined by ``"\\n"``, which no pattern contains, so no match runs across
two sentences. ``token_starts`` maps a position in that string back to a token, and
``sentence_starts`` to a sentence, whose original text is kept for the evidence.

Each sentence is also cut into clauses at punctuation that separates them
(``, ; : ( ) —``, an en dash with a space beside it, the Japanese comma);
``clause_starts`` holds the index of each clause's first token. Cutting changes no
token: punctuation is never one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, count
from operator import add, attrgetter

from tracker.match.text.language_guess import guess_language
from tracker.match.text.normalize import (
    Stemmer,
    Token,
    fold,
    strip_html,
    tokenize_folded,
)
from tracker.match.text.time_words import FRONTING_TIME_WORDS, JAPANESE_DAY_SET_FOR
from tracker.models import Entry

# A sentence ends at . ! ? followed by a space and a capital/digit/quote, or at
# Japanese/full-width end marks. Abbreviations ("U.S.", "Gen.", "Sept.") are kept.
_LATIN_END = re.compile(r"[.!?]+[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9À-ÖØ-Þ])")
_CJK_END = re.compile(r"[。！？]+[」』）)]*")
# Every break starts with one of a few characters, and the pattern starts with them
# so that re skips the other characters quickly; what follows tells the break from
# a plain space or comma.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—、；：（）\s–]"
    # not the comma of "10,000", nor the one between a day and its year ("May 23, 2026")
    r"(?:(?<=,)(?!\d)(?!(?<=\d,)\s(?:1[89]|2\d)\d\d(?!\d))"
    r"|(?<=[;:()\[\]—；：（）])"
    # 、 after a day is no break: 発電所の建設工事が9日、始まった keeps its subject
    r"|(?<=、)(?<!\d日、)(?<![同前翌昨当本先]日、)(?<!が、)(?<!は、)"
    # nor one before only the day a headline's event is set for (選定、10月中旬に)
    rf"(?!{JAPANESE_DAY_SET_FOR})"
    r"|(?<=\s)-\s"
    r"|(?<=\s)–|(?<=–)\s"  # an en dash with a space beside it: not the one of "Lyon–Rome"
    # 開院 予定から, 着工 30年4月開業, 開所 AIが提案 (a headline's parts); 々 (着々), 〆
    # and 〇 are kanji marks outside the kanji block; an object before the space
    # (解除を 漁協が要望) waits for the verb after it
    # ; a headline's last part that is only a noun and its figure (開所　定員600人; not
    # 説明会に150人, with a particle; no date: 着工は4月に) is told of the part before it
    r"|(?<=[\u3005-\u3007\u3040-\u30ff\u4e00-\u9fff]\s)(?<!を\s)\s*"
    r"(?=[\u3005-\u3007\u3040-\u30ff\u4e00-\u9fff0-9A-Za-z])"
    r"(?![\u3005-\u3007\u30a0-\u30ff\u4e00-\u9fff]{1,6}[0-9][0-9.,]*[^\s年月日時]\S{0,2}$))"
)
_NORM = attrgetter("norm")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "gov",
        "sen",
        "rep",
        "st",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "approx",
        "dept",
        "m",
        "mme",
        "mm",
        "mlle",
        "av",
    ]
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain-text paragraph block (lines are already boundaries)."""
    sentences: list[str] = []
    for line in text.split("\n"):
        for piece in _split_cjk(line):
            sentences.extend(_split_latin(piece))
    return [s for s in (s.strip() for s in sentences) if s]


def _split_cjk(line: str) -> list[str]:
    if "。" not in line and "！" not in line and "？" not in line:
        return [line]  # most lines: no end mark to look for
    parts: list[str] = []
    start = 0
    for match in _CJK_END.finditer(line):
        parts.append(line[start : match.end()])
        start = match.end()
    parts.append(line[start:])
    return parts


def _split_latin(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _LATIN_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        # "U.S." / "Gen." / "J." are not sentence ends ("31 %." and "5 €." are)
        if "." in word or (len(word) == 1 and word.isalpha()) or word.lower() in _ABBREVIATIONS:
            continue
        parts.append(text[start : match.end()])
        start = match.end()
    parts.append(text[start:])
    return parts


@dataclass(frozen=True, slots=True)
class EntryView:
    """Searchable form of an entry (see the module docstring)."""

    language: str
    text: str
    sentences: tuple[str, ...]  # original text; index 0 is the title
    sentence_starts: tuple[int, ...]  # offset of each sentence in ``text``
    tokens: tuple[Token, ...]
    token_starts: tuple[int, ...]  # offset of each token in ``text``
    clause_starts: tuple[int, ...] = (0,)  # token index of each clause's first token
    sentence_tokens: tuple[int, ...] = (0,)  # token index of each sentence's first token

    def sentence_at(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position) - 1

    def sentence_span(self, sentence: int) -> tuple[int, int]:
        """First and last token of sentence number ``sentence``."""
        following = self.sentence_tokens[sentence + 1:]
        return self.sentence_tokens[sentence], (
            following[0] if following else len(self.tokens)) - 1

    def clause_of(self, token: int) -> int:
        """Index of the clause holding token number ``token``."""
        return bisect_right(self.clause_starts, token) - 1

    def clause_span(self, clause: int) -> tuple[int, int]:
        """First and last token of clause number ``clause`` (never past its sentence)."""
        first = self.clause_starts[clause]
        following = self.clause_starts[clause + 1:]
        last = (following[0] if following else len(self.tokens)) - 1
        return first, min(last, self.sentence_span(self.sentence_at(self.token_starts[first]))[1])

    def written_at(self, token: int, words: Sequence[str]) -> int | None:
        """The last token of ``words`` (folded, as written) when they start at ``token``."""
        end = token + len(words) - 1
        if not words or end >= len(self.tokens):
            return None
        return end if [t.raw for t in self.tokens[token: end + 1]] == list(words) else None

    def near_tokens(self, first: int, last: int, before: int, after: int) -> list[int]:
        """The tokens up to ``before`` tokens before ``first`` and ``after`` tokens after
        ``last``, in the clause of ``first``."""
        clause = self.clause_of(first)
        near = [*range(max(0, first - before), first),
                *range(last + 1, min(len(self.tokens), last + 1 + after))]
        return [t for t in near if self.clause_of(t) == clause]

    def raw_before(self, token: int) -> str:
        """The folded word just before token ``token`` ("" at the entry's start)."""
        return self.tokens[token - 1].raw if token > 0 else ""

    def raw_after(self, token: int) -> str:
        """The folded word just after token ``token`` ("" at the entry's end)."""
        return self.tokens[token + 1].raw if token + 1 < len(self.tokens) else ""

    def token_at(self, position: int) -> int:
        """Index of the token covering ``position`` (or the one just before it)."""
        return bisect_right(self.token_starts, position) - 1


_TITLE_WORD = re.compile(r"[^\W_]+")


def title_topic_end(view: EntryView) -> int | None:
    """The last token of a Latin title's topic, the words before its colon
    ("Landscapers: gas blower ban takes effect"), or None without such a colon."""
    colon = view.sentences[0].find(":")
    if colon <= 0 or not view.tokens or not view.tokens[0].latin:
        return None
    end = len(_TITLE_WORD.findall(fold(view.sentences[0][:colon]))) - 1
    return end if 0 <= end < view.sentence_span(0)[1] else None


def plain_texts(entry: Entry) -> tuple[str, str]:
    """The entry's title (one line) and summary as plain text."""
    title = " ".join(strip_html(entry.title).split())
    summary = strip_html(entry.summary) if entry.summary else ""
    return title, summary


def _clauses(folded: str) -> list[str]:
    """The folded sentence's clauses; a time word that opens it before a comma dates
    the clause after it, as one clause ("Demain, Akarigawa ouvre …": a preview)."""
    clauses = _CLAUSE_BREAK.split(folded)
    if len(clauses) > 1 and clauses[0] in FRONTING_TIME_WORDS:
        clauses[:2] = [f"{clauses[0]} {clauses[1]}"]
    return clauses


def build_view(entry: Entry, stemmer: Stemmer) -> EntryView:
    """Sentence 0 is the title (even if empty); the summary's sentences follow."""
    title, summary = plain_texts(entry)
    return view_of_texts(title, summary, entry.language, stemmer)


def view_of_texts(title: str, summary: str, declared: str | None, stemmer: Stemmer) -> EntryView:
    """``build_view`` from ``plain_texts`` already computed."""
    sentences = [title, *split_sentences(summary)]
    language = guess_language(f"{title} {summary[:400]}", declared)
    parts: list[str] = []
    sentence_starts: list[int] = []
    tokens: list[Token] = []
    token_starts: list[int] = []
    clause_starts: list[int] = []
    first_tokens: list[int] = []
    position = 0
    for sentence in sentences:
        sentence_starts.append(position)
        first_tokens.append(len(tokens))
        sentence_tokens: list[Token] = []
        for clause in _clauses(fold(sentence)):
            clause_tokens = tokenize_folded(clause, language, stemmer)
            if clause_tokens or not sentence_tokens:
                clause_starts.append(len(tokens) + len(sentence_tokens))
            sentence_tokens += clause_tokens
        norms = list(map(_NORM, sentence_tokens))
        # " tok tok \n": each token starts after the space that ends the one before (the
        # lengths so far, plus a space per token; summed at C speed)
        if norms:
            token_starts += map(add, accumulate(map(len, norms[:-1]), initial=position + 1),
                                count())
            line = " " + " ".join(norms) + " \n"
        else:
            line = " \n"
        position += len(line)
        tokens += sentence_tokens
        parts.append(line)
    return EntryView(
        language,
        "".join(parts),
        tuple(sentences),
        tuple(sentence_starts),
        tuple(tokens),
        tuple(token_starts),
        tuple(clause_starts),
        tuple(first_tokens),
    )
