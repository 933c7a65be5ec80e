"""A state promised again: "the mayor repeated that the woods would stay open",
« la maire promet que l'entrée restera gratuite », 開業後も維持すると改めて説明した.

For a state claim, a word of pledge or reassurance (``[markers] pledge_words``) before
the state's own word in its sentence (anywhere in a Japanese one, whose verb comes
last) makes what is still to come the party's word said again: the claim's own
promise retold, no report that the state holds (labelling rules 8 and 9)."""

from __future__ import annotations

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext


def pledged_again(ctx: SentenceContext, hit: Hit) -> bool:
    """A pledge word in the hit's sentence: before it (Latin), or anywhere (Japanese)."""
    view = ctx.view
    words = ctx.index.lexicon.pledge_words.get(view.language, ())
    if not words:
        return False
    if not ctx.index.is_latin(hit.pid):
        return any(w in view.sentences[hit.sentence] for w in words)
    start = view.sentence_span(hit.sentence)[0]
    phrases = [w.split() for w in words]
    return any(view.written_at(t, p) is not None and t + len(p) <= hit.first_token
               for t in range(start, hit.first_token) for p in phrases)
