"""Which modifiers found in a sentence speak about a cue: not a month read as the
hedge "may", not a hedge word that names the claim's thing ("the appeal"), not a
Japanese third party glued to the claim's own name, not the cue's own words, not
"already" beside a target's count so far, not a plan word that only qualifies a noun,
states a purpose, names the thing decided or a meeting's topic."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.deciding.attendance import a_report_at_it, a_report_by_telling
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Lexicon, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own, own_source
from tracker.match.states.stopped import a_cancel_word
from tracker.match.table import Role
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import number_words
from tracker.match.text.participles import past_participle, strong_participle
from tracker.match.text.spans import overlaps
from tracker.match.text.time_words import names_a_month, part_of_a_time
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, Verdict

# Modifiers that stand beside a cue: one that contains the cue ("decide to" around
# "decide") is the cue's own phrase. Others apply even when they contain it
# ("since its launch", "study whether").
_OUTSIDE_CUE = frozenset({Modifier.NEGATION, Modifier.FUTURE, Modifier.INTENT,
                          Modifier.EXPECTED, Modifier.PARTIAL, Modifier.DENIAL})
_ATTRIBUTIVE = frozenset({Modifier.HEDGE, Modifier.EXPECTED, Modifier.INTENT})
_DECIDING = frozenset({Role.DECISION, Role.STOP})
_SAID = frozenset({Modifier.HEDGE, Modifier.OPINION, Modifier.THIRD_PARTY})
_ONE_PERSON_JA = re.compile(r"\s?(?:1\s?|一)人")  # as the view writes 1人 ( 1 人) and 一人
_TOPIC_WORDS = frozenset({Modifier.EXPECTED, Modifier.INTENT, Modifier.FUTURE, Modifier.HEDGE})
_TOPIC_NOUNS = frozenset({Modifier.INTENT, Modifier.HEDGE, Modifier.EXPECTED})
NOUN_WINDOW = 2  # tokens from an attributive word to the noun it qualifies


def a_month(view: EntryView, hit: Hit, mod: ModifierRef) -> bool:
    """"on May 14", "in May": the month, not the hedge "may"; "next week", "the
    second half", "la semaine prochaine": a time, not a later round."""
    if (mod.kind not in (Modifier.HEDGE, Modifier.LATER_ROUND) or not mod.latin
            or hit.first_token != hit.last_token):
        return False
    at, tokens = hit.first_token, view.tokens
    before, after = view.raw_before(at), view.raw_after(at)
    if mod.kind is Modifier.LATER_ROUND:
        return part_of_a_time(before, after, view.language)
    return names_a_month(before, tokens[at].raw, after)


def no_infinitive(ctx: SentenceContext, hit: Hit, mod: ModifierRef) -> bool:
    """« la station a compté 2 800 poissons », « poissons comptés »: an intent word that
    is intent only before an infinitive (« compte ouvrir »), with none right after it."""
    lexicon, view = ctx.index.lexicon, ctx.view
    if mod.kind is not Modifier.INTENT or mod.text not in lexicon.infinitive_intents.get(
            mod.language, ()):
        return False
    after = view.raw_after(hit.last_token)
    endings = tuple(lexicon.infinitive_endings.get(mod.language, ()))
    return not (endings and after.endswith(endings))


def own_actor(ctx: SentenceContext, hit: Hit, mod: ModifierRef, terms: Sequence[Hit]) -> bool:
    """操縦士組合 ("the pilots' union"): a Japanese third-party word glued to one of the
    claim's names is the claim's own actor speaking, not a third party."""
    return (mod.kind is Modifier.THIRD_PARTY and not mod.latin
            and any(t.end == hit.start and t.pid in ctx.claim.term_pids for t in terms))


def per_head(view: EntryView, hit: Hit, mod: ModifierRef) -> bool:
    """住民1人当たり, 市民一人: a Japanese third-party word followed at once by "one
    person" is what a fee or a figure is counted by, no one who comments."""
    return (mod.kind is Modifier.THIRD_PARTY and not mod.latin
            and _ONE_PERSON_JA.match(view.text, hit.end) is not None)


def names_its_thing(ctx: SentenceContext, hit: Hit, mod: ModifierRef) -> bool:
    """"Keep Fenwold Playing appeal reaches £450,000": a hedge word that ends one of
    the claim's own names ("emergency appeal") is the claim's thing named short, no
    hedge. A hedge word of several words, or one no name ends with, stays one."""
    if mod.kind is not Modifier.HEDGE or not mod.latin or hit.first_token != hit.last_token:
        return False
    return ctx.view.tokens[hit.first_token].raw in ctx.reading.term_heads


