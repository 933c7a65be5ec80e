"""An event word that starts a step, not the claim's event: "opens recruitment",
"launches a review", 募集を開始, "les essais de charge ont commencé"."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.families import in_family
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.spans import within
from tracker.models import ClaimKind

_STEP_OBJECT = 2  # tokens (Latin) or characters (Japanese) from the verb to its object
_STEP_SUBJECT = 4  # tokens from a Latin step noun to the verb after it ("essais … ont commencé")


def starts_a_step(ctx: SentenceContext, hit: Hit, hits: Sequence[Hit],
                  reviews_only: bool = False) -> bool:
    """"opens recruitment", "launches a review", 募集を開始, "les essais de charge ont
    commencé": an event word whose object or subject is a step starts that step; it is
    not the claim's event. An announcement starts only a review (環境影響評価を公表):
    "the pledge to hire 220 pilots" is a pledge."""
    latin = ctx.index.is_latin(hit.pid)
    clause = ctx.view.clause_of(hit.first_token)
    objects = [o for o in hits
               if (0 < o.first_token - hit.last_token <= _STEP_OBJECT if latin
                   else 0 <= hit.start - o.end <= _STEP_OBJECT)
               or (latin and 0 < hit.first_token - o.last_token <= _STEP_SUBJECT
                   and ctx.view.clause_of(o.last_token) == clause)]
    if ctx.reading.kind in (ClaimKind.EVENT, ClaimKind.MEETING):
        # "the inquiry gets under way" for a claim that the inquiry is held: its own
        # thing began (a target's "opens recruitment" is still a step toward its count)
        own = [h for h in hits if h.pid in ctx.claim.term_pids]
        objects = [o for o in objects if not within(o, own)]
    kinds: tuple[EventClass, ...] = ((EventClass.REVIEW,) if reviews_only
                                     else (EventClass.STEP, EventClass.REVIEW))
    if ctx.reading.kind is not ClaimKind.MEETING and not reviews_only:
        # "open talks on visas", "talks resume": a step; a meeting's talks are held
        kinds += (EventClass.NEGOTIATE,)
        if latin and _near_talks(ctx, hit):
            return True
    # "groundbreaking ceremony marks the start of construction": a step of the claim's
    # own word family (or one of its own cues) is its event, not a step that starts
    refs = [(o, r) for o in objects for r in ctx.index.classes_in(o.pid, ctx.view.language)]
    return any(r.event_class in kinds and not in_family(ctx.index.lexicon, ctx.reading.families, r)
               and o.pid not in ctx.claim.cues for o, r in refs)


def _near_talks(ctx: SentenceContext, hit: Hit) -> bool:
    """"Open talks", "talks resume": the talks noun as the event word's object or subject."""
    view = ctx.view
    words = ctx.index.lexicon.talks_nouns.get(view.language, ())
    return any(view.tokens[t].raw in words for t in view.near_tokens(
        hit.first_token, hit.last_token, _STEP_SUBJECT, _STEP_OBJECT))
