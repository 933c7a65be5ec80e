""""Exporters press the bank for a rate cut", "feu vert pour la relance": an event word
shortly after "for" (pour) is what someone asks, bets or clears the way for, not a
report that it happened; one right after "bid to" (« tentative de ») is only tried;
one shortly after "against" (contre) is what is fought."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.participles import irregular_past, past_participle
from tracker.match.text.tense import present_tense
from tracker.match.text.time_words import TIME_UNITS

AIM_REACH = 3  # tokens between "for" and the event word ("for a quarter-point rate cut")


def aimed_at(ctx: SentenceContext, hit: Hit, terms: Sequence[Hit]) -> bool:
    """A Latin event word within ``AIM_REACH`` tokens after an aim preposition, in its
    clause. Not one that opens its clause: "Pour le match inaugural, …" sets the scene
    of what happened; nor a participle, which is the clause's verb, "for" naming whom
    the thing is for ("turbines for the lagoon delivered", « la gratuité pour les
    écoles est maintenue »). ``terms``: the claim's terms in the sentence."""
    view = ctx.view
    words = ctx.index.lexicon.aim_prepositions.get(view.language, ())
    if not words or not ctx.index.is_latin(hit.pid):
        return False
    first = view.tokens[hit.first_token]
    if past_participle(ctx.index.lexicon, first.raw, view.language) or irregular_past(
            first.raw, first.norm, view.language):  # "held", "met": a participle too
        return False
    start = view.clause_span(view.clause_of(hit.first_token))[0]
    # "for five years" is how long, no aim
    aims = [t for t in view.near_tokens(hit.first_token, hit.last_token, AIM_REACH + 1, 0)
            if view.tokens[t].raw in words and t > start and not any(
                w.raw in TIME_UNITS for w in view.tokens[t + 1: min(t + 4, hit.first_token)])]
    # a state phrase that opens with a preposition ("in force", « en vigueur ») is no
    # verb anyone could wish for: it reads like a verb in the present
    stated = first.raw in ctx.index.lexicon.prepositions.get(view.language, ())
    if aims and (stated or present_tense(ctx.index, view, hit)) and any(
            aims[0] < n.first_token and n.last_token < hit.first_token
            for n in (*ctx.subject, *ctx.rivals, *terms)):
        # "Crowdfunder for Skelling footbridge hits target", "ban for Kelbridge e-scooters
        # takes effect", "now in effect": the name's "for"
        return False
    return bool(aims)


def attempted(ctx: SentenceContext, hit: Hit) -> bool:
    """A Latin event word right after a phrase of attempt (``[markers] attempts``: "lose
    High Court bid to overturn the cap", « tentative d'annuler l'arrêté »)."""
    view = ctx.view
    phrases = ctx.index.lexicon.attempts.get(view.language, ())
    if not phrases or not ctx.index.is_latin(hit.pid):
        return False
    before = [t.raw for t in view.tokens[max(0, hit.first_token - 2): hit.first_token]]
    return " ".join(before) in phrases


def opposed(ctx: SentenceContext, hit: Hit) -> bool:
    """A Latin event word within ``AIM_REACH`` tokens after a word of opposition
    (``[markers] opposed_prepositions``: "appeals against Lumi Bear fine", « recours
    contre l'amende »), in its clause: what is fought, not news of it."""
    view = ctx.view
    words = ctx.index.lexicon.opposed_prepositions.get(view.language, ())
    if not words or not ctx.index.is_latin(hit.pid):
        return False
    start = view.clause_span(view.clause_of(hit.first_token))[0]
    return any(view.tokens[t].raw in words and t >= start
               for t in view.near_tokens(hit.first_token, hit.last_token, AIM_REACH + 1, 0))
