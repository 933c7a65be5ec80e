"""Clauses joined by a coordinator without a comma: "launched 5G and said 3G would
stay on until 2028", "lance la 5G et repousse l'extinction de la 3G à juin 2027".

Punctuation cuts most clauses (``view.py``). A coordinator followed by a finite verb
starts a new one too, so a time or a modifier of the second verb is not read as the
first one's. A coordinator between two names ("the upgrade and the co-production")
cuts nothing: one word governs both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.index import Hit, PatternIndex
from tracker.match.view import EntryView


def cut_at_coordinated_verbs(view: EntryView, hits: Sequence[Hit],
                             index: PatternIndex) -> EntryView:
    """``view`` with a clause starting at each coordinator that joins a finite verb."""
    lexicon, language = index.lexicon, view.language
    joiners = lexicon.clause_joiners.get(language, ())
    if not joiners:
        return view
    verbs = lexicon.finite_verbs.get(language, ())
    endings = lexicon.finite_endings.get(language, ())
    bare_events = lexicon.bare_event_verbs.get(language, ())
    # where nouns take a determiner, an event word right after the coordinator is a verb
    event_starts = ({h.first_token for h in hits if index.classes_in(h.pid, language)}
                    if bare_events else set())
    tokens = view.tokens
    starts = set(view.clause_starts)
    sentence_firsts = set(view.sentence_tokens)
    cuts = []
    for number in range(1, len(tokens) - 1):
        if tokens[number].raw not in joiners or number in sentence_firsts:
            continue
        if number + 1 in sentence_firsts or number in starts:
            continue
        word = tokens[number + 1].raw
        if (word in verbs or number + 1 in event_starts
                or any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)):
            cuts.append(number)
    if not cuts:
        return view
    return replace(view, clause_starts=tuple(sorted(starts | set(cuts))))
