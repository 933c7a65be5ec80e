"""Whether a cue's verb is in the present: with a weekday or a month ahead, a present
verb tells of the day to come ("opens Saturday", "s'ouvrent jeudi", 10月に発足)."""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Lexicon
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.japanese import past_after
from tracker.match.text.normalize import fold
from tracker.match.text.participles import past_participle
from tracker.match.text.view import EntryView

SHORTEST_VERB = 3  # letters: no event verb is as short as "has", "was", "des"
PAST_CHARS = 4  # characters after a Japanese event word that hold its past ending (をした)


def present_tense(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    """An English third-person present verb ("opens", "launches"), a French one
    ("s'ouvrent", "se tient"), or a Japanese event word with no past ending after it
    (a headline's 10月に発足)."""
    if view.language == "ja":
        return not past_after(view.text[hit.end: hit.end + PAST_CHARS])
    if view.language == "fr":
        return _french_present(index, view, hit)
    # any word of the cue: "officially opens", "kicks off"; not the noun that ends a
    # longer one ("went to the polls")
    last = hit.last_token - (hit.last_token - hit.first_token >= 2)
    words = [t.raw for t in view.tokens[hit.first_token: last + 1]]
    # a past verb in it makes the plural noun beside it no verb ("voters backed"); a
    # short word is none ("des" of a French name: « salle des fêtes » in English news)
    return view.language == "en" and not any(
        past_participle(index.lexicon, w, "en") for w in words) and any(
        w.endswith("s") and not w.endswith("ss") and len(w) > SHORTEST_VERB for w in words)


def verb_form(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    """The cue is written as a past verb or participle or a present verb ("approved",
    "passes"), not as a noun ("approval", "first stone")."""
    return past_form(index, view, hit) or present_tense(index, view, hit)


def finite_verb_words(lexicon: Lexicon, language: str) -> frozenset[str]:
    """The words that are a clause's finite verb as written: ``finite_verbs`` and the
    ``lone_auxiliaries`` (« a », which folded is also « à »)."""
    return frozenset((*lexicon.finite_verbs.get(language, ()),
                      *lexicon.lone_auxiliaries.get(language, ())))


def after_infinitive_mark(lexicon: Lexicon, view: EntryView, token: int) -> bool:
    """The token stands right after its infinitive mark ("to sell", « de vendre »)."""
    marks = lexicon.infinitive_marks.get(view.language, ())
    return bool(marks) and view.raw_before(token) in marks


def written_as_a_verb(ctx: SentenceContext, hit: Hit) -> bool:
    """A Latin event word written as a finite verb or a past participle ("approved",
    "reopens", « rouvre ») that no term of the claim writes so: the term names the
    thing by its noun ("floodlight approval", "library reopening") and only stems like
    it; "merged school" writes its participle itself."""
    view = ctx.view
    if not view.tokens[hit.first_token].latin or not verb_form(ctx.index, view, hit):
        return False
    written = {t.raw for t in view.tokens[hit.first_token: hit.last_token + 1]}
    return not any(w in written for g in ctx.claim.claim.groups
                   for term in g.terms.get(view.language, ()) for w in fold(term).split())


def _french_present(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    lexicon = index.lexicon
    endings = lexicon.present_endings.get("fr", ())
    not_verbs = lexicon.not_present_endings.get("fr", ())
    reflexives = lexicon.reflexives.get("fr", ())
    past = lexicon.past_auxiliaries.get("fr", ())
    for i in range(hit.first_token, hit.last_token + 1):
        raw = view.tokens[i].raw
        if raw in reflexives:
            continue
        if raw.endswith(endings) and not raw.endswith(not_verbs) and len(raw) > 4:
            return True
        if (raw.endswith("e") and len(raw) >= 4 and i == hit.first_token
                and _a_french_verb(index, view, hit)
                and not any(t.raw in past for t in view.tokens[max(0, i - 2): i])
                and _unaccented(view, hit, raw)):
            return True  # "ouvre samedi", not "ouvré", "a lancé" nor "la rencontre"
        if (raw.endswith("it") and len(raw) > 4 and i == hit.first_token
                and _a_french_verb(index, view, hit, ("ir",))
                and not any(t.raw in past for t in view.tokens[max(0, i - 2): i])):
            return True  # an -ir verb's « choisit », « établit »; not « construit »
        if i > 0 and view.tokens[i - 1].raw in reflexives and raw not in past:
            return True
    return False


def _a_french_verb(index: PatternIndex, view: EntryView, hit: Hit,
                   endings: tuple[str, ...] = ("er", "ir", "re")) -> bool:
    """The hit is a lexicon verb ("ouvrir", read from « ouvre ») whose infinitive has
    one of ``endings``, with no determiner before it (« la rencontre » is a noun)."""
    determiners = index.lexicon.determiners.get("fr", ())
    return view.raw_before(hit.first_token) not in determiners and any(
        r.text.endswith(endings) for r in index.classes_in(hit.pid, "fr"))


def _unaccented(view: EntryView, hit: Hit, folded: str) -> bool:
    """The word is written in its sentence as folded, with no accent (« ouvre »; a
    participle « lancé » folds to « lance »)."""
    original = view.sentences[view.sentence_at(hit.start)].casefold()
    return re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", original) is not None


def past_form(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    """A past verb or participle ("opened", « ouverte », 開業した): its event gone by;
    a noun ("opening", « réunion ») or a present verb is not."""
    if view.language == "ja":
        return past_after(view.text[hit.end: hit.end + PAST_CHARS])
    words = [t.raw for t in view.tokens[hit.first_token: hit.last_token + 1]]
    return (any(past_participle(index.lexicon, w, view.language) for w in words)
            or (view.language == "fr" and (_accented_participle(view, hit, words)
                                           or _ire_participle(index, view, hit))))


def _ire_participle(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    """A French -ire verb's participle in -it (« interdit », « construit », « détruite »),
    read from a lexicon verb in -ire: no ending alone tells it from a noun (« produit »)."""
    raw = view.tokens[hit.last_token].raw
    return (hit.first_token == hit.last_token and raw.endswith(("it", "its", "ite", "ites"))
            and any(r.text.endswith("ire") for r in index.classes_in(hit.pid, "fr")))


_FRENCH_PARTICIPLE = re.compile(r"\w+(?:é|ée|és|ées)(?!\w)")


def _accented_participle(view: EntryView, hit: Hit, words: list[str]) -> bool:
    """A French -er verb's participle told by its accent, however short (« voté »,
    « fixée »): folded, the ending alone is too short to tell from a noun (« vote »)."""
    if not any(w.endswith(("e", "es")) for w in words):
        return False  # folded, « é », « ée », « és », « ées » end so: no sentence to read
    original = view.sentences[view.sentence_at(hit.start)].casefold()
    return any(fold(m.group(0)) in words for m in _FRENCH_PARTICIPLE.finditer(original))


FRENCH_FUTURE_ENDINGS = (
    # not "-erons", "-erez": news writes them only in quotes, and nouns end so too
    # ("vignerons", "forgerons", "Perez")
    "era", "eront", "erait", "eraient", "ira", "iront",
    # irregular future stems: tiendra, viendront, devra, pourra, verront, aura lieu
    "dra", "dront", "drait", "draient", "vra", "vront", "vrait", "vraient",
    "rra", "rront", "rrait", "rraient", "aura", "auront", "aurait", "auraient",
    "aitra", "aitront", "aitrait", "aitraient",  # naîtra, paraîtra, disparaîtront
)
"""French future and conditional endings, read on the unstemmed cue word."""


def french_future_verb(word: str) -> bool:
    """A French word in the future or conditional ending (a short one, such as "sera",
    is left to the lexicon's future forms)."""
    return word.endswith(FRENCH_FUTURE_ENDINGS) and len(word) > 5


def french_future(view: EntryView, hit: Hit) -> bool:
    if view.language != "fr":
        return False
    words = view.tokens[hit.first_token: hit.last_token + 1]
    return any(t.raw.endswith(FRENCH_FUTURE_ENDINGS) for t in words)
