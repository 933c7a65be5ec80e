"""Words that look like event words but are not, in their place: a plural noun
("signs of"), a model name ("Phase 1B"), another word that stems alike ("terminals"),
an event word whose object is something new ("launched a course")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass, Lexicon
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.targets.amounts import currency_names
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import is_a_number, number_words, numbers_table
from tracker.match.text.participles import irregular_past, past_participle
from tracker.match.text.time_words import names_a_season, opens_a_time
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

TOPIC_REACH = 2  # tokens from a meeting's name to the preposition of its topic
TOPIC_LENGTH = 4  # tokens from that preposition to a word of its topic
TOPIC_REACH_JA = 14  # characters from a Japanese topic word to the meeting's name after it
_VARIANT_CODE = re.compile(r"[ivx]{2,4}[a-z]?|(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,4}")
"""A roman numeral with a letter, or a short code mixing letters and digits (IIA, 1B)."""


@cache
def _written_on_figure() -> re.Pattern[str]:
    """A figure with its scale or unit written on ("€48m", "2bn", "300mw"): no model."""
    table = numbers_table()
    short = [s for s in table["en"]["scales"] if len(s) <= 2] + table["amounts"]["units"]
    longest_first = sorted(map(re.escape, short), key=len, reverse=True)
    return re.compile(r"\d+(?:" + "|".join(longest_first) + ")")


def model_name(ctx: SentenceContext, hit: Hit, names: Sequence[Hit] = ()) -> bool:
    """"SM-3 Block IIA", "Phase 1B": a word followed by a variant code names a model;
    not when the code is a name of a claim ("launches 5G", "shuts down 2G")."""
    nxt = hit.last_token + 1
    return (ctx.index.is_latin(hit.pid) and nxt < len(ctx.view.tokens)
            and bool(_VARIANT_CODE.fullmatch(ctx.view.tokens[nxt].raw))
            and not _written_on_figure().fullmatch(ctx.view.tokens[nxt].raw)
            and not any(n.first_token == nxt for n in names))


def new_object(ctx: SentenceContext, cue: Cue, mine: Sequence[Hit]) -> bool:
    """"launched a six-month course", "signs an addendum": an event or decision word
    whose object is something new (an indefinite article after it) and names none of
    the claim's names ("opened a new depot" does)."""
    view = ctx.view
    nxt = cue.hit.last_token + 1
    articles = ctx.index.lexicon.indefinites.get(view.language, ())
    if (cue.source not in (EventClass.OCCURRED.value, EventClass.DECIDED.value)
            or not ctx.index.is_latin(cue.hit.pid)
            or nxt >= len(view.tokens) or view.tokens[nxt].raw not in articles):
        return False
    if view.raw_after(nxt) in number_words(view.language).spans:
        return False  # "opens a month late", "a week early": how late, no object
    # the object runs to the first preposition or the clause's end: "a six-month course
    # in power maintenance", "a three-phase upgrade of the command"
    stops = ctx.index.lexicon.prepositions.get(view.language, ())
    end = nxt + 1
    clause = view.clause_of(nxt)
    while (end < len(view.tokens) and view.clause_of(end) == clause
           and (view.tokens[end].raw not in stops or (  # "an order for five catamarans"
               end == nxt + 2 and end + 1 < len(view.tokens)
               and is_a_number(view.tokens[end + 1].raw, view.language)))):
        end += 1
    return not any(nxt < m.first_token < end for m in mine)


def other_word(ctx: SentenceContext, hit: Hit) -> bool:
    """"new terminals": a word that only stems like the cue ("terminate"); « un
    garde-corps neuf »: a verb joined by a hyphen to a noun is a compound noun."""
    return stems_alike(ctx.index.lexicon, ctx.view, hit) or _verb_compound(ctx, hit)


