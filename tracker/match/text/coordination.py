"""Clauses joined by a coordinator without a comma: "launched 5G and said 3G would
stay on until 2028", "lance la 5G et repousse l'extinction de la 3G à juin 2027".

Punctuation cuts most clauses (``view.py``). A coordinator followed by a finite verb
starts a new one too, so a time or a modifier of the second verb is not read as the
first one's. A finite verb is an auxiliary or a speech verb (a closed list) or an
event word with a verb's ending ("abandons", "agreed", "repousse"). A coordinator
between two names ("the upgrade and the co-production") cuts nothing: one word
governs both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.text.view import EntryView


def cut_at_coordinated_verbs(view: EntryView, hits: Sequence[Hit],
                             index: PatternIndex) -> EntryView:
    """``view`` with a clause starting at each coordinator that joins a finite verb."""
    lexicon, language = index.lexicon, view.language
    joiners = lexicon.clause_joiners.get(language, ())
    if not joiners:
        return view
    tokens = view.tokens
    starts = set(view.clause_starts)
    sentence_firsts = set(view.sentence_tokens)
    last = len(tokens) - 1
    joins = [n for n, token in enumerate(tokens) if token.raw in joiners and 0 < n < last
             and n not in starts and n not in sentence_firsts and n + 1 not in sentence_firsts]
    if not joins:
        return view  # most entries: nothing to cut, no event word looked at
    verbs = lexicon.finite_verbs.get(language, ())
    # an event word ending as a verb does ("and abandons", "et repousse"); only a word
    # right after a joiner is asked
    verb_endings = lexicon.event_verb_endings.get(language, ())
    after_joins = {n + 1 for n in joins}
    event_verbs = {h.first_token for h in hits if verb_endings and h.first_token in after_joins
                   and tokens[h.first_token].raw.endswith(verb_endings)
                   and index.classes_in(h.pid, language)}
    cuts = [n for n in joins if tokens[n + 1].raw in verbs or n + 1 in event_verbs]
    if not cuts:
        return view
    return replace(view, clause_starts=tuple(sorted(starts | set(cuts))))
