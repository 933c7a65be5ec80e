"""One Aho–Corasick automaton over every term, cue and modifier of every claim.

Each distinct normalised pattern gets an id; the automaton maps the pattern to it.
What an id means lives in plain dicts:

- ``anchors[pid]``: the claims for which this pattern names their *anchor* group
  (their rarest required group). Only those claims become candidates for an entry,
  so work per entry grows with what the entry mentions, not the number of claims.
- each ``CompiledClaim`` knows which pattern ids make up each of its groups and
  its own cues; a candidate is checked by intersecting those with the entry's hits.
- ``classes`` / ``modifiers``: the lexicon's words ("drop … plan": ``gapped.py``).

Latin terms are registered stemmed both as English and as French: an English name
in a French text (or the reverse) still matches.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from tracker.entities import load_catalogue
from tracker.match.finding.bill_names import term_variants
from tracker.match.finding.lexicon import EventClass, Lexicon, load_lexicon
from tracker.match.finding.pattern_words import pattern_words
from tracker.match.finding.refs import ClassRef, CueRef, ModifierRef
from tracker.match.reading.gapped import GappedPhrase, add_phrase, join_parts, split_phrase
from tracker.match.text import normalize
from tracker.match.text.acronyms import acronym_rules, in_capitals, written_terms
from tracker.match.text.compounds import cue_forms
from tracker.match.text.katakana import inside_run, read_whole, whole_katakana_terms
from tracker.match.text.normalize import STEM_LANGUAGES, Stemmer, pattern_of, tokenize
from tracker.match.text.view import EntryView
from tracker.models import Claim, GroupRole, Verdict

SUBJECT_RARITY_SLACK = 1.25
"""Required groups at most this much more shared than the rarest are subject groups too."""


@dataclass(frozen=True, slots=True)
class CompiledGroup:
    name: str
    role: GroupRole
    weight: float
    terms: Mapping[int, str]  # pattern id -> the term as written (claim file or catalogue)
    pids: frozenset[int]  # the group's names
    implied: frozenset[int] = frozenset()  # catalogue words that imply it ("Tokyo")


@dataclass(frozen=True, slots=True)
class CompiledClaim:
    claim: Claim
    groups: tuple[CompiledGroup, ...]
    cues: Mapping[int, tuple[CueRef, ...]]
    core: frozenset[int] = frozenset()  # positions in ``groups`` of the subject groups
    subject_pids: frozenset[int] = frozenset()  # the names of the subject groups
    term_pids: frozenset[int] = frozenset()  # every pattern of its groups, implied words too


class Hit(NamedTuple):
    """One pattern found in an entry view: character span and token span."""
    pid: int
    start: int  # first character of the first token
    end: int  # one past the last character of the last token
    first_token: int
    last_token: int
    sentence: int


_NO_PIDS: frozenset[int] = frozenset()
"""One empty set for every group without implied words (each frozenset() is an object)."""


class PatternIndex:
    """Built once from the claims; ``scan`` finds every pattern in one pass."""

    def __init__(self, claims: Sequence[Claim], stemmer: Stemmer,
                 lexicon: Lexicon | None = None) -> None:
        self._stemmer = stemmer
        self.lexicon = lexicon or load_lexicon()
        self._catalogue = load_catalogue()
        words = pattern_words(claims, self._catalogue, self.lexicon)
        stemmer.use_lemmas_of(words)
        stemmer.add_french_participles(words)
        self._ids: dict[str, int] = {}
        self._patterns: list[str] = []
        self._latin: list[bool] = []
        self.classes: dict[int, list[ClassRef]] = defaultdict(list)
        self.modifiers: dict[int, list[ModifierRef]] = defaultdict(list)
        self._gapped: dict[int, list[GappedPhrase]] = {}  # "drop … plan" (gapped.py)
        self.claims: tuple[CompiledClaim, ...] = tuple(self._compile(c) for c in claims)
        self._sharing_cache = self._sharing()
        self._runners_up: dict[int, tuple[str, CompiledGroup]] = {}  # anchor, next rarest
        self.anchors: dict[int, tuple[int, ...]] = self._choose_anchors()
        self._shared: dict[frozenset[int], frozenset[int]] = {}
        self.claims = tuple(self._with_core(cc) for cc in self.claims)
        del self._sharing_cache, self._shared  # needed only while building
        self.term_pids: frozenset[int] = frozenset(
            pid for cc in self.claims for g in cc.groups for pid in g.pids | g.implied
        )
        self.implied_pids: frozenset[int] = frozenset(
            pid for cc in self.claims for g in cc.groups for pid in g.implied)
        self.multiword_term_pids: frozenset[int] = frozenset(
            pid for pid in self.term_pids if len(self._patterns[pid].split()) > 1)
        self._add_lexicon()
        self._class_word_pids: dict[tuple[EventClass, str], dict[str, set[int]]] = {}
        self._katakana = read_whole(self._patterns, {  # catalogue names, short terms
            pattern_of(tokenize(w, "ja", stemmer))
            for w in (*self._catalogue.japanese_words(), *whole_katakana_terms(claims))})
        self._acronyms = acronym_rules(  # "AI" is not the French "ai"
            written_terms(g.terms for cc in self.claims for g in cc.groups),
            [*self.classes, *self.modifiers, *(p for cc in self.claims for p in cc.cues)])
        stemmer.restrict_lemmas(self.latin_tokens())
        self._automaton = ahocorasick.Automaton()
        for pattern, pid in self._ids.items():
            self._automaton.add_word(pattern, pid)
        self._empty = not self._ids
        if not self._empty:
            self._automaton.make_automaton()
        del self._ids  # the automaton holds them now (memory per process)
        # where a found pattern's first token starts, back from its last character, and
        # whether a space pads its end (read per occurrence)
        self._edges = [(len(p) - 1 - (p[0] == " "), int(p[-1] == " ")) for p in self._patterns]

    def _pid(self, pattern: str, latin: bool) -> int:
        pid = self._ids.get(pattern)
        if pid is None:
            pid = self._ids[pattern] = len(self._patterns)
            self._patterns.append(pattern)
            self._latin.append(latin)
        return pid

    def _patterns_for(self, text: str, languages: Sequence[str]) -> list[tuple[int, bool]]:
        found: dict[int, bool] = {}
        for lang in languages:
            tokens = tokenize(text, lang, self._stemmer)
            pattern = pattern_of(tokens)
            if pattern.strip():
                latin = normalize.latin_pattern(tokens)  # 40人を確保 is Japanese
                found[self._pid(pattern, latin)] = latin
        return list(found.items())

    def _compile(self, claim: Claim) -> CompiledClaim:
        groups: list[CompiledGroup] = []
        for group in claim.groups:
            names, implied_words = self._catalogue.names(group.entities)
            terms: dict[int, str] = {}
            for table in (group.terms, names):
                for lang in sorted(table):
                    for term in table[lang]:
                        for form in term_variants(term, lang, self.lexicon):
                            for pid, _ in self._patterns_for(form, STEM_LANGUAGES):
                                terms.setdefault(pid, term)
            implied: dict[int, str] = {}
            for lang in sorted(implied_words):
                for word in implied_words[lang]:
                    for pid, _ in self._patterns_for(word, STEM_LANGUAGES):
                        if pid not in terms:
                            implied.setdefault(pid, word)
            groups.append(
                CompiledGroup(group.name, group.role, group.weight, {**terms, **implied},
                              frozenset(terms), frozenset(implied) if implied else _NO_PIDS)
            )
        cues: dict[int, list[CueRef]] = defaultdict(list)
        for verdict, by_lang in claim.cues.items():
            for lang, words in by_lang.items():
                for word in words:
                    for pid, latin in self._class_patterns(word, lang, own=True):
                        cues[pid].append(CueRef(Verdict(verdict), word, lang, latin))
        return CompiledClaim(claim, tuple(groups), {pid: tuple(refs) for pid, refs in cues.items()})

    def _sharing(self) -> dict[int, int]:
        """How many claims list each pattern in a required group."""
        sharing: dict[int, int] = defaultdict(int)
        for cc in self.claims:
            for group in cc.groups:
                if group.role is GroupRole.REQUIRED:
                    for pid in group.pids:
                        sharing[pid] += 1
        return sharing

    def _with_core(self, claim: CompiledClaim) -> CompiledClaim:
        """The subject groups: the required groups least shared with other claims.

        A sentence is about the claim when it names one of them; a generic
        required idea ("Japan") alone does not make a sentence about the claim.
        """
        sharing = self._sharing_cache
        rarity = {
            i: sum(sharing[p] for p in g.pids) / len(g.pids)
            for i, g in enumerate(claim.groups)
            if g.role is GroupRole.REQUIRED and g.pids
        }
        if not rarity:
            core = frozenset(
                i for i, g in enumerate(claim.groups) if g.role is not GroupRole.EXCLUDE
            )
        else:
            lowest = min(rarity.values())
            slack = lowest * SUBJECT_RARITY_SLACK
            core = frozenset(i for i, r in rarity.items() if r <= slack)
        # Equal sets are shared, not repeated per claim (memory per process)
        core = self._shared.setdefault(core, core)
        subject = (claim.groups[next(iter(core))].pids if len(core) == 1
                   else frozenset(pid for i in core for pid in claim.groups[i].pids))
        terms = frozenset(pid for g in claim.groups for pid in g.pids | g.implied)
        return CompiledClaim(claim.claim, claim.groups, claim.cues, core, subject, terms)

    def _rarity(self, group: CompiledGroup) -> float:
        """How many claims share the group's patterns, on average: the lower, the rarer."""
        return sum(self._sharing_cache[p] for p in group.pids) / len(group.pids)

    def anchor_beside(self, counted: Mapping[int, frozenset[str]]) -> None:
        """For each claim number whose anchor is one of the groups ``counted`` names (a
        target's things, which a title with the target's figure may leave out:
        ``Matcher._left_out``), its next rarest required group anchors it too. Call
        once, before the prefilter reads ``anchor_patterns``."""
        for number, groups in counted.items():
            anchor, beside = self._runners_up.get(number, ("", None))
            if beside is not None and anchor in groups:
                for pid in beside.pids | beside.implied:
                    self.anchors[pid] = (*self.anchors.get(pid, ()), number)
        self._runners_up = {}  # needed only while building

    def _choose_anchors(self) -> dict[int, tuple[int, ...]]:
        """Each claim's rarest required group (all its groups if none is required)."""
        anchors: dict[int, list[int]] = defaultdict(list)
        for index, cc in enumerate(self.claims):
            required = [g for g in cc.groups if g.role is GroupRole.REQUIRED and g.pids]
            if required:
                ranked = sorted(required, key=self._rarity)
                chosen = ranked[:1]
                if len(ranked) > 1:
                    self._runners_up[index] = (ranked[0].name, ranked[1])
            else:
                chosen = [g for g in cc.groups if g.role is not GroupRole.EXCLUDE]
            for group in chosen:
                for pid in group.pids | group.implied:
                    anchors[pid].append(index)
        return {pid: tuple(dict.fromkeys(ids)) for pid, ids in anchors.items()}

    def _add_lexicon(self) -> None:
        for event_class, by_lang in self.lexicon.classes.items():
            for lang, words in by_lang.items():
                for word in words:
                    for pid, latin in self._class_patterns(word, lang):
                        self.classes[pid].append(ClassRef(event_class, word, lang, latin))
        for kind, by_lang in self.lexicon.modifiers.items():
            for lang, words in by_lang.items():
                for word in words:
                    for pid, latin in self._class_patterns(word, lang):  # a gap too
                        self.modifiers[pid].append(ModifierRef(kind, word, lang, latin))

    def _class_patterns(self, word: str, lang: str, own: bool = False) -> list[tuple[int, bool]]:
        """A lexicon word's or cue's pattern ids ("drop … plan" has one of its own)."""
        parts = split_phrase(word)
        if parts is None:
            return [f for form in cue_forms(word, lang) for f in self._patterns_for(form, (lang,))]
        found = {part: self._patterns_for(part, (lang,)) for part in parts}
        if not all(found.values()):  # "by … %": a part with no word matches nothing
            return []
        phrase = add_phrase(word, lambda part: found[part][0],
                            lambda latin: self._pid(f"\x00{lang}:{word}", latin), self._gapped,
                            own)
        return [phrase] if phrase else []

    # -- searching ------------------------------------------------------------

    def scan(self, view: EntryView) -> list[tuple[int, int]]:
        """Every pattern occurrence in the view as (last character, pattern id)."""
        if self._empty:
            return []
        return list(self._automaton.iter(view.text))

    def candidates(self, found: Sequence[tuple[int, int]]) -> list[int]:
        """Indexes of the claims whose anchor group has a hit, in claim order."""
        claims: set[int] = set()
        anchors = self.anchors
        for _, pid in found:
            ids = anchors.get(pid)
            if ids:
                claims.update(ids)
        return sorted(claims)

    def locate(self, view: EntryView, found: Sequence[tuple[int, int]]) -> list[Hit]:
        """Token and sentence positions of the occurrences ``scan`` found."""
        hits: list[Hit] = []
        edges, sentences, tokens = self._edges, view.sentence_starts, view.token_starts
        for last, pid in found:
            back, trail = edges[pid]
            start, end = last - back, last + 1 - trail
            kana = self._katakana.get(pid)
            if kana is not None and inside_run(view.text, start, end, kana):
                continue  # インド inside インドネシア: part of another word
            sentence = bisect_right(sentences, start) - 1  # view.sentence_at, inlined
            acronym = self._acronyms.get(pid)
            if acronym is not None and not in_capitals(acronym, view.sentences[sentence]):
                continue  # "ai" in French is not "AI"
            hits.append(Hit(pid, start, end, bisect_right(tokens, start) - 1,  # token_at
                            bisect_right(tokens, end - 1) - 1, sentence))
        return hits + [Hit(pid, h.start, t.end, h.first_token, t.last_token, h.sentence)
                       for pid, h, t in join_parts(view, hits, self._gapped,
                                                   self.lexicon)]

    def latin_tokens(self) -> frozenset[str]:
        """Every Latin token of every pattern (what a text word must stem to, to match)."""
        return frozenset(token for pid, pattern in enumerate(self._patterns)
                         if self._latin[pid] for token in pattern.split())

    def anchor_patterns(self) -> list[str]:
        """The search strings of every anchor pattern (for ``AnchorPrefilter``)."""
        return [self._patterns[pid] for pid in self.anchors]

    def is_latin(self, pid: int) -> bool:
        return self._latin[pid]

    def classes_in(self, pid: int, language: str | None) -> list[ClassRef]:
        """The event classes of a word as read in ``language``: a Latin word of the
        lexicon counts only in its own language ("pilote" is no English word)."""
        return [r for r in self.classes.get(pid, ()) if not r.latin or r.language == language]

    def pids_of_words(self, event_class: EventClass, language: str,
                      words: Collection[str]) -> frozenset[int]:
        """The pattern ids of lexicon ``words`` of ``event_class`` in ``language`` (the
        word-to-ids table of a class is read once, at the first claim that asks)."""
        key = (event_class, language)
        table = self._class_word_pids.get(key)
        if table is None:
            table = {}
            for pid, refs in self.classes.items():
                for r in refs:
                    if r.event_class is event_class and r.language == language:
                        table.setdefault(r.text, set()).add(pid)
            self._class_word_pids[key] = table
        return frozenset(pid for w in words for pid in table.get(w, ()))

    @property
    def pattern_count(self) -> int:
        return len(self._patterns)
