"""An event noun inside a span of time dates something else: "stayed closed during the
works", « fermée pendant toute la durée de l'essai », 工事期間中は無料. The works or the
trial are when the news happened, not news of their own (labelling rule 3)."""

from __future__ import annotations

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext

SPAN_REACH = 5  # tokens from a span word ("during", « pendant ») to the event noun


def in_a_span(ctx: SentenceContext, hit: Hit) -> bool:
    """The event word is the noun of a span of time: a span word before it with only
    fillers between (after it in Japanese)."""
    view = ctx.view
    lexicon = ctx.index.lexicon
    spans = lexicon.span_words.get(view.language, ())
    if not spans:
        return False
    if view.language == "ja":
        return view.text.startswith(spans, hit.end)  # no copy of the rest
    fillers = lexicon.span_fillers.get(view.language, ())
    first = view.sentence_span(hit.sentence)[0]
    for at in range(hit.first_token - 1, max(first, hit.first_token - SPAN_REACH) - 1, -1):
        word = view.tokens[at].raw
        if word in spans:
            return True
        if word not in fillers:
            return False
    return False
