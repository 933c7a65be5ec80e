"""A target or a state claim's figure, read once from its statement: its size, its
unit with the words of the group it counts ("900,000 journeys": the riders group), and
the kind of level it is (a cap, a floor, a level to fall under, a state's bound)."""

from __future__ import annotations

from dataclasses import replace

from tracker.match.targets.amounts import amount_target, without_asides
from tracker.match.targets.bounds import (
    names_a_ceiling,
    names_a_floor,
    names_a_level_below,
    state_bound,
)
from tracker.match.targets.figures import model_codes
from tracker.match.targets.magnitudes import PERCENT, Target, quantities, read_target
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import EntryView, view_of_texts
from tracker.models import Claim, ClaimKind, GroupRole


def claim_target(statement: EntryView, claim: Claim, stemmer: Stemmer, kind: ClaimKind,
                 falls: bool) -> Target | None:
    """The figure a target or a state claim names, as a level or a state's bound."""
    target = _target(statement, claim, stemmer)
    text = claim.statement
    if target is None:
        return None
    if kind is ClaimKind.STATE:
        return state_bound(target, text, statement.language)
    return target if target.change else _level(target, text, statement.language, falls)


def counted_left_out(target: Target | None, view: EntryView) -> frozenset[str]:
    """The group a count target counts, when the entry's title names the target's own
    figure ("オーベオ初年度74万回 目標90万回に届かず": 90万 is its 900,000 journeys, though
    no word for journeys is written): the entry may leave that group out."""
    if target is None or not target.counted_group:
        return frozenset()
    first, last = view.sentence_span(0)
    if any(q.value == target.value for q in quantities(view, first, last)):
        return frozenset({target.counted_group})
    return frozenset()


def _level(target: Target, statement: str, language: str, falls: bool) -> Target:
    """A target's figure as a level: a floor, a cap, or one to fall under or to. An
    aside says what is counted, no bound: "60% (produced within 50 km)" is no cap."""
    statement = without_asides(statement)
    if names_a_floor(statement, language):
        return replace(target, floor=True)  # "will not fall below 8,000"
    if names_a_ceiling(statement, language, below_too=not falls):
        return replace(target, ceiling=True)  # "will stay below ¥5.2bn": a cap
    if not falls:
        return target
    # a rate that comes down to a level is at most that level once it gets there;
    # a level set by a cut ("cut the quota to 38,000 t") is no such thing
    below = names_a_level_below(statement, language)
    rate = not below and target.unit == PERCENT
    return replace(target, below=below or rate, at_level=rate)


def _target(statement: EntryView, claim: Claim, stemmer: Stemmer) -> Target | None:
    """The figure a target claim names, with the words of the group it counts: a sum or
    a share, else a count (outside the statement's asides when it has one there:
    "1,500 patients (about EUR 40 million of sales)")."""
    sum_or_share = amount_target(statement)
    if sum_or_share is not None:
        return sum_or_share
    # each term stemmed in its own language ("logements" is "log" in French)
    groups = [frozenset(t.norm for language, terms in g.terms.items() for term in terms
                        for t in view_of_texts(term, "", language, stemmer).tokens
                        if t.latin) for g in claim.groups]
    main = without_asides(statement.sentences[0])
    target = (read_target(view_of_texts(main, "", statement.language, stemmer), groups)
              or read_target(statement, groups))
    if target is None or target.sum_or_share:
        return target
    if target.value.is_integer() and str(int(target.value)) in model_codes(claim.statement):
        return None  # "PAC-3 interceptor output": a model's name, no figure to reach
    counted = [g.name for g, words in zip(claim.groups, groups, strict=True)
               if g.role is GroupRole.REQUIRED and target.unit in words]
    return replace(target, counted_group=counted[0]) if len(counted) == 1 else target
