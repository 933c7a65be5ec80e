"""A denying verb with a report noun after it ("rejected a trade press report that …",
"dément les informations selon lesquelles …"): it denies what follows, as "denies" does."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.index import Hit, ModifierRef
from tracker.match.lexicon import Modifier

REPORT_WINDOW = 4  # tokens from a denying verb to its report noun ("rejected a press report")


def report_denials(modifiers: Sequence[tuple[Hit, ModifierRef]]
                    ) -> list[tuple[Hit, ModifierRef]]:
    """"rejected a trade press report that …": a denying verb with a report noun a
    few tokens after it denies what follows, as "denies" does."""
    verbs = [(h, m) for h, m in modifiers if m.kind is Modifier.DENYING_VERB]
    nouns = [h for h, m in modifiers if m.kind is Modifier.REPORT_NOUN]
    found: list[tuple[Hit, ModifierRef]] = []
    for verb, ref in verbs:
        for noun in nouns:
            if noun.sentence == verb.sentence and (
                    0 < noun.first_token - verb.last_token <= REPORT_WINDOW if ref.latin
                    else 0 <= verb.start - noun.end <= REPORT_WINDOW * 2):
                span = Hit(verb.pid, min(verb.start, noun.start), max(verb.end, noun.end),
                           min(verb.first_token, noun.first_token),
                           max(verb.last_token, noun.last_token), verb.sentence)
                found.append((span, ModifierRef(Modifier.DENIAL, ref.text, ref.language,
                                                ref.latin)))
    return found
