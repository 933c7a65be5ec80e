"""Denials: what a denial word governs, a denying verb with a report noun after it
("rejected a trade press report that …", "dément les informations selon lesquelles …":
it denies what follows, as "denies" does), and a report called wrong after what it
says ("reports that it will move the line are inaccurate")."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.text.spans import overlaps

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


def called_wrong(sentence: Sequence[tuple[Hit, ModifierRef]], hit: Hit) -> bool:
    """"reports that it will move the line are inaccurate": a report noun before the
    word and a denial after it deny what the report says."""
    return any(m.kind is Modifier.REPORT_NOUN and m.latin and h.last_token < hit.first_token
               for h, m in sentence) and any(
        m.kind is Modifier.DENIAL and m.latin and hit.last_token < h.first_token
        and h.sentence == hit.sentence for h, m in sentence)


def denies(mod_hit: Hit, mod: ModifierRef, hit: Hit) -> bool:
    """A denial governs what follows it in its sentence (what precedes it in Japanese)."""
    if overlaps(mod_hit, hit) or mod_hit.sentence != hit.sentence:
        return False
    return mod_hit.last_token < hit.first_token if mod.latin else mod_hit.start >= hit.end