def _verb_compound(ctx: SentenceContext, hit: Hit) -> bool:
    """« garde-corps », « porte-parole »: in a language whose verbs take their subject
    after a hyphen (« ferme-t-il », ``inverted_subjects``), a verb of one word joined by
    a hyphen to any other word is the first half of a noun."""
    view = ctx.view
    subjects = ctx.index.lexicon.inverted_subjects.get(view.language, ())
    last = hit.last_token
    return (bool(subjects) and hit.first_token == last and joined_to_next(view, hit)
            and view.tokens[last + 1].raw not in subjects)


def stems_alike(lexicon: Lexicon, view: EntryView, hit: Hit) -> bool:
    """The hit is one of ``other_words``: it only stems like a lexicon word."""
    return (hit.first_token == hit.last_token
            and view.tokens[hit.first_token].raw in lexicon.other_words.get(view.language, ()))


def time_noun(ctx: SentenceContext, hit: Hit) -> bool:
    """"début mars", "au début de l'année", "the start of 2027": an event noun that
    opens a time expression dates something else; it is not the event. Nor is a
    season's name ("opens this fall": no fall)."""
    if a_season(ctx.view, hit):
        return True
    nouns = ctx.index.lexicon.time_nouns.get(ctx.view.language, ())
    if hit.first_token != hit.last_token or ctx.view.tokens[hit.first_token].raw not in nouns:
        return False
    tokens = ctx.view.tokens
    end = min(len(tokens), hit.last_token + 5)
    clause = ctx.view.clause_of(hit.last_token)
    following = [t.raw for i, t in enumerate(tokens[hit.last_token + 1: end], hit.last_token + 1)
                 if ctx.view.clause_of(i) == clause]
    return opens_a_time(following)


def a_season(view: EntryView, hit: Hit) -> bool:
    """A one-word Latin hit that names a season as a time ("the fall of 2026")."""
    if hit.first_token != hit.last_token or not view.tokens[hit.first_token].latin:
        return False
    at = hit.first_token
    return names_a_season(view.raw_before(at), view.tokens[at].raw, view.raw_after(at))


def an_extent(ctx: SentenceContext, hit: Hit) -> bool:
    """"The reserve extends over 31,000 hectares", « s'étend sur 31 000 hectares »: a
    word of progress with an extent preposition and a figure after it tells a size."""
    view = ctx.view
    at = hit.last_token
    words = ctx.index.lexicon.extent_prepositions.get(view.language, ())
    return (at + 2 < len(view.tokens) and view.tokens[at + 1].raw in words
            and view.tokens[at + 2].raw[:1].isdigit() and any(
                r.event_class is EventClass.PROGRESS
                for r in ctx.index.classes_in(hit.pid, view.language)))


def thing_noun(ctx: SentenceContext, hit: Hit) -> bool:
    """"The name of the merged group", "a ship", "two ships a day", "pulled from
    shelves": right after a determiner, a number or a preposition, a word that as a
    noun names a thing is no event word; so is an English one that ends its clause,
    with no object after it ("reaches supermarket shelves")."""
    at = hit.first_token
    view = ctx.view
    if not (at == hit.last_token and at > 0
            and view.tokens[at].raw in ctx.index.lexicon.thing_nouns.get(view.language, ())):
        return False
    before = view.tokens[at - 1].raw
    lexicon = ctx.index.lexicon
    clause = view.clause_of(at)
    return (before in lexicon.determiners.get(view.language, ())
            or is_a_number(before, view.language)
            or before in lexicon.thing_prepositions.get(view.language, ())
            # an English verb of these takes an object; French « fermé » may end it
            or (view.language == "en" and at == view.clause_span(clause)[1]))


STATEMENT_REACH = 6  # tokens from a denying word to the verb of what it denies


def denies_a_statement(ctx: SentenceContext, hit: Hit) -> bool:
    """"denies the summit is in jeopardy", "dément que le sommet soit menacé": a denying
    word with a clause after it denies a report (rule 8), it stops nothing."""
    view = ctx.view
    markers = ctx.index.lexicon.statement_markers.get(view.language, ())
    end = min(hit.last_token + STATEMENT_REACH, view.sentence_span(hit.sentence)[1])
    clause = view.clause_of(hit.last_token)
    for i in range(hit.last_token + 1, end + 1):
        if view.tokens[i].raw in markers:
            return True
        if view.clause_of(i) != clause:
            return False  # "denied the permit, which was …": another clause's verb
    return False


