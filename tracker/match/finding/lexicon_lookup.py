"""What the general lexicon makes of a word: ``claimtracker lexicon``.

Users write claims without reading the lexicon's data files, yet need to know
whether a word is already a general word (then it needs no cue) and what it does
for each kind of claim. A word is looked up as the matcher reads it: normalised,
lemmatised and stemmed, so "approved" finds the entry "approve".

A Japanese word also finds the lexicon words inside it, as the matcher does
(見送り holds 見送). For an event-class word, the verdict it gives each kind is the
verdict-table cell of its role when an item reports it as done, in the claim's
window, on its own:
"approves" confirms a decision claim and updates an event claim (a decision on
the way). Modifiers (hedges, negations, openers…) change how an event word is read
and give no verdict of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tracker.match.finding.lexicon import MARKER_LISTS, EventClass, Lexicon, load_lexicon
from tracker.match.finding.refs import ClassRef
from tracker.match.kinds import ClaimReading, kind_events
from tracker.match.reading.class_roles import class_role
from tracker.match.table import Modality, Timing, cell
from tracker.match.text.normalize import Stemmer, fold, pattern_of, tokenize
from tracker.models import ClaimKind, Verdict

LANGUAGES = ("en", "fr", "ja")


@dataclass(frozen=True, slots=True)
class LexiconWord:
    """One general word that a looked-up word is read as."""

    language: str
    word: str  # as written in the lexicon
    table: str  # "class", "modifier" or "marker"
    name: str  # the event class or the modifier
    verdicts: dict[ClaimKind, Verdict | None]  # event classes only: reported as done
    inside: bool = False  # found inside a longer looked-up phrase ("complete" in "completes sale")
    # a longer lexicon phrase that holds the looked-up word ("assister à" for "assister"):
    # the word alone is not read so, the phrase is
    holds: bool = False


def verdicts_for(event_class: EventClass, language: str, word: str
                 ) -> dict[ClaimKind, Verdict | None]:
    """The verdict a word of ``event_class``, reported done in the window, gives each
    kind of claim (None: no role, the word is not news for that kind)."""
    found: dict[ClaimKind, Verdict | None] = {}
    ref = ClassRef(event_class, word, language, language != "ja")
    # a threat is a stop only feared or sought ("lawsuit", « recours »): read hedged
    modality = Modality.HEDGED if event_class is EventClass.THREAT else Modality.REALIS
    for kind in ClaimKind:
        role = class_role(ClaimReading(kind, False, kind_events(kind)), [ref])
        found[kind] = (None if role is None
                       else cell(kind, role, modality, Timing.IN_WINDOW))
    return found


# written forms are shown as the modifiers they are (``entries``), not as markers
_WRITTEN = frozenset({"hedge_forms", "future_forms", "third_party_forms"})


def _markers(lexicon: Lexicon, text: str, language: str | None) -> list[LexiconWord]:
    """The marker lists (``[markers]`` in the data files) that hold ``text`` as written:
    they change how the words around them are read ("pay" makes "a 6% pay rise" a
    price, no count; "authority" is a stem twin, no "authorize")."""
    wanted = fold(text.strip())
    found: list[LexiconWord] = []
    for name in MARKER_LISTS:
        if name in _WRITTEN:
            continue
        for lang, words in getattr(lexicon, name).items():
            if language in (None, lang):
                found += [LexiconWord(lang, w, "marker", name, {})
                          for w in words if fold(w) == wanted]
    return found


def entries(lexicon: Lexicon, language: str | None = None
            ) -> Iterator[tuple[str, str, str, str]]:
    """(language, table, name, word) for every word of the lexicon; ``table`` is
    "class", "modifier", or "written" for a modifier matched as written."""
    for event_class, by_language in lexicon.classes.items():
        for lang, words in by_language.items():
            if language in (None, lang):
                yield from ((lang, "class", event_class.value, w) for w in words)
    for modifier, by_language in lexicon.modifiers.items():
        for lang, words in by_language.items():
            if language in (None, lang):
                yield from ((lang, "modifier", modifier.value, w) for w in words)
    # forms matched as written, not lemmatised ("unions", "residents", "sera")
    for name, table in (("third_party", lexicon.third_party_forms),
                        ("hedge", lexicon.hedge_forms), ("future", lexicon.future_forms)):
        for lang, words in table.items():
            if language in (None, lang):
                yield from ((lang, "written", name, w) for w in words)


def look_up(text: str, language: str | None = None,
            lexicon: Lexicon | None = None, holders: bool = False) -> list[LexiconWord]:
    """The lexicon's words that ``text`` is read as, in ``language`` or in each;
    ``holders``: also the longer phrases that hold it (``LexiconWord.holds``)."""
    lexicon = lexicon or load_lexicon()
    stemmer = Stemmer()
    # "authority" only stems like "authorize": the matcher reads it as no lexicon word
    wanted = {lang: pattern_of(tokenize(text, lang, stemmer))
              for lang in LANGUAGES if language in (None, lang)
              and fold(text.strip()) not in lexicon.other_words.get(lang, ())}
    found: list[LexiconWord] = []
    for lang, table, name, word in entries(lexicon, language):
        if table == "written":
            if fold(word) == fold(text):
                found.append(LexiconWord(lang, word, "modifier", name, {}))
            continue
        parts = [pattern_of(tokenize(part, lang, stemmer)) for part in word.split("…")]
        pattern = " ".join(p.strip() for p in parts)
        pattern = f" {pattern} " if lang != "ja" else pattern
        # Japanese words match inside longer ones (見送 is read in 見送り); a phrase holds
        # the words it is made of ("completes sale" holds "complete"), a gapped word
        # its parts in order ("se sont retrouvés" holds "se … retrouver")
        looked = wanted.get(lang, "")
        read = bool(looked and pattern.strip() and _in_order(parts, looked))
        holds = (not read and holders and lang != "ja" and table != "marker"
                 and bool(looked.strip()) and f" {looked.strip()} " in pattern)
        if read or holds:
            verdicts = (verdicts_for(EventClass(name), lang, word) if table == "class"
                        else {})
            inside = read and lang != "ja" and pattern != looked
            found.append(LexiconWord(lang, word, table, name, verdicts, inside, holds))
    found += _markers(lexicon, text, language)
    return found


def _in_order(parts: list[str], text: str) -> bool:
    """Every non-empty part occurs in ``text``, each after the one before."""
    at = 0
    for part in parts:
        if not part:
            continue
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part) - (1 if part.endswith(" ") else 0)
    return True