def stems_only(ctx: SentenceContext, hit: Hit, mod: ModifierRef) -> bool:
    """A neutral phrase that holds only as written (``neutral_as_written``) found by its
    stems alone: "closed to pedestrians" is no "close to" (near)."""
    return neutral_by_stems_only(ctx.index.lexicon, ctx.view, hit, mod)


def neutral_by_stems_only(lexicon: Lexicon, view: EntryView, hit: Hit,
                          mod: ModifierRef) -> bool:
    """``stems_only`` for any text read (a claim's statement too)."""
    if mod.kind is not Modifier.NEUTRAL:
        return False
    written = lexicon.neutral_as_written.get(view.language, ())
    if fold(mod.text) not in written:
        return False
    surface = " ".join(t.raw for t in view.tokens[hit.first_token: hit.last_token + 1])
    before = view.raw_before(hit.first_token)
    return surface != fold(mod.text) or before in lexicon.verb_markers.get(view.language, ())


def names_whose(language: str, hit: Hit, modifier: ModifierRef, names: Sequence[Hit]) -> bool:
    """A Japanese third party that a claim's name follows at once is whose thing it is
    (住民説明会: the residents' briefing), no one who comments."""
    return language == "ja" and modifier.kind is Modifier.THIRD_PARTY and any(
        n.start == hit.end for n in names)


def said_at_the_meeting(ctx: SentenceContext, hit: Hit, mod: ModifierRef, cue: Cue) -> bool:
    """"Residents raise fears at public meeting", 説明会で懸念相次ぐ: a hedge or an
    opinion is what was said at the meeting a report cue names (attendance.py, from "at"
    or to で, or told something: "inquiry hears of fire fears"), not said of the meeting."""
    if mod.kind in _SAID and a_report_by_telling(ctx, cue):
        return not cue.hit.first_token <= hit.first_token <= cue.hit.last_token
    if mod.kind not in _SAID or not a_report_at_it(ctx, cue):
        return False
    if ctx.view.language == "ja":
        return hit.start >= cue.hit.end
    return hit.last_token < cue.hit.first_token


def plan_in_meetings_topic(ctx: SentenceContext, hit: Hit, mod: ModifierRef, cue: Cue) -> bool:
    """"briefing held on the school plan", "holds briefing on plan to convert the
    school": for a meeting claim, a plan or a purpose after a preposition of topic that
    follows the meeting's word is what the meeting is about, not a plan for it. In
    Japanese the topic comes first, joined to the meeting's word by を or a particle of
    topic (計画案を協議, 案について審議)."""
    view = ctx.view
    if (ctx.reading.kind is not ClaimKind.MEETING or mod.kind not in _TOPIC_WORDS
            or cue.role is not Role.EVENT):
        return False
    if not mod.latin:
        joint = view.text[hit.end: cue.hit.start]
        particles = ctx.index.lexicon.topic_particles.get(view.language, ())
        return hit.end <= cue.hit.start and (joint == "を" or joint in particles)
    lexicon = ctx.index.lexicon
    topics = lexicon.topic_prepositions.get(view.language, ())
    clause = view.clause_of(cue.hit.last_token)
    if view.clause_of(hit.first_token) != clause:
        return False
    # the meeting's word is the cue, or a meeting noun before a plan or a proposal when
    # the cue comes after ("public meeting on the pass plan held in Aubrel"; not "will")
    nouns = lexicon.meeting_nouns.get(view.language, ()) if _a_noun(ctx, hit, mod) else ()
    anchors = [cue.hit.last_token] + [t for t in range(hit.first_token)
                                      if view.tokens[t].raw in nouns
                                      and view.clause_of(t) == clause]
    return any(view.tokens[t].raw in topics for a in anchors
               for t in range(a + 1, hit.first_token))


def _a_noun(ctx: SentenceContext, hit: Hit, mod: ModifierRef) -> bool:
    """A plan or a proposal word written as a noun: no participle ("scheduled"), none
    before an infinitive ("expected to", "due to"), no "will"."""
    view = ctx.view
    return (mod.kind in _TOPIC_NOUNS
            and not past_participle(ctx.index.lexicon, view.tokens[hit.last_token].raw,
                                    view.language)
            and view.raw_after(hit.last_token)
            not in ctx.index.lexicon.infinitive_marks.get(view.language, ()))


