"""An event noun as the subject of a negated verb: "the first stone of the Orvanis
plant has still not been laid", « la mise en service n'a toujours pas eu lieu». The
negation stands after the cue, so the window before it (``modality.py``) misses it."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.number_words import number_words
from tracker.match.text.tense import finite_verb_words, present_tense, verb_form
from tracker.match.text.view import EntryView

NEGATION_REACH = 7  # words other than names from the noun to the negation
SUBJECT_LEAD = 2  # words other than names before the noun: "the", "third-sector"
FIGURE_LEAD = 2  # more before a figure: its noun and "of" (« la baisse de 4 % »)


def negated_after_its_subject(index: PatternIndex, view: EntryView, hit: Hit,
                              sentence: Sequence[tuple[Hit, ModifierRef]],
                              named: frozenset[int]) -> bool:
    """The cue is a noun opening its clause (after the claim's names and at most two
    other words, no verb among them) and a negation of the clause's verb follows within
    a few words, the claim's names not counted. A verb there is negated only before it
    ("voted not to make the scheme permanent" decided)."""
    negations = index.lexicon.verb_negations.get(view.language, ())
    # "Stanmere votes not to …", "voted not to": an English verb; a French one in the
    # present (« adopte une redevance pour les péniches qui ne se branchent pas »: the
    # negation is the later clause's); a French participle may be a noun (« mise en
    # service ») and has an auxiliary before it when a verb (« a voté de ne pas … »)
    if not negations or (view.language == "en" and verb_form(index, view, hit)) or (
            view.language == "fr" and present_tense(index, view, hit)):
        return False
    if hit.first_token in named:
        return False  # the claim's own name ("the moratorium will not be lifted"): the verb tells
    # the clause punctuation marks off: the one an opener cuts ends before "has"
    clause = view.clause_span(view.clause_of(hit.first_token))
    verbs = finite_verb_words(index.lexicon, view.language)
    lead = [view.tokens[t].raw for t in range(clause[0], hit.first_token) if t not in named]
    # a figure is led by its noun and a link: « la baisse de 4 % n'a pas eu lieu »
    reach = SUBJECT_LEAD + (FIGURE_LEAD if hit.pid == FIGURE_PID and lead
                            and lead[-1] in number_words(view.language).links else 0)
    if len(lead) > reach or any(word in verbs for word in lead):
        return False
    for h, m in sentence:
        if m.kind is not Modifier.NEGATION or not hit.last_token < h.first_token <= clause[1]:
            continue
        if not any(view.tokens[t].raw in negations for t in range(h.first_token, h.last_token + 1)):
            continue
        gap = [t for t in range(hit.last_token + 1, h.first_token) if t not in named]
        if len(gap) <= NEGATION_REACH:
            return True
    return False


HEDGE_REACH = 3  # tokens from a hedge to its negation ("may not", « pourrait ne pas »)


def hedges_a_negation(in_clause: Sequence[tuple[Hit, ModifierRef]], cue: Hit) -> bool:
    """A Latin hedge right before the negation of the cue ("may not be kept", « pourrait
    ne pas être reconduite »): only possibly not, a threat (rule 7), not ruled out."""
    negations = [h for h, m in in_clause if m.kind is Modifier.NEGATION and m.latin
                 and h.last_token < cue.first_token]
    return any(m.kind is Modifier.HEDGE and m.latin and any(
        0 < n.first_token - h.last_token <= HEDGE_REACH for n in negations)
        for h, m in in_clause)
