"""Reading a claim's statement: its kind, event classes, figures and word families
(``ClaimReading``), once per claim when the matcher is built."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from tracker.match.deciding.committees import names_a_committee
from tracker.match.finding.families import (
    ENDINGS,
    claim_families,
    completes,
    statement_families,
)
from tracker.match.finding.index import CompiledClaim, Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.kinds import ClaimReading, named_by_shared_names, read_claim
from tracker.match.reading.cue_filters import a_season, place_not_level, stems_alike
from tracker.match.reading.modifier_filters import neutral_by_stems_only
from tracker.match.states.closed_states import a_stop_state
from tracker.match.states.relocation import states_a_place
from tracker.match.states.stop_terms import statement_stops, stops_in_terms
from tracker.match.targets.amounts import without_asides
from tracker.match.targets.claim_numbers import (
    claim_figures,
    states_a_figure,
    states_a_size,
    states_money,
    states_percent,
)
from tracker.match.targets.figures import names_a_period
from tracker.match.targets.moves import names_price
from tracker.match.targets.target_reading import claim_target
from tracker.match.text.durations import allows_no_pause
from tracker.match.text.language_guess import statement_language
from tracker.match.text.normalize import Stemmer, fold
from tracker.match.text.spans import inside_longer
from tracker.match.text.time_words import without_starts_of_spans
from tracker.match.text.timeexpr import days_named
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind, GroupRole


def read_statement(claim: CompiledClaim, index: PatternIndex, stemmer: Stemmer,
                   uses: Counter[int],
                   event_sets: dict[frozenset[EventClass], frozenset[EventClass]],
                   ) -> ClaimReading:
    """The claim's kind and event classes, from its statement's lexicon words.

    ``uses`` counts the claims naming each pattern; ``event_sets`` interns equal
    event sets across claims (claims of one kind mostly read the same classes)."""
    statement, lexicon = claim.claim.statement, index.lexicon
    view = view_of_texts(statement, "", statement_language(statement), stemmer)
    word_classes: dict[int, set[EventClass]] = {}
    # "will hold its first session at the museum" is no level kept
    hits = [h for h in index.locate(view, index.scan(view))
            if not place_not_level(index, view, h)]
    # a neutral phrase holds its words: "take over as chief executive" is no takeover
    neutral = [h for h in hits if any(  # ("closed to" is no "close to")
        m.kind is Modifier.NEUTRAL and not neutral_by_stems_only(lexicon, view, h, m)
        for m in index.modifiers.get(h.pid, ()))]
    # "lift off" is no "lift": a word inside a longer lexicon phrase is that phrase's
    phrases = [h for h in hits if index.classes_in(h.pid, view.language)]
    # "terminal" only stems like "terminate"
    hits = [h for h in hits if not stems_alike(index.lexicon, view, h)
            and not a_season(view, h)]  # "will open in the fall of 2026": no fall
    names = _proper_names(claim, hits)  # "Orrin Falls" holds no fall
    hits = [h for h in hits if not inside_longer(h, names)]
    for hit in hits:
        if inside_longer(hit, neutral) or inside_longer(hit, phrases):
            continue
        word_classes.setdefault(hit.pid, set()).update(
            r.event_class for r in index.classes_in(hit.pid, view.language))
    classes: set[EventClass] = set().union(*word_classes.values())
    reading = read_claim(claim.claim, classes)
    c = claim.claim
    texts = [c.statement, c.source_text, *(t for g in c.groups for t in g.all_terms())]
    required = [g for g in claim.groups if g.role is GroupRole.REQUIRED and g.pids]
    markers = None
    marker_languages: frozenset[str] = frozenset()
    if claim.cues and named_by_shared_names([g.pids for g in required], uses):
        markers = frozenset(claim.cues)
        marker_languages = frozenset(r.language for refs in claim.cues.values()
                                     for r in refs)
    events = reading.events
    if reading.kind is ClaimKind.TARGET and not states_a_figure(statement):
        # a target with no figure ("will raise output"): the rise done is the claim
        events |= classes & {EventClass.INCREASE, EventClass.DECREASE}
    # "will shut down its 3G network": a stop is its event when no other event
    # word says what happens
    stop_is_event = EventClass.OCCURRED not in classes
    own_decisions: frozenset[int] = frozenset()
    if reading.kind is ClaimKind.EVENT:  # "will sign the contract": "signs" is its event
        own = {EventClass.DECIDED} | ({EventClass.CANCEL} if stop_is_event else set())
        own_decisions = frozenset(pid for pid, found in word_classes.items()
                                  if found & own)
    # "will shut down its 3G network", "will choose a contractor": the event's word
    # family
    refs = [r for hit in hits if not inside_longer(hit, neutral)
            for r in index.classes_in(hit.pid, view.language)]
    families = statement_families(
        index.lexicon, reading.kind, view, statement, refs, stop_is_event,
        [h for h in hits if EventClass.OCCURRED in word_classes.get(h.pid, ())
         and not completes(index.lexicon, index.classes_in(h.pid, view.language))])
    # "will close 137 branches": its closures count it
    counts_endings = (reading.kind is ClaimKind.TARGET and ENDINGS in claim_families(
        index.lexicon, ClaimKind.EVENT, refs))
    # a state that is itself a stop ("keep its ban on rentals"), a decision to stop
    # ("the plan to close five libraries"): the word names what is kept or decided
    own_stops = statement_stops(index, view, reading.kind, word_classes, hits)
    if own_stops and reading.kind is ClaimKind.STATE:
        # « moratoire » for "the moratorium stays in force": the same stop
        own_stops |= stops_in_terms(index, stemmer, claim)
    elif reading.kind is ClaimKind.EVENT and not stop_is_event and EventClass.CANCEL in classes:
        # "the ban will take effect": a stop word of its terms (使用禁止) names what
        # takes effect (read only for a statement that names a stop: a start-up cost)
        own_stops = stops_in_terms(index, stemmer, claim)
    if markers is not None:
        # the statement's own event verb says which event it is, as its cues do
        # ("will launch the fund": "fund launched" is about this claim)
        own_verbs = {pid for pid, found in word_classes.items() if found & events}
        markers |= own_verbs
        if own_verbs:
            marker_languages |= {view.language}
    events = event_sets.setdefault(events, events)
    periods = index.lexicon.period_words
    # an aside ("(construction plus 20 years of operation)") says what the figure
    # covers, not a span its news must name
    main_text = without_asides(statement)
    over_span = any(names_a_period(main_text, language, words)
                    for language, words in periods.items())
    folded = fold(c.statement)
    moment = without_starts_of_spans(folded)
    counted_at_start = moment != folded and not any(
        names_a_period(moment, language, words) for language, words in periods.items())
    target = (claim_target(view, c, stemmer, reading.kind, reading.falls)
              if reading.kind in (ClaimKind.TARGET, ClaimKind.STATE) else None)
    of_place = reading.kind is ClaimKind.STATE and states_a_place(
        index.lexicon, statement, view.language,
        [view.tokens[h.first_token].raw for h in hits
         if EventClass.PERSIST in word_classes.get(h.pid, ())])
    # a count target's sums are no figures of it ("1,500 patients (about €40m)")
    money = states_money(texts) and (target is None or target.sum_or_share)
    return replace(reading, events=events, figures=claim_figures(texts), own_markers=markers,
                   marker_languages=marker_languages,
                   percent=states_percent(texts), money=money, sizes=states_a_size(texts),
                   names_price=names_price(index.lexicon,
                                           (t for g in c.groups for t in g.all_terms())),
                   over_span=over_span, counted_at_start=counted_at_start,
                   event_words=own_decisions,
                   own_stops=own_stops, families=families,
                   own_days=days_named(map(fold, (c.statement, c.source_text)), c.claimed_on),
                   stop_state=(reading.kind is ClaimKind.STATE and bool(own_stops)
                               and a_stop_state(view, word_classes, hits)),
                   count_classes=(frozenset(c.value for c in classes)
                                  if reading.kind is ClaimKind.TARGET else frozenset()),
                   target=target, of_place=of_place,
                   term_heads=frozenset(words[-1] for g in claim.groups
                                        if g.role is not GroupRole.EXCLUDE
                                        for words in map(str.split, map(fold, g.terms.values()))
                                        if words),
                   names_committee=names_a_committee(index.lexicon, c),
                   counts_endings=counts_endings,
                   unbroken=reading.kind is ClaimKind.STATE and (
                       allows_no_pause(index.lexicon, statement, view.language)
                       or allows_no_pause(index.lexicon, c.source_text,
                                          c.source_language)))


def _proper_names(claim: CompiledClaim, hits: list[Hit]) -> list[Hit]:
    """The claim's own terms of several words, each capitalised as written ("Orrin
    Falls", "Grand Rapids"): a place or a body, whose words are no event."""
    written = {pid: text for g in claim.groups for pid, text in g.terms.items()}
    return [h for h in hits if h.pid in written and len(words := written[h.pid].split()) > 1
            and all(w[:1].isupper() for w in words)]
