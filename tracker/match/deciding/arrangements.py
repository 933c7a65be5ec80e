"""A decision that arranges a meeting is not the meeting.

"Agree to hold a summit", "agree on a venue for the first summit", 9月開催で合意: for a
meeting claim, a decision whose object is the meeting itself (its holding, its date,
its venue) previews it (labelling rule 2). A decision taken *at* the meeting ("agree on
trade at the first summit", 首脳会談で合意) still says the meeting took place.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.models import ClaimKind

OBJECT_REACH = 3  # tokens back from the meeting's name to the preposition before it
# Between a Japanese meeting word and the decision after it: the meeting is its object.
_JAPANESE_OBJECT = ("で", "することで", "を", "することを", "の")


def arranges_meeting(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                     cues: Sequence[Cue], in_clause: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """Is this decision word, for a meeting claim, about holding the meeting? Not when
    it arranges a later round ("agree to meet again"): that is a follow-up (rule 5)."""
    if ctx.reading.kind is not ClaimKind.MEETING or cue.role is not Role.DECISION:
        return False
    if any(m.kind is Modifier.LATER_ROUND for _, m in in_clause):
        return False
    view, hit = ctx.view, cue.hit
    met = [c.hit for c in cues if c.source == EventClass.MET.value
           and clause[0] <= c.hit.first_token <= clause[1]]
    if not ctx.index.is_latin(hit.pid):  # 開催で合意, and 開催 read as the decision's
        decisions = [c.hit for c in cues if c.role is Role.DECISION]
        return any(view.text[m.end: d.start] in _JAPANESE_OBJECT for m in met for d in decisions)
    if any(m.first_token > hit.last_token for m in met):
        return True  # "agree to hold", "conviennent de tenir"
    lexicon = ctx.index.lexicon
    prepositions = lexicon.prepositions.get(view.language, ())
    objects = lexicon.arrangement_objects.get(view.language, ())
    settings = lexicon.meeting_settings.get(view.language, ())
    nouns = lexicon.arrangement_nouns.get(view.language, ())
    for name in ctx.subject:
        # after the decision ("agree on a venue for the summit") or, passive, before it
        # ("the date of the first summit was agreed", not "leaders of Orla … sign")
        passive = clause[0] <= name.first_token and name.last_token < hit.first_token
        if hit.last_token < name.first_token <= clause[1]:
            floor = hit.last_token
        elif passive:
            floor = clause[0] - 1
        else:
            continue
        reach = range(name.first_token - 1,
                      max(floor, name.first_token - 1 - OBJECT_REACH), -1)
        nearest = next((i for i in reach if view.tokens[i].raw in prepositions), None)
        if (nearest is not None and view.tokens[nearest].raw in objects
                and view.tokens[nearest - 1].raw not in settings
                and (not passive or view.tokens[nearest - 1].raw in nouns)):
            return True  # "agree on a venue for the summit", "la date de leur sommet"
    return False


ROUND_REACH = 3  # tokens (Latin) or characters (Japanese) from "second" to the meeting


def later_round_named(ctx: SentenceContext, modifiers: Sequence[tuple[Hit, ModifierRef]],
                      cues: Sequence[Cue]) -> list[Cue]:
    """"Annoncent un deuxième sommet", 2回目の首脳会談へ: the claim's own meeting named
    as a later round, with no event word in its clause, is a follow-up (rule 5): read
    it as a meeting word of that round."""
    view = ctx.view
    rounds = [h for h, m in modifiers if m.kind is Modifier.LATER_ROUND]
    firsts = [h for h, m in modifiers if m.kind is Modifier.FIRST_ROUND and not m.latin]
    found: list[Cue] = []
    for name in ctx.subject:
        clause = view.clause_of(name.first_token)
        if any(c.role is Role.EVENT and view.clause_of(c.hit.first_token) == clause
               for c in cues):
            continue
        latin = ctx.index.is_latin(name.pid)
        # ("une réunion supplémentaire": in French the round may follow the name)
        if any(0 < name.first_token - r.last_token <= ROUND_REACH
               or (r.first_token - name.last_token == 1
                   and view.clause_of(r.first_token) == clause) if latin
               else 0 <= name.start - r.end <= ROUND_REACH for r in rounds) or (
                _japanese_headline_meeting(ctx, name, firsts)
                and not any(c.role is Role.EVENT for c in cues)):
            found.append(Cue(name, view.text[name.start: name.end].strip(),
                             EventClass.MET.value, Role.EVENT))
    return found


def _japanese_headline_meeting(ctx: SentenceContext, name: Hit, firsts: Sequence[Hit]) -> bool:
    """大統領が初の首脳会談: a Japanese headline that ends a segment on the claim's first
    meeting reports it held, as a bare event noun does (japanese.py)."""
    view = ctx.view
    return (name.sentence == 0 and not ctx.index.is_latin(name.pid)
            and view.text[name.end: name.end + 1].isspace()
            and any(0 <= name.start - f.end <= ROUND_REACH for f in firsts))
