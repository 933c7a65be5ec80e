"""A target named by its goal: a title that writes the target's own figure beside a
word of the goal ("Yukihara narrowly misses ¥30m naming-rights goal", « l'objectif de
85 % manqué », 目標の6000件に届かず) is about that target, though it leaves out a word
of what the target measures. The goal word says the figure is a goal, not any count
that happens to match; the figure says whose goal it is.

The group left out must be one of things (the target's matter: "naming-rights
revenue", "drone"), never one of names (the town, the firm) or of catalogue entities:
another town's festival with the same goal (« 目標の5万5000人を達成 » in Germany)
names no place of the claim's. ``relevance.assess`` lets one such group go, and only
when the title names another required group.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.targets.amounts import amount_quantities
from tracker.match.targets.magnitudes import Target, quantities
from tracker.match.targets.quantity import Quantity
from tracker.match.text.katakana import written_as_names
from tracker.match.text.view import EntryView
from tracker.models import Claim, GroupRole

TITLE = 0
GOAL_REACH = 4  # tokens between the figure and its goal word ("¥30m naming-rights goal")


def thing_groups(claim: Claim) -> frozenset[str]:
    """The claim's required groups of things: no catalogue entity, and not written as
    names (most English terms capitalised, else most French ones)."""
    return frozenset(g.name for g in claim.groups if g.role is GroupRole.REQUIRED
                     and not g.entities and not written_as_names(g))


def goal_in_title(target: Target, view: EntryView, goal_words: Sequence[Hit]) -> bool:
    """The title writes ``target``'s own figure within ``GOAL_REACH`` tokens of a word of
    the goal (``goal_words``, the title's hits of the lexicon's `measure` words)."""
    if not goal_words:
        return False
    first, last = view.sentence_span(TITLE)
    figures: list[Quantity] = (amount_quantities(view, TITLE) if target.sum_or_share
                               else quantities(view, first, last))
    return any(q.value == target.value and any(_apart(q, w) <= GOAL_REACH for w in goal_words)
               for q in figures)


def _apart(figure: Quantity, word: Hit) -> int:
    """Tokens from the figure to the word; 0 when they share one (目標1000人 may be one
    Japanese token with its figure's unit: 1000 | 点の目標)."""
    if word.last_token < figure.first:
        return figure.first - word.last_token
    return max(0, word.first_token - figure.last)
