"""The cues and modifiers of one sentence for one claim, before each cue is read.

``frames.read_frames`` reads every cue in its clause; this module gathers what that
reading needs once per sentence: the claim's terms found, the modifiers that are not
part of a name, where clauses open, and the event cues with their first roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.match.deciding.arrangements import later_round_named
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.cue_filters import difficulty_alone, place_not_level, stems_alike
from tracker.match.reading.cues import event_cues
from tracker.match.reading.modifier_filters import (
    a_month,
    names_its_thing,
    names_whose,
    no_infinitive,
    own_actor,
    per_head,
    stems_only,
)
from tracker.match.reading.not_before import not_before_cues
from tracker.match.reading.report_denials import report_denials
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.states.ended_states import ended_states
from tracker.match.states.refused_change import refused_changes, refused_requests
from tracker.match.targets.target_cues import target_cues
from tracker.match.text.japanese import a_tally
from tracker.match.text.restriction import restrictive_ne
from tracker.match.text.spans import inside_longer, overlaps, runs_into, within
from tracker.match.text.time_words import starts_a_time
from tracker.match.text.written_words import (
    in_hyphenated_word,
    named_in_the_entry,
    within_a_name,
)
from tracker.models import ClaimKind

_OPENERS = (Modifier.CLAUSE_OPENER, Modifier.BACKGROUND_OPENER, Modifier.BACKGROUND_INITIAL)


@dataclass(frozen=True, slots=True)
class SentenceCues:
    terms: list[Hit]  # the claim terms found in the sentence
    named: frozenset[int]  # tokens inside a claim's name or one of its own cues
    modifiers: list[tuple[Hit, ModifierRef]]
    firsts: list[Hit]  # "first" words, kept even inside a name ("first session")
    openers: list[int]  # the tokens where a clause opens
    cues: list[Cue]
    own_cues: list[Hit]  # the claim's own cues among ``cues``


def sentence_cues(ctx: SentenceContext, hits: Sequence[Hit]) -> SentenceCues:
    """What every cue of the sentence is read against (see the module docstring)."""
    language = ctx.view.language
    index = ctx.index
    hits = [h for h in hits if not place_not_level(index, ctx.view, h)]  # "holds talks at"
    terms = [h for h in hits if h.pid in index.term_pids]
    # A word inside a claim's term (of several Latin words, or Japanese) names the thing:
    # "planning committee" holds no plan, 法案 no 案, "after-sales" opens no clause.
    names = [h for h in terms if h.pid in index.multiword_term_pids or not index.is_latin(h.pid)]
    named = {i for h in names if index.is_latin(h.pid)
             for i in range(h.first_token, h.last_token + 1)}
    found = [(h, m) for h in hits for m in index.modifiers.get(h.pid, ())
             if (not m.latin or m.language == language)
             and not stems_alike(index.lexicon, ctx.view, h)]  # "former" is no "formerly"
    # One that runs into such a term shares its words with the name ("à l'étude" in
    # "passage à l'étude préliminaire"): the words are the name's. A neutral phrase
    # still holds its words (予算案 over the term 新年度予算: its 案 is no hedge).
    modifiers = [(h, m) for h, m in found
                 if (m.kind in (Modifier.LEGAL, Modifier.NEUTRAL) or not (
                     inside_longer(h, names) or any(runs_into(h, n) for n in names)))
                 and not own_actor(ctx, h, m, terms) and not a_month(ctx.view, h, m)
                 and not per_head(ctx.view, h, m)
                 and not stems_only(ctx, h, m)
                 and not names_its_thing(ctx, h, m)
                 and not a_tally(ctx.view, h, m) and not no_infinitive(ctx, h, m)
                 and not restrictive_ne(ctx.index, ctx.view, h, m)
                 and not names_whose(language, h, m, names)
                 # "after" in "after-school club" opens no clause
                 and not (m.kind in _OPENERS and m.latin and h.first_token == h.last_token
                          and in_hyphenated_word(ctx.view, h.first_token))]
    # ... except "first" in a claim's "first session": the claim awaits the first round
    firsts = [h for h, m in found if m.kind is Modifier.FIRST_ROUND]
    # "appeal" in "appeals court" is part of the court's name, not a hedge
    courts = [h for h, m in modifiers if m.kind is Modifier.LEGAL]
    modifiers = [(h, m) for h, m in modifiers
                 if m.kind is Modifier.LEGAL or not inside_longer(h, courts)]
    # a neutral phrase holds its words: 案 in 法案 ("a bill") is no proposal
    neutral = [h for h, m in modifiers if m.kind is Modifier.NEUTRAL]
    modifiers = [(h, m) for h, m in modifiers
                 if m.kind is Modifier.NEUTRAL or not inside_longer(h, neutral)]
    reports = report_denials(modifiers)
    modifiers += reports
    # "since 2021" is a time, not a clause opener ("a link suspended since 2021")
    opener_hits = [h for h, m in modifiers if m.kind in _OPENERS
                   and not (m.latin and h.last_token < ctx.view.sentence_span(h.sentence)[1]
                            and starts_a_time(ctx.view.tokens[h.last_token + 1].raw))]
    # "que" inside "alors que" opens no clause of its own
    openers = sorted(h.first_token for h in opener_hits if not inside_longer(h, opener_hits))
    # "rejecting a press report of …" denies a report: its verb stops nothing
    cues = [c for c in event_cues(ctx, hits, terms, modifiers)
            if not any(overlaps(c.hit, h) for h, _ in reports)
            and not difficulty_alone(ctx, c, hits)
            and (is_own(c.source) or c.hit.pid in index.term_pids  # a venue, a name
                 or not (within_a_name(ctx.view, c.hit.first_token, c.hit.last_token)
                         or named_in_the_entry(ctx.view, c.hit.first_token,
                                               c.hit.last_token)))]
    # a state's bound is read as a target's figure ("population slips below 8,000")
    if hits and (ctx.reading.kind is ClaimKind.TARGET or ctx.reading.target is not None):
        cues = target_cues(ctx, hits, modifiers, cues)
    if ctx.reading.kind is ClaimKind.MEETING:
        cues += later_round_named(ctx, modifiers, cues)
    cues += not_before_cues(ctx, modifiers, cues)  # "will not fly before 2028": put off
    cues = ended_states(ctx, cues)  # "votes to end free parking"
    cues = refused_changes(ctx, cues, hits)  # "rejects the yield increase": the state kept
    modifiers = refused_requests(ctx, cues, modifiers)  # its proposal is no hedge of it
    # a third party inside the claim's own cue is its event's actor ("first residents")
    own_cues = [c.hit for c in cues if is_own(c.source)]
    modifiers = [(h, m) for h, m in modifiers
                 if not (m.kind is Modifier.THIRD_PARTY and within(h, own_cues))]
    named |= {i for h in own_cues for i in range(h.first_token, h.last_token + 1)}
    return SentenceCues(terms, frozenset(named), modifiers, firsts, openers, cues, own_cues)
