"""Word families: the part of an event class that names one kind of event.

A claim whose statement uses a family's word reads every word of that family in the
news as its own event: "will shut down its 3G network" reads "switches off" and
"closure" as the shutdown (words that end a running thing, not "scraps", which stops
a plan); "will choose a contractor" reads "picks", 選定 and "désigne" as the choice
(words that select someone, not "shortlists"); "construction will begin" reads
"breaks ground", 着工 and "première pierre" as the start of works; "will launch" reads
"goes live", 開業 and "inaugure" as the opening (words that open a thing to its users,
not "completes" or "begins"); "will take effect" reads "now in force", 施行 and "entre en
vigueur" as the rule's start. The lists are
``[markers]`` of the lexicon files, each word as written in its class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Lexicon
from tracker.match.finding.refs import ClassRef
from tracker.match.text.japanese import before_its_day
from tracker.match.text.normalize import fold
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

WORKS_AFTER = 2  # tokens from a start word to its works word ("start construction")
SUBJECT_WORDS = 3  # first tokens of a statement that name its subject ("Renovation work on")


@dataclass(frozen=True, slots=True)
class Family:
    name: str  # the Lexicon field that lists its words
    event_class: EventClass  # the class its words belong to
    kinds: tuple[ClaimKind, ...]  # the kinds of claim whose event it can name
    example: str = ""  # a statement that uses one of its words (for `lexicon show`)
    trigger: str = "uses one of its words"  # what in the statement gives a claim the family


FAMILIES = (
    Family("endings", EventClass.CANCEL, (ClaimKind.EVENT,), "will shut down its 3G network"),
    Family("selections", EventClass.STEP, (ClaimKind.DECISION,), "will appoint a contractor"),
    Family("groundbreaking", EventClass.STEP, (ClaimKind.EVENT,), "construction will begin"),
    Family("openings", EventClass.OCCURRED, (ClaimKind.EVENT,), "will open in May"),
    # a rule in force: an event's start, or a state's ("the ban will stay in force")
    Family("enactments", EventClass.OCCURRED, (ClaimKind.EVENT, ClaimKind.STATE),
           "the tax will take effect"),
    Family("completions", EventClass.OCCURRED, (ClaimKind.EVENT,), "the works will be completed"),
    Family("foundings", EventClass.OCCURRED, (ClaimKind.DECISION,),
           "will vote to create the fund"),
    Family("ballots", EventClass.DECIDED, (ClaimKind.EVENT,), "will hold a referendum",
           "names a vote"),
)
FOUNDINGS = "foundings"
"""The family of words that found a thing by an act (create, 設立, créer)."""
ALL_FAMILIES = frozenset(f.name for f in FAMILIES)
OTHER_EVENTS = ALL_FAMILIES - {FOUNDINGS}
"""The families whose words name another event than a claim's own: a thing founded
is also launched ("Japan creates the command" for a launch claim)."""
_FOUNDED = frozenset({FOUNDINGS})
ENDINGS = "endings"
"""The family of words that end a running thing (close, switch off, 閉鎖)."""
COMPLETIONS = "completions"
"""The family of words that finish a thing (complete, 完了, achever)."""
_COMPLETED = frozenset({COMPLETIONS})
BALLOTS = "ballots"
"""The family of an event claim that is a vote: its statement names one (``names_a_vote``)."""
WORKS_START = "groundbreaking"
"""The family of a claim whose event is the start of building work."""


def _words(lexicon: Lexicon, family: Family, language: str) -> tuple[str, ...]:
    lists: dict[str, tuple[str, ...]] = getattr(lexicon, family.name)
    return lists.get(language, ())


def claim_families(lexicon: Lexicon, kind: ClaimKind,
                   statement_words: Iterable[ClassRef]) -> frozenset[str]:
    """The families whose words the statement uses for its event."""
    return frozenset(f.name for ref in statement_words for f in FAMILIES
                     if kind in f.kinds and ref.event_class is f.event_class
                     and ref.text in _words(lexicon, f, ref.language))


def starts_works(lexicon: Lexicon, statement: EntryView, starts: Iterable[Hit]) -> bool:
    """The statement's event is building work starting: a start word (an ``occurred``
    hit) beside a works word ("construction … will begin", "start work", 着工,
    工事を開始). "The stadium, under construction, will open" is no such start."""
    words = lexicon.works_words.get(statement.language, ())
    prepositions = {*lexicon.prepositions.get(statement.language, ()), "under"}
    tokens = statement.tokens
    for hit in starts:
        if statement.language == "ja":
            # 工事が始まる, or with the day between: 工事が9日、始まった
            lead = before_its_day(statement.text[max(0, hit.start - 16): hit.start])
            if any(w in lead[-4:] for w in words):
                return True
            continue
        # "Construction of the Castelrieu urban cable car will begin": the works word
        # heads the clause whose verb the start word is, however long its object
        clause_start = statement.clause_span(statement.clause_of(hit.first_token))[0]
        before = range(clause_start, hit.first_token)
        after = range(hit.last_token + 1, min(len(tokens), hit.last_token + WORKS_AFTER + 1))
        # "under construction", "en travaux": a state the thing is in, not a start
        found = [t for t in before if tokens[t].raw in words
                 and not (t and tokens[t - 1].raw in prepositions)]
        found += [t for t in after if tokens[t].raw in words]
        if any(statement.clause_of(t) == statement.clause_of(hit.first_token) for t in found):
            return True
        # "Renovation work on the bathhouse (boiler, tiling) will begin": the works word
        # opens the statement, whatever asides stand before its verb
        first = statement.sentence_span(hit.sentence)[0]
        if any(tokens[t].raw in words for t in range(first, min(first + SUBJECT_WORDS,
                                                                  hit.first_token))):
            return True
    return False


def ends_in_statement(lexicon: Lexicon, statement: str, language: str) -> bool:
    """The statement's event is a running thing's end, said with no stop word of the
    lexicon ("the strike will end", "la grève prendra fin", ストが終結する)."""
    text = fold(statement)
    return any(fold(p) in text for p in lexicon.ending_phrases.get(language, ()))


def in_family(lexicon: Lexicon, families: frozenset[str], ref: ClassRef) -> bool:
    """The word belongs to one of ``families``."""
    return any(f.name in families and ref.event_class is f.event_class
               and ref.text in _words(lexicon, f, ref.language) for f in FAMILIES)


def its_familys(lexicon: Lexicon, families: frozenset[str], ref: ClassRef, view: EntryView,
                hit: Hit) -> bool:
    """The word ``hit`` belongs to one of ``families``; a Japanese founding word after
    が (事業体が設立) tells the thing come into being, not the act that founds it."""
    return in_family(lexicon, families, ref) and not (
        view.language == "ja" and in_family(lexicon, _FOUNDED, ref)
        and view.text[max(0, hit.start - 1): hit.start] == "が")


def completes(lexicon: Lexicon, refs: Iterable[ClassRef]) -> bool:
    """One of the word's classes finishes a thing ("completed", 完了, « achevé »): no
    start of works, though a works word stands beside it."""
    return any(in_family(lexicon, _COMPLETED, r) for r in refs)


def takes_effect_now(lexicon: Lexicon, language: str, word: str, sentence: str) -> bool:
    """A selection word in a sentence that says it takes effect at once ("names Tenner
    CEO with immediate effect", "nommée avec effet immédiat"): for an event claim, the
    appointment is the event itself, not a step before it. ``sentence`` is folded text
    (the phrase opens a clause of its own: "with" is a clause opener)."""
    return word in lexicon.selections.get(language, ()) and any(
        f" {w} " in f" {sentence} " for w in lexicon.immediate.get(language, ()))


def names_a_vote(lexicon: Lexicon, statement: str, language: str) -> bool:
    """The statement's event is a vote ("will hold a referendum", « les élections
    municipales auront lieu », 住民投票を実施): votes cast report it."""
    if language == "ja":
        return any(w in statement for w in lexicon.ballot_nouns.get(language, ()))
    text = fold(statement)
    return any(re.search(rf"\b{re.escape(fold(w))}s?\b", text)
               for w in lexicon.ballot_nouns.get(language, ()))


def statement_families(lexicon: Lexicon, kind: ClaimKind, view: EntryView, statement: str,
                       refs: Sequence[ClassRef], stop_is_event: bool,
                       starts: Sequence[Hit]) -> frozenset[str]:
    """The word families a claim's statement (its text and ``view``, the lexicon
    words ``refs`` of it, its ``occurred`` hits ``starts``) names its event with."""
    families = claim_families(lexicon, kind, refs)
    if not stop_is_event:
        families -= {ENDINGS}
    elif kind is ClaimKind.EVENT and ends_in_statement(lexicon, statement, view.language):
        families |= {ENDINGS}  # "the strike will end": a thing kept going delays it
    if kind is ClaimKind.EVENT and starts_works(lexicon, view, starts):
        families |= {WORKS_START}  # "construction will begin": breaking ground is it
    if kind is ClaimKind.EVENT and names_a_vote(lexicon, statement, view.language):
        families |= {BALLOTS}  # "will hold a referendum": votes cast are its event
    return families
