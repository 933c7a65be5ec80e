"""A state that is itself a stop ("the moratorium stays in force", "keeps its ban"),
named in another language than its statement's.

The statement's stop word ("moratorium") is the state's own: lifting it ends the
state. An entry in French or Japanese names the same stop with another word
(« moratoire », モラトリアム); the claim's terms in that language say which. The
stop words inside the terms are read once, when the matcher is built.

A stop word the statement rules out ("no post office will close", « sans fermer », 閉鎖しない)
is no such stop: it is what the state excludes, and news of it breaks the state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.match.finding.index import CompiledClaim, Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.reading.modality import JAPANESE_LOOKAHEAD, NEGATION_WINDOW
from tracker.match.text.japanese import JapaneseForm, form_of_hit
from tracker.match.text.normalize import Stemmer
from tracker.match.text.number_words import number_words
from tracker.match.text.view import EntryView, view_of_texts
from tracker.models import ClaimKind, GroupRole


def statement_stops(index: PatternIndex, view: EntryView, kind: ClaimKind,
                    word_classes: Mapping[int, set[EventClass]], hits: Sequence[Hit]
                    ) -> frozenset[int]:
    """The statement's own stop words, for a state or a decision claim: what the state
    keeps ("keep its ban on rentals") or the decision decides ("the plan to close five
    libraries"); for a state, not those the statement rules out."""
    if kind not in (ClaimKind.STATE, ClaimKind.DECISION):
        return frozenset()
    stops = frozenset(pid for pid, found in word_classes.items() if EventClass.CANCEL in found)
    if kind is not ClaimKind.STATE or not stops:
        return stops
    negations = [h for h in hits if any(m.kind is Modifier.NEGATION
                                        and (not m.latin or m.language == view.language)
                                        for m in index.modifiers.get(h.pid, ()))]
    ruled_out: set[int] = set()
    kept: set[int] = set()
    for hit in hits:
        if hit.pid in stops:
            (ruled_out if _ruled_out(view, hit, negations) else kept).add(hit.pid)
    return stops - (ruled_out - kept)


def _ruled_out(view: EntryView, stop: Hit, negations: Sequence[Hit]) -> bool:
    """A negation shortly before the stop in its clause; in Japanese, its ending."""
    if view.language == "ja":
        return form_of_hit(view, stop, JAPANESE_LOOKAHEAD) is JapaneseForm.NEGATED
    clause = view.clause_of(stop.first_token)
    return any(0 < stop.first_token - n.last_token <= NEGATION_WINDOW
               and view.clause_of(n.last_token) == clause for n in negations)


def told_in_force(view: EntryView, hit: Hit) -> bool:
    """A word of now right beside a ban written as a verb: « L'Aldmère interdit désormais
    la vente », "Brindle now bans diesel lorries": the ban in force, not decided."""
    now = number_words(view.language).now
    return any(0 <= at < len(view.tokens) and view.tokens[at].raw in now
               and view.clause_of(at) == view.clause_of(hit.first_token)
               for at in (hit.first_token - 1, hit.last_token + 1))


def stops_in_terms(index: PatternIndex, stemmer: Stemmer, claim: CompiledClaim
                   ) -> frozenset[int]:
    """The pattern ids of the stop words inside the claim's required terms, every
    language, and of the lexicon's stop words derived from the same root (« interdire »
    for « interdiction des camions »: « interdit les camions » is that ban)."""
    found: set[int] = set()
    words: dict[str, set[str]] = {}
    for group in claim.claim.groups:
        if group.role is not GroupRole.REQUIRED:
            continue  # an optional group may name an exception ("only the felled plots closed")
        for language, terms in group.terms.items():
            for term in terms:
                view = view_of_texts(term, "", language, stemmer)
                for hit in index.locate(view, index.scan(view)):
                    stops = [r.text for r in index.classes_in(hit.pid, language)
                             if r.event_class is EventClass.CANCEL]
                    if stops:
                        found.add(hit.pid)
                        words.setdefault(language, set()).update(stops)
    for language, own in words.items():
        lexicon_stops = index.lexicon.classes.get(EventClass.CANCEL, {}).get(language, ())
        derived = {w for w in lexicon_stops if any(same_root(w, s) for s in own)}
        found |= index.pids_of_words(EventClass.CANCEL, language, derived)
    return frozenset(found)


ROOT_LETTERS = 5  # at least, shared by two words of one root
ENDING_LETTERS = 3  # at most, left of the shorter word past the shared root


def same_root(one: str, other: str) -> bool:
    """Two single words of one root: « interdiction » and « interdire », "prohibition"
    and "prohibit" (not « suppression » and « supprimer »: too far apart to tell)."""
    if " " in one or " " in other or not one.isalpha() or not other.isalpha():
        return False
    shared = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                  min(len(one), len(other)))
    return shared >= ROOT_LETTERS and min(len(one), len(other)) - shared <= ENDING_LETTERS