def part_of(mod_hit: Hit, mod: ModifierRef, cue: Cue) -> bool:
    """The modifier is the cue's own words ("study" in "feasibility study", "decide to"
    around "decide", "under review" around a review), not something said about it
    ("since its launch")."""
    if not overlaps(mod_hit, cue.hit):
        return False
    inside = cue.hit.start <= mod_hit.start and mod_hit.end <= cue.hit.end
    return inside or mod.kind in _OUTSIDE_CUE or (
        mod.kind is Modifier.HEDGE and cue.source == EventClass.REVIEW.value)


def said_twice(mod_hit: Hit, mod: ModifierRef, cue: Cue,
               modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A negation beside a claim's own cue that holds one (« aucun licenciement »,
    written as what the claim says): « ne procéder à aucun licenciement », « sans aucun
    licenciement » say the one negation twice, as French does, not the cue turned round."""
    if mod.kind is not Modifier.NEGATION or not is_own(cue.source):
        return False  # a lexicon word holds a no only to be found (« aura pas lieu »)
    words = cue.text.casefold().split()  # the cue's own words, not one in its gap
    return any(m.kind is Modifier.NEGATION and m.text.casefold() in words
               and cue.hit.start <= h.start and h.end <= cue.hit.end for h, m in modifiers)


def counted_so_far(ctx: SentenceContext, hit: Hit, mod: ModifierRef, clause: str) -> bool:
    """"already" (déjà, 既に) in a clause with a figure, for a target: the count so far
    ("has already hired 620"), interim news, not a back-reference."""
    if mod.kind is not Modifier.BACKREF or ctx.reading.kind is not ClaimKind.TARGET:
        return False
    view = ctx.view
    words = ctx.index.lexicon.so_far.get(view.language, ())
    written = (view.text[hit.start: hit.end] if view.language == "ja" else " ".join(
        t.raw for t in view.tokens[hit.first_token: hit.last_token + 1]))
    if not any(written == fold(w) or written == w for w in words):
        return False
    table = number_words(view.language)  # "quatre sur neuf déjà construits": also in words
    return any(c.isdigit() for c in clause) or any(
        w in table.words and w not in table.articles for w in clause.split())


def attributive(ctx: SentenceContext, hit: Hit, mod: ModifierRef, cue: Hit) -> bool:
    """"the proposed acquisition", "its planned capacity": after a determiner, a plan
    or hedge word qualifies the noun after it, not the clause's other event words."""
    if mod.kind not in _ATTRIBUTIVE or not mod.latin or hit.first_token == 0:
        return False
    view, lexicon = ctx.view, ctx.index.lexicon
    before = view.tokens[hit.first_token - 1].raw
    determiners = lexicon.determiners.get(view.language, ())
    if _named_plan(ctx, hit, before):
        return True
    if before not in determiners and not _adjective_in_ing(ctx, hit, before):
        return False
    return not 0 < cue.first_token - hit.last_token <= NOUN_WINDOW


def _named_plan(ctx: SentenceContext, hit: Hit, before: str) -> bool:
    """"back footbridge plan at public meeting": a plan noun after the noun that names
    it, with no "to" or "for" after it, is the project (a thing), no plan of the clause's
    other events."""
    view, lexicon = ctx.view, ctx.index.lexicon
    language = view.language
    determiners = lexicon.determiners.get(language, ())
    # "plans to", "plan for": an aim; "the company plans a second drive": a verb
    # before its object
    not_after = (*lexicon.purpose_words.get(language, ()),
                 *lexicon.aim_prepositions.get(language, ()), *determiners)
    return (language == "en" and hit.first_token == hit.last_token
            and view.tokens[hit.first_token].raw in lexicon.plan_nouns.get(language, ())
            and before.isalpha() and before != "s" and before not in determiners
            and before not in lexicon.prepositions.get(language, ())
            and view.raw_after(hit.last_token) not in not_after
            and view.clause_of(hit.first_token - 1) == view.clause_of(hit.first_token))