def names_a_target(ctx: SentenceContext, hit: Hit, measures: Sequence[Hit]) -> bool:
    """削減目標, 増産計画目標: a Japanese event word right before a target word is the
    first half of the target's name (a reduction target), no event. Latin word order
    puts the verb before its object ("cuts its target"), so only Japanese."""
    return ctx.view.language == "ja" and any(m.start == hit.end for m in measures)


def meeting_topic(ctx: SentenceContext, cue: Cue, mine: Sequence[Hit]) -> bool:
    """"public meeting on the depot closure", « réunion publique houleuse sur le recul
    de la falaise »: for a meeting claim, a noun after a preposition of topic behind the
    meeting's name is what the meeting is about, no news of it. A participle there
    tells what became of the meeting ("public meeting on the depot postponed")."""
    view = ctx.view
    if ctx.reading.kind is not ClaimKind.MEETING:
        return False
    if view.language == "ja":
        return _japanese_topic(ctx, cue, mine,
                               ctx.index.lexicon.topic_particles.get(view.language, ()))
    topics = ctx.index.lexicon.topic_prepositions.get(view.language, ())
    if not view.tokens[cue.hit.first_token].latin:
        return False
    lexicon, at = ctx.index.lexicon, cue.hit.first_token
    if any(past_participle(lexicon, token.raw, view.language) or irregular_past(
            token.raw, token.norm, view.language)
           for token in view.tokens[at: cue.hit.last_token + 1]):
        # "hearing on tolls held in Aldport", « … sur le méthaniseur s'est tenue »: what
        # became of the meeting
        return False
    for name in mine:
        if name.last_token >= at or view.clause_of(name.last_token) != view.clause_of(at):
            continue
        after = range(name.last_token + 1, min(name.last_token + TOPIC_REACH, at - 1) + 1)
        opener = next((i for i in after if view.tokens[i].raw in topics), None)
        if opener is not None and at - opener <= TOPIC_LENGTH and not any(
                past_participle(lexicon, t.raw, view.language)
                for t in view.tokens[opener + 1: at]):
            return True
    return False


def _japanese_topic(ctx: SentenceContext, cue: Cue, mine: Sequence[Hit],
                    topics: Sequence[str]) -> bool:
    """閉鎖めぐり住民集会, 閉鎖について話し合う説明会: a word right before a particle of
    topic, with the meeting's name after it in the sentence, is what the meeting is about."""
    view = ctx.view
    after = view.text[cue.hit.end: cue.hit.end + TOPIC_REACH_JA]
    if not any(after.startswith(t) for t in topics):
        return False
    return any(name.sentence == cue.hit.sentence and
               0 < name.start - cue.hit.end <= TOPIC_REACH_JA for name in mine)


def currency_name(ctx: SentenceContext, hit: Hit) -> bool:
    """« 900 000 livres », « 3 millions de livres »: a currency's name after a figure,
    whatever verb it also spells (livrer)."""
    view, at = ctx.view, hit.first_token
    if at == 0 or view.tokens[at].raw not in currency_names():
        return False
    scales = number_words(view.language).scales
    before = [t.raw for t in view.tokens[max(0, at - 2): at]]
    return before[-1].isdigit() or before[-1] in scales or (
        len(before) == 2 and before[0] in scales)


_HYPHENED = re.compile(r"([^\W\d_]+)-([^\W\d_]+)")
COMPOUND_PART = 4  # letters of a word joined to a cue by a hyphen: a word, not a prefix


