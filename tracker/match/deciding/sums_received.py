"""A sum received: "Kestleford obtient les 750 000 livres", "lido wins £2.25m", "medical
school gets full $62 million". Someone granted or paid it: for a claim of a decision
(to grant, fund or buy) the decision is made (labelling rule 4). Other claims do not
read it (for an event, as a decision on its way, it added as many false flags as right
ones: docs/matching-log.md). The receiving verbs are the lexicon's ``receiving_verbs``;
Japanese writes the grant with a decision word (交付決定), so only Latin text is read."""

from __future__ import annotations

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.amounts import amount_quantities
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.targets.magnitudes import PERCENT
from tracker.models import ClaimKind

RECEIPT_REACH = 3  # words from a receiving verb to its sum ("wins a further £2.25m")


def sums_received(ctx: SentenceContext, sentence: int) -> list[Cue]:
    """The sentence's sums that a receiving verb governs, each as a decision cue that
    runs from the verb to the sum."""
    view = ctx.view
    if view.language == "ja" or ctx.reading.kind is not ClaimKind.DECISION:
        return []
    verbs = ctx.index.lexicon.receiving_verbs.get(view.language, ())
    first, last = view.sentence_span(sentence)
    if not any(t.raw in verbs for t in view.tokens[first: last + 1]):
        return []  # most sentences: no sum to read
    found = []
    for quantity in amount_quantities(view, sentence):
        if quantity.unit == PERCENT:
            continue
        lead = range(quantity.first - 1, max(first, quantity.first - RECEIPT_REACH - 1) - 1, -1)
        verb = next((t for t in lead if view.tokens[t].raw in verbs), None)
        if verb is None or view.clause_of(verb) != view.clause_of(quantity.first):
            continue
        end = view.token_starts[quantity.last] + len(view.tokens[quantity.last].norm)
        hit = Hit(FIGURE_PID, view.token_starts[verb], end, verb, quantity.last, sentence)
        found.append(Cue(hit, view.text[hit.start: hit.end], EventClass.DECIDED.value,
                         Role.DECISION))
    return found
