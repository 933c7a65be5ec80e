"""The matcher's general vocabulary, read from ``data/lexicon.<language>.toml``.

Words are grouped by what they report, not by verdict: an *event class* says what
kind of thing happened (``occurred``, ``decided``, ``delay``, ``cancel``…); a
*modifier* says how the clause around a word presents it (negated, planned,
hedged, denied, background…). Which verdict a word leads to depends on the claim's
kind and the clause (``frames.py``, ``table.py``). The files hold no domain or
claim words; claim files add their own cues on top (``[cues]``).

``Lexicon.digest`` hashes the files, so any change to the vocabulary changes the
matcher version (``matcher.py``) and stored entries are re-judged.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cache
from importlib.resources import files

LEXICON_LANGUAGES: tuple[str, ...] = ("en", "fr", "ja")


class EventClass(StrEnum):
    OCCURRED = "occurred"
    DECIDED = "decided"
    ANNOUNCED = "announced"  # made public: the event of a decision claim only
    MET = "met"
    STEP = "step"
    REVIEW = "review"  # an audit, an inquiry: a step for what it reviews only
    PROGRESS = "progress"
    INCREASE = "increase"
    DECREASE = "decrease"
    ACHIEVED = "achieved"
    SHORTFALL = "shortfall"
    TRANSFER = "transfer"
    CHANGE = "change"
    PERSIST = "persist"
    DELAY = "delay"
    CANCEL = "cancel"
    SHIFT = "shift"  # a date moved: only with a date in the clause
    SET = "set"  # a date or a value fixed: a date moved, or a value decided
    THREAT = "threat"  # a lawsuit, a legal challenge: a threat to the plan (rule 7)
    RELOCATE = "relocate"  # moved elsewhere: the end of a state of place
    NEGOTIATE = "negotiate"  # talks: a step toward what they are about


MOVES = frozenset({EventClass.INCREASE.value, EventClass.DECREASE.value})
"""Classes of the words that move a figure up or down ("rise", 値上げ)."""
REACHING = frozenset({EventClass.ACHIEVED.value, EventClass.SHORTFALL.value})
"""Classes of the words that say a figure was reached or missed ("hits", 届かず)."""


class Modifier(StrEnum):
    NEGATION = "negation"
    FUTURE = "future"
    FUTURE_AFTER = "future_after"
    INTENT = "intent"
    EXPECTED = "expected"
    HEDGE = "hedge"
    BACKREF = "backref"
    BACKGROUND_OPENER = "background_opener"
    AS_PLANNED = "as_planned"
    PLAN_KEPT = "plan_kept"
    DENIAL = "denial"
    OPINION = "opinion"
    LATER_ROUND = "later_round"
    UNDO = "undo"
    PARTIAL = "partial"
    TEMPORARY = "temporary"
    FIRST_ROUND = "first_round"
    LIST_INTRO = "list_intro"
    EXAMPLE_INTRO = "example_intro"
    TRADE_VERB = "trade_verb"
    DENYING_VERB = "denying_verb"
    LEGAL = "legal"
    NEUTRAL = "neutral"
    REPORT_NOUN = "report_noun"
    THIRD_PARTY = "third_party"
    BACKGROUND_INITIAL = "background_initial"
    CLAUSE_OPENER = "clause_opener"
    MEASURE = "measure"


Words = Mapping[str, tuple[str, ...]]  # language -> words


@dataclass(frozen=True, slots=True)
class Lexicon:
    classes: Mapping[EventClass, Words]
    modifiers: Mapping[Modifier, Words]
    opinion_labels: Words  # a title starting with one is an opinion piece
    noun_followers: Words  # "signs of": a cue followed by one reads as a noun
    hedge_forms: Words  # hedging word forms matched as written, not lemmatised
    future_forms: Words  # future forms matched as written ("sera": its lemma is "être")
    third_party_forms: Words  # third parties matched as written ("unions", not "union")
    digest: str  # sha256 of the data files
    determiners: Words = field(default_factory=dict)  # "the planned X": an adjective
    prepositions: Words = field(default_factory=dict)  # "summit on the stadium": X is the head
    purpose_words: Words = field(default_factory=dict)  # "meet to plan": a purpose, not a plan
    destinations: Words = field(default_factory=dict)  # "move it to Castel": a place
    venue_nouns: Words = field(default_factory=dict)  # "change of venue": the place moved
    locatives: Words = field(default_factory=dict)  # "in Aubry": a place (relocation, attribution)
    receiving_verbs: Words = field(default_factory=dict)  # "plant gets green light": its receiver
    relative_pronouns: Words = field(default_factory=dict)  # ", who led the bid,": describes
    period_words: Words = field(default_factory=dict)  # "in its first year": a span of time
    month_words: Words = field(default_factory=dict)  # "in March": a month's count
    last_year: Words = field(default_factory=dict)  # "last year": the year before
    lateness_words: Words = field(default_factory=dict)  # "three months late": no span
    late_nouns: Words = field(default_factory=dict)  # 2カ月遅れ: how late, not put off
    other_words: Words = field(default_factory=dict)  # "terminal" stems like "terminate"
    coordinators: Words = field(default_factory=dict)  # "A and B": one word governs both
    infinitive_marks: Words = field(default_factory=dict)  # "and to annul", « et d'annuler »
    works_words: Words = field(default_factory=dict)  # "work starts": a step, not the event
    genitives: Words = field(default_factory=dict)  # "committee of the X": X completes it
    topic_prepositions: Words = field(default_factory=dict)  # "inquiry into the X": its topic
    topic_particles: Words = field(default_factory=dict)  # 閉鎖めぐり住民集会: a meeting's topic
    indefinites: Words = field(default_factory=dict)  # "launched a course": a new object
    plan_nouns: Words = field(default_factory=dict)  # "approves the plan": what was decided
    decision_nouns: Words = field(default_factory=dict)  # "puts off its decision"
    preview_labels: Words = field(default_factory=dict)  # "Week ahead:": a preview
    time_nouns: Words = field(default_factory=dict)  # "début mars": a time, not an event
    span_words: Words = field(default_factory=dict)  # "during the trial": a time, no step
    span_fillers: Words = field(default_factory=dict)  # "throughout the whole trial"
    thing_nouns: Words = field(default_factory=dict)  # "the name of": a thing, no event
    thing_prepositions: Words = field(default_factory=dict)  # "from shelves": a thing
    passive_auxiliaries: Words = field(default_factory=dict)  # "the ban … was lifted"
    gap_breaks: Words = field(default_factory=dict)  # "close higher on the deal": no object
    raised_to: Words = field(default_factory=dict)  # "raised to 610 million": a new value
    market_words: Words = field(default_factory=dict)  # "shares jumped to €69": a price
    price_words: Words = field(default_factory=dict)  # "a 6% pay rise": a price, no count
    statement_markers: Words = field(default_factory=dict)  # "denies it is at risk"
    ruled_out: Words = field(default_factory=dict)  # "will never reopen": a stop
    arrangement_objects: Words = field(default_factory=dict)  # "a date for the summit"
    arrangement_nouns: Words = field(default_factory=dict)  # "the date of the summit … agreed"
    meeting_settings: Words = field(default_factory=dict)  # "lors de": where, not what
    clause_joiners: Words = field(default_factory=dict)  # "and said": a new clause
    finite_verbs: Words = field(default_factory=dict)  # "said", "will" after a joiner
    event_verb_endings: Words = field(default_factory=dict)  # "and abandons": a verb
    endings: Words = field(default_factory=dict)  # "closure": a thing ended, not a plan
    ending_phrases: Words = field(default_factory=dict)  # "the strike will end"
    selections: Words = field(default_factory=dict)  # "picks": someone chosen
    groundbreaking: Words = field(default_factory=dict)  # "breaks ground": works started
    openings: Words = field(default_factory=dict)  # "goes live": opened to its users
    enactments: Words = field(default_factory=dict)  # "takes effect": a rule in force
    completions: Words = field(default_factory=dict)  # "completed": a thing finished
    foundings: Words = field(default_factory=dict)  # "creates the fund": founded by an act
    ballots: Words = field(default_factory=dict)  # "voters went to the polls": a vote held
    ballot_nouns: Words = field(default_factory=dict)  # "will hold a referendum": a vote
    immediate: Words = field(default_factory=dict)  # "with immediate effect": now
    final_words: Words = field(default_factory=dict)  # "the final cost": a figure's last
    run_end_words: Words = field(default_factory=dict)  # "appeal closes with £470,000"
    run_nouns: Words = field(default_factory=dict)  # "call closes": a run ended
    until_words: Words = field(default_factory=dict)  # "kept until 2028": how long
    substitutes: Words = field(default_factory=dict)  # "in the gym rather than the hall"
    deferring_words: Words = field(default_factory=dict)  # 採決を見送った: put off
    inverted_subjects: Words = field(default_factory=dict)  # « ferme-t-il » (see cue_filters)
    doubting_tellers: Words = field(default_factory=dict)  # "…, council leader hints"
    attempts: Words = field(default_factory=dict)  # "bid to overturn": only tried
    pledge_words: Words = field(default_factory=dict)  # "repeated that it would stay"
    extent_prepositions: Words = field(default_factory=dict)  # "extends over 31,000 ha"
    awaiting_words: Words = field(default_factory=dict)  # "until the fund is voted"
    unbroken: Words = field(default_factory=dict)  # "open throughout the works": no pause
    so_far: Words = field(default_factory=dict)  # "has already hired 620": a count so far
    interim_words: Words = field(default_factory=dict)  # "with ten weeks to go": no end yet
    place_suffixes: Words = field(default_factory=dict)  # 汐凪市, 県: a Japanese place name
    roundups: Words = field(default_factory=dict)  # "nationwide", 各地: no one town's news
    headline_openers: Words = field(default_factory=dict)  # "Why", « C'est »: no name
    article_contractions: Words = field(default_factory=dict)  # "le Département": "du …"
    bill_words: Words = field(default_factory=dict)  # "Vapes Bill": a bill's name …
    act_words: Words = field(default_factory=dict)  # … and the act it becomes, "Vapes Act"
    participle_endings: Words = field(default_factory=dict)  # "closed": participles.py
    not_participle_endings: Words = field(default_factory=dict)  # "exceed", "fermetures"
    preview_prepositions: Words = field(default_factory=dict)  # "ahead of the vote"
    legal_challenges: Words = field(default_factory=dict)  # "court rejects the challenge"
    offers: Words = field(default_factory=dict)  # "rejects Terralait's bid for": an offer
    fault_words: Words = field(default_factory=dict)  # "boiler failure shuts": a pause
    difficulty_words: Words = field(default_factory=dict)  # "struggles to recruit"
    end_verbs: Words = field(default_factory=dict)  # "votes to end free parking": a stop
    end_verbs_after: Words = field(default_factory=dict)  # "the council grant ends": a stop
    level_freezes: Words = field(default_factory=dict)  # "frozen at $2": a level kept
    aim_prepositions: Words = field(default_factory=dict)  # "press for a rate cut": wished
    opposed_prepositions: Words = field(default_factory=dict)  # "appeal against the fine"
    headcount_prepositions: Words = field(default_factory=dict)  # "300 at the meeting"
    audience_words: Words = field(default_factory=dict)  # "meeting: 350 participants"
    gathering_verbs: Words = field(default_factory=dict)  # « a réuni 350 personnes »
    meeting_report_prepositions: Words = field(default_factory=dict)  # "fears at the meeting"
    meeting_nouns: Words = field(default_factory=dict)  # "public meeting": a meeting's name
    meeting_moods: Words = field(default_factory=dict)  # "stormy meeting": it was held
    crowd_words: Words = field(default_factory=dict)  # "packed hall": a crowd came
    meeting_told: Words = field(default_factory=dict)  # "residents tell inquiry": held
    lasting_words: Words = field(default_factory=dict)  # "closed for five years": how long
    first_time: Words = field(default_factory=dict)  # "meets for the first time": a verb's time
    meeting_hears: Words = field(default_factory=dict)  # "inquiry hears of fears": held
    neutral_as_written: Words = field(default_factory=dict)  # "close to", not "closed to"
    verb_markers: Words = field(default_factory=dict)  # "will close to traffic": a verb
    attributive_after: Words = field(default_factory=dict)  # "opens in closed school"
    linking_verbs: Words = field(default_factory=dict)  # "to stay closed": a state
    recipient_particles: Words = field(default_factory=dict)  # 住民への開放: for whom
    joint_particles: Words = field(default_factory=dict)  # 市と労組が合意: a party to it
    effective_from: Words = field(default_factory=dict)  # "approves it from 1 May": done
    effect_periods: Words = field(default_factory=dict)  # "approves it for 2026": done
    committees: Words = field(default_factory=dict)  # "committee backs the treaty": a step
    plenaries: Words = field(default_factory=dict)  # "the full house passed it": no committee
    talks_nouns: Words = field(default_factory=dict)  # "open talks": a step toward the thing
    not_before: Words = field(default_factory=dict)  # "will not open before May": put off
    cause_openers: Words = field(default_factory=dict)  # "scraps it after residents object"
    present_endings: Words = field(default_factory=dict)  # "débutent": a present verb
    not_present_endings: Words = field(default_factory=dict)  # "lancement": no verb
    reflexives: Words = field(default_factory=dict)  # "se tient": a finite verb after it
    infinitive_intents: Words = field(default_factory=dict)  # "compte ouvrir": intent
    infinitive_endings: Words = field(default_factory=dict)  # "-er", "-ir": an infinitive
    past_auxiliaries: Words = field(default_factory=dict)  # "s'est ouvert": past
    perfect_auxiliaries: Words = field(default_factory=dict)  # "ont assisté": a past verb
    subject_auxiliaries: Words = field(default_factory=dict)  # "Asanagi a choisi": its subject
    retrospective_auxiliaries: Words = field(default_factory=dict)  # « aura coûté »: looking back
    request_nouns: Words = field(default_factory=dict)  # "turns down the request": kept
    possessives: Words = field(default_factory=dict)  # "Air's request": a name's mark
    restrictive: Words = field(default_factory=dict)  # "n'a recruté que trois": only
    negation_partners: Words = field(default_factory=dict)  # "ne … pas": a negation
    verb_negations: Words = field(default_factory=dict)  # "first stone not yet laid"
    lone_auxiliaries: Words = field(default_factory=dict)  # « a voté »: « a » is a verb


class LexiconError(ValueError):
    """A lexicon data file is malformed (a packaging or editing mistake)."""


def _words(table: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(value)


# The ``[markers]`` lists: each Lexicon field below is read from the key of its name.
MARKER_LISTS = tuple(f.name for f in fields(Lexicon)
                      if f.name not in ("classes", "modifiers", "digest"))


@cache
def load_lexicon() -> Lexicon:
    """The lexicon of every supported language (read once per process)."""
    classes: dict[EventClass, dict[str, tuple[str, ...]]] = {c: {} for c in EventClass}
    modifiers: dict[Modifier, dict[str, tuple[str, ...]]] = {m: {} for m in Modifier}
    marker_lists: dict[str, dict[str, tuple[str, ...]]] = {n: {} for n in MARKER_LISTS}
    digest = hashlib.sha256()
    for language in LEXICON_LANGUAGES:
        name = f"lexicon.{language}.toml"
        raw = files("tracker.match.data").joinpath(name).read_bytes()
        digest.update(raw)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise LexiconError(f"{name}: {error}") from error
        section_classes = data.get("classes", {})
        section_modifiers = data.get("modifiers", {})
        markers = data.get("markers", {})
        for key in section_classes:
            if key not in EventClass.__members__.values():
                raise LexiconError(f"{name}: unknown event class '{key}'")
        for cls in EventClass:
            classes[cls][language] = _words(section_classes, cls.value, name)
        for mod in Modifier:
            if mod is not Modifier.CLAUSE_OPENER:
                modifiers[mod][language] = _words(section_modifiers, mod.value, name)
        modifiers[Modifier.CLAUSE_OPENER][language] = _words(markers, "clause_openers", name)
        for list_name in MARKER_LISTS:
            marker_lists[list_name][language] = _words(markers, list_name, name)
    return Lexicon(classes=classes, modifiers=modifiers, digest=digest.hexdigest(),
                   **marker_lists)