def in_a_compound(ctx: SentenceContext, hit: Hit) -> bool:
    """"closed-type fish market", "beetle-killed spruce": a participle joined by a hyphen
    to a word (not a prefix: "re-opened") is part of a compound
    adjective, no verb. The caller asks it of stops and delays only: "state-guaranteed
    loans" still says the loans are guaranteed."""
    view = ctx.view
    if not view.tokens[hit.first_token].latin or hit.first_token != hit.last_token:
        return False
    if not past_participle(ctx.index.lexicon, view.tokens[hit.first_token].raw, view.language):
        return False
    pairs = _hyphened_pairs(view.sentences[hit.sentence])
    if not pairs:
        return False
    tokens = view.tokens
    first, last = hit.first_token, hit.last_token
    before = (tokens[first - 1].raw, tokens[first].raw) if first else None
    after = (tokens[last].raw, tokens[last + 1].raw) if last + 1 < len(tokens) else None
    return ((before in pairs and _a_word(before[0]))
            or (after in pairs and _a_word(after[1])))


def joined_to_next(view: EntryView, hit: Hit) -> bool:
    """"no-redundancy pledge", "non-stop": a word joined by a hyphen to the next one is
    part of a compound adjective, no negation of a verb."""
    last = hit.last_token
    return last + 1 < len(view.tokens) and (
        view.tokens[last].raw, view.tokens[last + 1].raw) in _hyphened_pairs(
        view.sentences[hit.sentence])


def gerund_in_compound(ctx: SentenceContext, hit: Hit) -> bool:
    """"naming-rights contracts", "opening-day crowds": an English -ing word joined by a
    hyphen to the word after it modifies that word, no verb of any event."""
    view = ctx.view
    last = hit.last_token
    return (view.language == "en" and hit.first_token == last and last + 1 < len(view.tokens)
            and view.tokens[last].raw.endswith("ing") and _a_word(view.tokens[last + 1].raw)
            and joined_to_next(view, hit))


def _a_word(part: str) -> bool:
    return len(part) >= COMPOUND_PART


def _hyphened_pairs(sentence: str) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, b in _HYPHENED.findall(fold(sentence)))


def place_not_level(index: PatternIndex, view: EntryView, hit: Hit) -> bool:
    """"Holds fares at £2" keeps a level; "holds talks at the prefecture" holds a meeting
    somewhere: a word of lasting that ends in a preposition of place keeps a level only
    before a figure."""
    at = hit.last_token
    return (view.tokens[at].raw in index.lexicon.locatives.get(view.language, ())
            and (at + 1 >= len(view.tokens) or not view.tokens[at + 1].raw[:1].isdigit())
            and any(r.event_class is EventClass.PERSIST
                    for r in index.classes_in(hit.pid, view.language)))


def states_kept(cues: Sequence[Cue]) -> list[Cue]:
    """"the site stays open to walkers", « le chemin reste ouvert »: an event word right
    after a word of lasting names the state kept, not the event; the word of lasting
    stays (it is a state claim's own event)."""
    lasting = [c.hit for c in cues if c.source == EventClass.PERSIST.value]
    return [c for c in cues if c.source != EventClass.OCCURRED.value or not any(
        0 < c.hit.first_token - h.last_token <= 1 for h in lasting)]


def difficulty_alone(ctx: SentenceContext, cue: Cue, hits: Sequence[Hit]) -> bool:
    """A word of difficulty (``[markers] difficulty_words``) with no event word it
    governs: right after it ("struggles to recruit"), or in Japanese right before it
    (採用に苦戦). "The shuttle struggles to attract riders" delays nothing."""
    language = ctx.view.language
    if cue.text not in ctx.index.lexicon.difficulty_words.get(language, ()):
        return False
    if language == "ja":
        governed = [h for h in hits if h.end <= cue.hit.start
                    and ctx.view.text[h.end: cue.hit.start] in ("", "に", "の")]
    else:
        governed = [h for h in hits if h.first_token == cue.hit.last_token + 1]
    return not any(ctx.index.classes_in(h.pid, language) for h in governed)