def _adjective_in_ing(ctx: SentenceContext, hit: Hit, before: str) -> bool:
    """"Thornmouth's floating harbour bath", "on floating pontoons": an English -ing
    word after a possessive or a preposition, with a word after it that is no function
    word, is an adjective ("floating the idea" is a verb)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    word, after = view.tokens[hit.last_token].raw, hit.last_token + 1
    function = (*lexicon.determiners.get(view.language, ()),
                *lexicon.prepositions.get(view.language, ()))
    return (view.language == "en" and hit.first_token == hit.last_token
            and word.endswith("ing") and (before == "s" or before in function)
            and after < len(view.tokens) and view.tokens[after].raw.isalpha()
            and view.tokens[after].raw not in function
            and view.clause_of(after) == view.clause_of(hit.last_token))


def purpose(ctx: SentenceContext, hit: Hit, mod: ModifierRef, cue: Hit) -> bool:
    """"meet to plan the works", "meets to discuss the busway option": a plan or hedge
    word after the cue, behind a "to" that follows the cue, is what the event is for,
    not a plan for the event."""
    if mod.kind not in _ATTRIBUTIVE or not mod.latin or hit.first_token <= cue.last_token:
        return False
    words = ctx.index.lexicon.purpose_words.get(ctx.view.language, ())
    tokens = ctx.view.tokens
    if tokens[hit.first_token - 1].raw in words:
        return True  # "to plan"
    # a meeting's topic further on ("meets to discuss the busway option"), behind the
    # "to" of a verb, not of a place ("rolled out to the pad", "to Ha'apai now expected")
    determiners = ctx.index.lexicon.determiners.get(ctx.view.language, ())
    return mod.kind is Modifier.HEDGE and ctx.reading.kind is ClaimKind.MEETING and any(
        tokens[t].raw in words and tokens[t + 1].raw not in determiners
        for t in range(cue.last_token + 1, hit.first_token - 1))


DECIDED_GAP_JA = 10  # characters from を to the decision word (を賛成多数で可決)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "has", "have", "est", "sont",
                          "a", "ont", "ete"})


def decided_object(ctx: SentenceContext, hit: Hit, mod: ModifierRef, cue: Cue) -> bool:
    """"approves the restart plan", "rejects the proposal": after a decision word, a
    plan or hedge word written as a noun is what was decided, not a plan for it; in
    Japanese the object comes first, joined by を or の (転用案を否決, "votes the
    conversion proposal down"), by nothing in a headline (改正案可決), or by を and how
    it was decided (計画案を賛成多数で可決)."""
    if mod.kind not in _ATTRIBUTIVE or not (cue.role in _DECIDING or _own_decision(ctx, cue)
                                            or _a_refusal_kept(ctx, cue)):
        return False
    if not mod.latin:  # 案を公表, a draft made public, is still a draft
        joint = ctx.view.text[hit.end: cue.hit.start]
        return (cue.source != EventClass.ANNOUNCED.value and hit.end <= cue.hit.start
                and (joint in ("", "を", "の") or (
                    joint.startswith("を") and len(joint) <= DECIDED_GAP_JA
                    and not any(c in joint for c in "、。 \n"))))
    nouns = ctx.index.lexicon.plan_nouns.get(ctx.view.language, ())
    tokens = ctx.view.tokens
    if hit.first_token <= cue.hit.last_token:
        # "plans approved by councillors", "projet approuvé": the plan before a passive
        # decision participle is what was decided
        # what the plan got ("plan gets the go-ahead", "plan wins approval")
        between = [t.raw for t in tokens[hit.last_token + 1: cue.hit.first_token]]
        received = ctx.index.lexicon.receiving_verbs.get(ctx.view.language, ())
        written = tokens[cue.hit.first_token]
        return (hit.last_token < cue.hit.first_token and tokens[hit.last_token].raw in nouns
                and all(w in _AUXILIARIES or w in received for w in between)
                and len(between) <= 2
                and (ctx.view.language != "en" or written.raw in received
                     or any(w in received for w in between)
                     or past_participle(ctx.index.lexicon, written.raw, "en")
                     or strong_participle(written.raw, written.norm, "en")))
    return tokens[hit.first_token].raw in nouns


def _a_refusal_kept(ctx: SentenceContext, cue: Cue) -> bool:
    """A stop word read as a state kept ("turns down the request": refused_change.py):
    the request after it is what it refused, no hedge of it."""
    return cue.source == EventClass.PERSIST.value and a_cancel_word(ctx, cue.hit)


def _own_decision(ctx: SentenceContext, cue: Cue) -> bool:
    """A decision claim's own confirming cue is its decision (可決 written as a cue)."""
    return (ctx.reading.kind is ClaimKind.DECISION
            and cue.source == own_source(Verdict.CONFIRMS))
