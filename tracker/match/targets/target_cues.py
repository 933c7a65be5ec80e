"""A target claim's figures as cues: interim figures are steps, a figure past the
target is its event, and one short of it after the deadline a stop (rule 7)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import MOVES, EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.clause_rules import OBJECT_REACH_JA, clause_text, governs
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Role
from tracker.match.targets.amounts import amount_quantities
from tracker.match.targets.count_setbacks import setbacks
from tracker.match.targets.figure_dates import dated_by_a_month, read_at_a_date
from tracker.match.targets.figures import (
    figure_hits,
    milestone_hits,
    names_a_period,
    names_a_years_count,
    quantity_clauses,
    quantity_hit,
)
from tracker.match.targets.magnitudes import (
    LEVEL_BAND,
    PERCENT,
    Target,
    counted_figures,
    quantities,
)
from tracker.match.targets.moves import FIGURE_PRICE_REACH, price_move
from tracker.match.targets.quantity import Quantity
from tracker.match.targets.share_moves import share_moves
from tracker.match.targets.target_done import completed_clauses
from tracker.match.targets.target_labels import levels_of_named_targets, object_of_a_verb
from tracker.match.targets.target_outcome import (
    a_level,
    against_target,
    beside_the_level,
    reached_at,
    written_in,
)
from tracker.match.targets.target_rises import read_with_its_rise, rises_setting
from tracker.match.targets.target_run_end import ended_by, run_end_words
from tracker.match.text.view import EntryView

FIGURE = "figure"  # the source of an interim figure's cue
COUNT_REACH = 3  # tokens from a target's own verb to its figure ("hired another 2,050")


def target_cues(ctx: SentenceContext, hits: Sequence[Hit],
                modifiers: Sequence[tuple[Hit, ModifierRef]], cues: Sequence[Cue]) -> list[Cue]:
    """A target claim's ``cues`` of one sentence, with its figures added. A figure
    against the target is read in any sentence; as progress, only where it can be
    progress. A word of reaching whose figure falls short of the target ("savings
    reaching €2.9bn" against €3.8bn) tells of progress, not of the target met."""
    sentence = hits[0].sentence
    view = ctx.view
    target = ctx.reading.target
    in_sentence = quantities(view, *view.sentence_span(sentence)) if target is not None else []
    # "the appeal, which closed at £7.7m": a run's end counts its figure, and stops nothing
    ends = run_end_words(ctx, sentence, in_sentence)
    ended_clauses = {view.clause_of(t) for t in ends}
    counted = quantity_clauses(ctx.claim, view, hits) | ended_clauses
    sums = amount_quantities(view, sentence)  # read once for the sentence
    # "drivers win a 6% pay rise": a price's figure counts nothing of the target
    figures = [Cue(h, text, FIGURE, Role.STEP)
               for h, text in _interim(ctx, sentence, sums, hits)
               if view.clause_of(h.first_token) in counted
               and not price_move(ctx, h.first_token, h.last_token, FIGURE_PRICE_REACH)]
    found: list[Quantity] = []
    if target is not None:
        first, last = view.sentence_span(sentence)
        measures = [(h.first_token, h.last_token) for h, m in modifiers
                    if m.kind is Modifier.MEASURE and not object_of_a_verb(view, h, cues)]
        own_levels = levels_of_named_targets(ctx, hits)
        found = [q for q in counted_figures(view, first, last, target,
                                            _candidates(view, sentence, target, sums),
                                            measures)
                 if view.clause_of(q.first) in counted and q.first not in own_levels
                 and not price_move(ctx, q.first, q.last, FIGURE_PRICE_REACH)]
        if target.exact:  # a level to stay at: the clauses that say it kept
            kept = {view.clause_of(c.hit.first_token) for c in cues
                    if c.source == EventClass.PERSIST.value}
            found = beside_the_level(view, found, in_sentence, kept, target.value)
    if target is not None and target.holds:
        # a state's bound: only a figure near it is a level of the state ("300 residents
        # came to greet the train" is none)
        levels = [q for q in in_sentence
                  if target.value / LEVEL_BAND <= q.value <= target.value * LEVEL_BAND]
        figures = [c for c in figures if any(
            q.first <= c.hit.last_token and c.hit.first_token <= q.last for q in levels)]
    ended = ended_by(cues, ends)
    cues = [c for c in cues if c not in ended]
    negations = [h for h, m in modifiers if m.kind is Modifier.NEGATION]
    cues = [_short_of(view, cue, target, [*found, *_objects(view, cue, in_sentence)], negations)
            for cue in cues]
    figures = [f for f in figures if not _reached_past(ctx, f, cues, in_sentence)]
    if any(c.role is Role.DECISION for c in cues) and not (target is not None and target.holds):
        # "agree a deal with a 10% pay rise": a figure decided, not reached; a state's
        # bound crossed by a decision is broken ("votes to lift the levy to £61"). A
        # run's end in a clause of its own still counts ("the appeal, which closed at …").
        found = [q for q in found if view.clause_of(q.first) in ended_clauses]
    # "Will Tessaly get inflation down to 3%?", "the 3% inflation target": a rate's
    # level named as a question or a goal is the target restated, not reached
    restated = any(mark in view.sentences[sentence] for mark in ("?", "？")) or any(
        m.kind is Modifier.MEASURE and h.sentence == sentence for h, m in modifiers)
    rises = rises_setting(view, sentence, found, cues) if ctx.reading.rises else {}
    done = completed_clauses(ctx, hits, target, in_sentence)
    if not _counts_progress(ctx, hits, modifiers):
        # "passes 1,000 animals": a count said reached runs over the target's span
        figures = [c for c in figures
                   if reached_at(view, c.hit.first_token, c.hit.last_token)]
    new = _against_target(ctx, sentence, found, figures, restated, bool(ends),
                          frozenset(q.first for q in found
                                    if (q.first in rises and a_level(view, q))
                                    or view.clause_of(q.first) in done))
    new = [read_with_its_rise(c, rises) for c in new]
    # the clauses that report the target met, by a figure or the claim's own words
    met = {view.clause_of(c.hit.first_token) for c in [*new, *cues]
           if c.role is Role.EVENT and (c in new or is_own(c.source))}
    if met:  # the words that measured or set the figure met are read with it
        setting = list(rises.values())
        cues = [c for c in cues if (c.source not in _measured(ctx) and c not in setting
                                    and not _counting_verb(ctx, c, new)
                                    and not _rise_of_the_count(ctx, c, hits))
                or view.clause_of(c.hit.first_token) not in met]
    # "three tenants pull out": some of the count lost; "traffic up 14%": a move so far
    cues = setbacks(ctx, cues, figures) + share_moves(ctx, sentence, counted)
    # "its 800,000th visitor": the target reached
    return cues + new + [Cue(h, figure_text(view, h), EventClass.ACHIEVED.value, Role.EVENT)
                         for h in milestone_hits(view, sentence, _own_figures(ctx))]


def _own_figures(ctx: SentenceContext) -> frozenset[str]:
    """The figure an ordinal must be to mark the target reached: the target's own ("its
    800,000th visitor"), not any of the claim's (2回目の説明会 is a second briefing)."""
    target = ctx.reading.target
    if target is None or target.value != int(target.value):
        return ctx.reading.figures
    return frozenset({str(int(target.value))})


def _counting_verb(ctx: SentenceContext, cue: Cue, figures: Sequence[Cue]) -> bool:
    """A word of the class of the target's own verb whose object is a figure that meets
    the target ("hired 2,050 nurses", "a recruté 1 950 infirmières", 1950人を採用): how
    it was counted, no step. "opens recruitment for 220 pilots" counts no one yet."""
    if cue.source not in ctx.reading.count_classes:
        return False
    view = ctx.view
    stops = ctx.index.lexicon.prepositions.get(view.language, ())
    for figure in figures:
        if figure.role is not Role.EVENT:
            continue
        if view.language == "ja":
            # its object, marked by を (1950人を採用, the を maybe the cue's own: 人を採用);
            # 300人の募集 is a noun phrase
            between = view.text[figure.hit.end: cue.hit.start]
            marked = view.text[figure.hit.end: cue.hit.end]
            if (governs(cue.hit, figure.hit, "ja", OBJECT_REACH_JA)
                    and "を" in marked and "の" not in between):
                return True
        elif governs(cue.hit, figure.hit, view.language, COUNT_REACH) and not any(
                t.raw in stops
                for t in view.tokens[cue.hit.last_token + 1: figure.hit.first_token]):
            return True
    return False


def _rise_of_the_count(ctx: SentenceContext, cue: Cue, hits: Sequence[Hit]) -> bool:
    """"exports rise to €915m": a rise whose subject is what the claim counts (a claim
    term before it, none after it in its clause) is the figure moving, not a figure
    raised by someone ("boosts the flood fund to €650m", "relève à 3 milliards son
    plan", 基金を6億ユーロに増額: a revision)."""
    if cue.source not in MOVES:
        return False
    view = ctx.view
    clause = view.clause_of(cue.hit.first_token)
    terms = [h for h in hits if h.pid in ctx.claim.term_pids
             and view.clause_of(h.first_token) == clause]
    before = [h for h in terms if h.end <= cue.hit.start]
    if not before:
        return False
    if view.language == "ja":  # the object comes first, marked by を
        last = min(before, key=lambda h: h.end)
        return "を" not in view.text[last.end: cue.hit.start]
    return not any(h.first_token > cue.hit.last_token for h in terms)


def _measured(ctx: SentenceContext) -> frozenset[str]:
    """The words a figure that meets the target measures, beside it in its clause: the
    work done ("completes €2.6bn overhaul"), a share's rise or fall ("trips climb
    15.4%"), a fall for a target that is one ("cut costs by ¥12bn"). A rise beside a sum
    or a count is kept: "fund raised to €600m" may be no payout."""
    moves = {EventClass.CHANGE.value, EventClass.PROGRESS.value}
    target = ctx.reading.target
    if target is not None and target.unit == PERCENT:
        moves |= MOVES
    if ctx.reading.falls:
        moves |= {EventClass.DECREASE.value, EventClass.SHORTFALL.value}
    if ctx.reading.rises:
        moves.add(EventClass.INCREASE.value)  # "raises the wage to €1,400": the target met
    return frozenset(moves)


def _interim(ctx: SentenceContext, sentence: int, read: Sequence[Quantity],
             hits: Sequence[Hit]) -> list[tuple[Hit, str]]:
    """The interim figures of a sentence. For a sum or share target, its shares (for a
    share) or its sums in any currency (for a sum) read whole ("€2.4bn"), not the
    target repeated, and the bare figures besides ("porte l'enveloppe à 650 millions").
    ``read`` are the sentence's sums and shares; ``hits`` its terms."""
    view, target, reading = ctx.view, ctx.reading.target, ctx.reading
    counted = frozenset(pid for g in ctx.claim.groups
                        if target is not None and g.name == target.counted_group
                        for pid in g.pids)
    bare = figure_hits(view, sentence, reading.figures, reading.percent, reading.money, read,
                       reading.sizes, frozenset(h.first_token for h in hits if h.pid in counted))
    if target is None or not target.sum_or_share:
        return [(h, figure_text(view, h)) for h in bare]
    sums = [q for q in read if (q.unit == PERCENT) == (target.unit == PERCENT)]
    shares = [(quantity_hit(view, q, sentence), q.text) for q in sums if q.value != target.value]
    if target.unit == PERCENT:  # "420 help desks" is no share of the homes that answered
        return shares
    return shares + [
        (h, figure_text(view, h)) for h in bare
        if not any(q.first <= h.last_token and h.first_token <= q.last for q in sums)]


def _candidates(view: EntryView, sentence: int, target: Target,
                sums: Sequence[Quantity]) -> list[Quantity]:
    """The figures of a sentence that may count what ``target`` counts: its ``sums``
    or shares in the target's unit, or its counts that are no sum or share."""
    if target.sum_or_share:
        return [q for q in sums if q.unit == target.unit]
    first, last = view.sentence_span(sentence)
    return [q for q in quantities(view, first, last)
            if not any(s.first <= q.last and q.first <= s.last for s in sums)]


OBJECT_FIGURE_REACH = 2  # tokens from a word of reaching to the figure it reaches


def _objects(view: EntryView, cue: Cue, quantities_: Sequence[Quantity]) -> list[Quantity]:
    """The figure right after a word of reaching, whatever it counts ("sales reach 13,900
    days before the show": the figure is what was reached, not the days)."""
    if not view.tokens[cue.hit.last_token].latin:
        return []
    return [q for q in quantities_
            if 0 < q.first - cue.hit.last_token <= OBJECT_FIGURE_REACH]


def _short_of(view: EntryView, cue: Cue, target: Target | None,
              found: Sequence[Quantity], negations: Sequence[Hit]) -> Cue:
    """A general word of reaching, in a clause whose figure is below the target: an
    interim figure, a step. Not when negated: "will not pass 11 million" (of 12)
    foretells the target missed."""
    clause = view.clause_of(cue.hit.first_token)
    if (target is None or cue.source != EventClass.ACHIEVED.value or cue.role is not Role.EVENT
            or not any(q.value < target.value and view.clause_of(q.first) == clause
                       for q in found)
            or any(view.clause_of(h.first_token) == clause for h in negations)):
        return cue
    return Cue(cue.hit, cue.text, EventClass.PROGRESS.value, Role.STEP)


def _reached_past(ctx: SentenceContext, figure: Cue, cues: Sequence[Cue],
                  in_sentence: Sequence[Quantity]) -> bool:
    """The count a word of reaching reaches, at or past a count to pass ("applicants
    reach 260" of 240, with no unit after it): the word tells the target met, so the
    figure is no interim count beside it. A month's figure stays interim."""
    target = ctx.reading.target
    if target is None or target.below or target.ceiling or target.change or (
            target.sum_or_share):
        return False
    return any(cue.source == EventClass.ACHIEVED.value and cue.role is Role.EVENT
               and any(q.value >= target.value and q.first <= figure.hit.last_token
                       and figure.hit.first_token <= q.last and not dated_by_a_month(ctx, q)
                       for q in _objects(ctx.view, cue, in_sentence))
               for cue in cues)


def _against_target(ctx: SentenceContext, sentence: int, found: Sequence[Quantity],
                    figures: list[Cue], restated: bool = False, final: bool = False,
                    set_levels: frozenset[int] = frozenset()) -> list[Cue]:
    """A figure that meets the target is its event; after the deadline, one below it is
    a shortfall (a stop, rule 7); otherwise the figures are interim (steps). A rate's
    level ``restated`` (asked about, or named as the goal) is not reached by itself."""
    target, view = ctx.reading.target, ctx.view
    if target is not None and target.at_level and restated:
        target = replace(target, at_level=False)
    first, last = view.sentence_span(sentence)
    late = ctx.late or final or (target is not None and (target.ceiling or target.floor)
                        and written_in(ctx.index.lexicon.final_words.get(view.language, ()),
                                       clause_text(view, (first, last)), view.language))
    # a level to fall under ("inflation will fall below 3%") is passed by a figure under
    # it; a level to fall to ("cut the quota to 38,000 t") is set or revised, not
    # reached: news of it is interim
    level_set = ctx.reading.falls and target is not None and not (
        target.change or target.below or target.ceiling or target.floor)
    if target is not None and not read_at_a_date(target):
        # "the return rate hit 87% in March": a month's figure of a year's target is
        # interim, before the deadline and after it
        found = [q for q in found if not dated_by_a_month(ctx, q)]
    outcome = (against_target(view, first, last, found, target, late, below=target.below,
                              restated=restated, set_levels=set_levels)
               if target is not None and not level_set else None)
    if outcome is None:
        return figures
    quantity, reading = outcome
    hit = quantity_hit(view, quantity, sentence)
    role = Role.EVENT if reading == EventClass.ACHIEVED.value else Role.STOP
    return [Cue(hit, quantity.text or figure_text(view, hit), reading, role)]


def _counts_progress(ctx: SentenceContext, hits: Sequence[Hit],
                     modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """Can a figure in this sentence be progress toward the target? For a target counted
    over a span of time, only when the sentence names a span too, or a target or
    forecast ("31,400 passengers in the first quarter", "goal raised to 900,000"):
    "212 passengers aboard the first train" counts one trip."""
    target = ctx.reading.target
    if (not ctx.reading.over_span or any(m.kind is Modifier.MEASURE for _, m in modifiers)
            or (target is not None and target.unit == PERCENT and target.change)):
        return True  # "complaints down 14%": a share's change so far, for a fall by 30%
    language = ctx.view.language
    lexicon = ctx.index.lexicon
    sentence = ctx.view.sentences[hits[0].sentence]
    return names_a_years_count(sentence) or names_a_period(sentence, language,
                          (*lexicon.period_words.get(language, ()),
                           *lexicon.month_words.get(language, ())),
                          lexicon.lateness_words.get(language, ()))


def figure_text(view: EntryView, hit: Hit) -> str:
    """The figure's tokens, joined for the evidence: digit groups close up ("38000"), a
    number word keeps its space ("one million")."""
    text = ""
    for token in view.tokens[hit.first_token: hit.last_token + 1]:
        spaced = text and token.latin and not (token.raw.isdigit() and text[-1].isdigit())
        text += (" " if spaced else "") + token.raw
    return text
