"""Which claim a cue belongs to when a sentence names several claims' subjects."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from tracker.match.deciding.decisions_put_off import puts_off_a_decision
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import MOVES
from tracker.match.reading.headline_topic import topic_names_it
from tracker.match.reading.reaching import reaches_a_figure
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own, sole_meeting
from tracker.match.reading.verb_subjects import after_an_auxiliary, right_before
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.quoted_speech import in_quoted_speech
from tracker.match.text.tense import finite_verb_words, past_form, present_tense
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind, GroupRole

RECEIVER_GAP = 2  # tokens from a receiver's name to its verb ("plant finally gets")
HEAD_WINDOW = 3  # tokens between a modifier name and the head of its phrase
OBJECT_REACH = 5  # tokens from a verb to its object's name ("approves the new shelter bond")
OBJECT_REACH_JA = 12  # characters from a name to the verb whose object it is (の無料化を)
# the Japanese mark of a verb's object, maybe with how the verb is done between them
# (を正式に承認, を全会一致で可決) or a kanji prefix glued to it (を無条件承認, を全面撤回)
_OBJECT_JA = re.compile(r"を(?:[^\sをがはのにで]{1,4}[にで])?[\u4e00-\u9fff]{0,3}$")
# a figure in that object (the view writes 18.5％ as " 18 5 ") counts as one character:
# 18.5％値上げの条例案を is no longer an object than 値上げの条例案を
_FIGURE_JA = re.compile(r"\s*\d+(?:\s+\d+)*\s*")


def belongs(ctx: SentenceContext, found: Cue, clause: tuple[int, int] | None = None) -> bool:
    """The cue is the claim's own (a cue from its file), or nearer this claim's
    subject than any other claim's. The event itself is never inside someone's quoted
    words (町長「給食費はいただかない」: ``quoted_speech.py``); a change they announce is.

    Where the sentence names this claim only by names another claim shares (the
    wind farm, for its first power and its grid ruling) while naming the other's own
    subject, only this claim's own event words are its news there."""
    if found.role is Role.EVENT and in_quoted_speech(ctx.view, found.hit):
        return False  # a pledge said again, not what the paper reports
    if is_own(found.source):
        return True  # the user's own word for this claim's event: no rival takes it
    cue = found.hit
    if found.role is Role.DELAY and puts_off_a_decision(ctx.view, ctx.index, cue):
        # "repousse sa décision à décembre", 継続判断を先送り: a decision claim's news (a
        # decision stopped, "suspend the council decision", still stops what follows it)
        return ctx.reading.kind is ClaimKind.DECISION
    rivals = ctx.rivals
    reaching = cue.pid != FIGURE_PID and reaches_a_figure(ctx, found)
    if cue.pid == FIGURE_PID or reaching or found.role in (Role.DELAY, Role.STOP):
        # a figure or a word of reaching one (only a target claim reads them: "the
        # festival passes the 55,000 mark"), a delay or a stop ("puts off Shiomi
        # approval"): a name this claim shares with the rival says nothing against it
        rivals = [r for r in rivals if r.pid not in ctx.claim.term_pids]
    elif sole_meeting(ctx, found):
        # the only meeting claim's meeting: a name it requires says nothing against it
        # ("Kirihara doctor car council meets" for the doctor car's liaison council)
        required = frozenset().union(*(g.pids for g in ctx.claim.groups
                                       if g.role is GroupRole.REQUIRED))
        rivals = [r for r in rivals if r.pid not in required]
    if reaching:  # "air route falls short of its 12,000-passenger target": no rival
        rivals = [r for r in rivals if r.pid in ctx.figure_readers]  # that reads no figure
    # "court challenge to the charge": a name inside the cue word is the cue's own
    # wording, not another subject
    # (a figure that is another claim's term, "$16.85", is a figure for this one too)
    rivals = [r for r in rivals if not (cue.start <= r.start and r.end <= cue.end and (
        r.end - r.start < cue.end - cue.start or cue.pid == FIGURE_PID))]
    # A name this claim shares is no other's subject where it says where the event
    # happened ("packed hall in Sarlhac", サルラックで), what is acted on (レニック橋の
    # 無料化を決定) or what a decision goes to ("green light to the greenway")
    lexicon = ctx.index.lexicon
    # or who acts on this claim's subject ("Marlow County approves animal shelter bond");
    # for a decision claim, no shared name takes its decision: an event claim reads one
    # as a step ("approved the contract for the Tarrow Building centre with Lanthorn")
    before_it = [r for r in rivals if r.pid in ctx.claim.term_pids
                 and ctx.index.is_latin(r.pid) and right_before(ctx, r, cue)]
    # every subject's tokens, read here only when a rule needs them (most cues have none)
    deciding = found.role is Role.DECISION
    named = _named_tokens(ctx) if before_it or deciding else frozenset()
    acting = bool(before_it) and _acts_on_the_subject(ctx, cue, named)
    decides_here = deciding and _decides_here(ctx, cue)
    rivals = [r for r in rivals if not (r.pid in ctx.claim.term_pids and (
        _behind(ctx, cue, r, lexicon.locatives) or _object_ja(ctx, cue, r)
        or (acting and r in before_it) or decides_here
        or (deciding and (_behind(ctx, cue, r, lexicon.destinations)
                          or _receives(ctx, cue, r) or _object(ctx, cue, r, named)))))]
    if not rivals or topic_names_it(ctx, cue, rivals):
        return True
    if found.source in MOVES and ctx.index.is_latin(cue.pid):
        named = named or _named_tokens(ctx)
        if any(_object(ctx, cue, s, named) for s in ctx.subject):
            return True  # "evening opening lifts visits": what rises is the verb's object
    if found.role is not Role.EVENT and all(s.pid in ctx.others_terms for s in ctx.subject):
        return False
    # "Vérennes metro airport extension": a subject name just before another claim's
    # names it, as a modifier; the phrase is about the last one (its head).
    latin = ctx.index.is_latin
    named = named or _named_tokens(ctx)
    # So does one right after it behind "of"/"du" ("the liaison committee of the
    # Carling data centre", "le comité de suivi du data center de Carling").
    rivals = [r for r in rivals if not (latin(r.pid) and any(
        latin(s.pid) and (_modifies(ctx, r, s, cue) or _complement(ctx, s, r, named))
        for s in ctx.subject))]
    if not rivals:
        return True
    # ... and this claim's name that completes another claim's own ("the public meeting
    # on the footbridge is cancelled"; not a name they share: "ban for Brindle hauliers")
    # is no head either
    heads = [s for s in ctx.subject
             if not (latin(s.pid) and any(latin(r.pid) and (
                 _modifies(ctx, s, r, cue) or (r.pid not in ctx.claim.term_pids
                                               and _complement(ctx, r, s, named)))
                 for r in rivals))
             and not _in_a_relative_clause(ctx, s, cue)]
    # nor is another claim's name there ("the union, which speaks for the controllers,
    # met …")
    rivals = [r for r in rivals if not _in_a_relative_clause(ctx, r, cue)]
    if not rivals:
        return True
    # "press ahead with the command upgrade and missile co-production": a word
    # governs every name of a coordination, not the nearest one only
    rivals = [r for r in rivals if not any(_coordinated(ctx, cue, r, s) for s in heads)]
    if not rivals:
        return True
    mine = min((_distance(ctx.view, cue, s, clause) for s in heads), default=None)
    theirs = min((_distance(ctx.view, cue, r, clause) for r in rivals), default=None)
    return mine is not None and (theirs is None or mine <= theirs)


def _decides_here(ctx: SentenceContext, cue: Hit) -> bool:
    """A decision claim's decision word, not one its subject receives from someone
    else: no name it shares takes the decision from it (not "council meets as
    greenway gets green light from the state")."""
    return ctx.reading.kind is ClaimKind.DECISION and (
        _receiving_at(ctx, cue) is None or _given_after(ctx, cue))


def _named_tokens(ctx: SentenceContext) -> frozenset[int]:
    """The tokens of every claim's subject named in the sentence."""
    return frozenset(i for h in (*ctx.rivals, *ctx.subject)
                     for i in range(h.first_token, h.last_token + 1))


def _acts_on_the_subject(ctx: SentenceContext, cue: Hit, named: AbstractSet[int]) -> bool:
    """The cue is a verb written in the present, or in the past with its object after
    it, and this claim's subject is that object: the name right before it is who acts
    ("Marlow County approves animal shelter bond", "… approved the bond"), not what is
    acted on ("bond approved by the county", "plant approved for construction")."""
    view = ctx.view
    return (ctx.index.is_latin(cue.pid)
            and (present_tense(ctx.index, view, cue) or past_form(ctx.index, view, cue)
                 or after_an_auxiliary(ctx, cue))
            and any(_object(ctx, cue, s, named) for s in ctx.subject))


def _object(ctx: SentenceContext, cue: Hit, name: Hit, named: AbstractSet[int]) -> bool:
    """``name`` follows the verb ``cue`` as its object, in its clause: a few tokens on,
    with only names, determiners, figures and one other word between ("approves the
    $12M animal shelter bond", "approves new bond"), no preposition ("exports power
    through its turbines")."""
    view = ctx.view
    if not (0 < name.first_token - cue.last_token <= OBJECT_REACH
            and view.clause_of(name.first_token) == view.clause_of(cue.last_token)):
        return False
    lexicon, language = ctx.index.lexicon, view.language
    determiners = lexicon.determiners.get(language, ())
    prepositions = lexicon.prepositions.get(language, ())
    others = [t.raw for i, t in enumerate(view.tokens[cue.last_token + 1: name.first_token],
                                          cue.last_token + 1)
              if i not in named and not t.raw.isdigit() and t.raw not in determiners]
    return len(others) <= 1 and not any(w in prepositions for w in others)


def _in_a_relative_clause(ctx: SentenceContext, name: Hit, cue: Hit) -> bool:
    """``name`` is inside a relative clause set off before the cue ("Claire Ferrand, who
    has led Valmoret's culture capital bid, has been appointed …"): it describes the
    noun before it, and is no subject of the verb after it."""
    view, lexicon = ctx.view, ctx.index.lexicon
    pronouns = lexicon.relative_pronouns.get(view.language, ())
    clause = view.clause_of(name.first_token)
    first, last = view.clause_span(clause)
    if not (pronouns and clause != view.clause_of(cue.first_token)
            and name.last_token < cue.first_token and view.tokens[first].raw in pronouns
            and view.sentence_at(view.token_starts[first]) == name.sentence):
        return False
    # the main clause goes on right after it, with its verb ("…, has been appointed")
    after = last + 1
    verbs = finite_verb_words(lexicon, view.language)
    return after == cue.first_token or (after < len(view.tokens)
                                        and view.tokens[after].raw in verbs)


def _behind(ctx: SentenceContext, cue: Hit, name: Hit,
            words: Mapping[str, tuple[str, ...]]) -> bool:
    """``name`` follows the cue in its clause right behind one of ``words`` ("in", "to");
    in Japanese it stands before the cue, right in front of one (サルラックで行われた)."""
    view = ctx.view
    found = words.get(view.language, ())
    if view.language == "ja":
        return name.end <= cue.start and view.text[name.end: name.end + 1] in found
    return (name.first_token > cue.last_token + 1
            and view.clause_of(name.first_token) == view.clause_of(cue.last_token)
            and view.tokens[name.first_token - 1].raw in found)


def _receives(ctx: SentenceContext, cue: Hit, name: Hit) -> bool:
    """``name`` is the subject of a receiving verb that opens the decision cue or stands
    right before it, and this claim's subject gives it after the cue ("Kervellec plant
    gets green light from prefect", "wins … approval from"): what the decision goes
    to, not who decides. "… gets green light from the state" is another's decision."""
    view = ctx.view
    at = _receiving_at(ctx, cue)
    return (at is not None and _given_after(ctx, cue) and at > name.last_token
            and at - name.last_token <= RECEIVER_GAP
            and view.clause_of(at) == view.clause_of(name.last_token))


def _receiving_at(ctx: SentenceContext, cue: Hit) -> int | None:
    """The receiving verb that opens the decision cue or stands right before it
    ("gets green light", "wins … approval")."""
    verbs = ctx.index.lexicon.receiving_verbs.get(ctx.view.language, ())
    return next((t for t in (cue.first_token, cue.first_token - 1)
                 if t >= 0 and ctx.view.tokens[t].raw in verbs), None)


def _given_after(ctx: SentenceContext, cue: Hit) -> bool:
    """This claim's subject after the cue in its clause: who gives the decision."""
    view = ctx.view
    clause = view.clause_of(cue.last_token)
    return any(s.first_token > cue.last_token and view.clause_of(s.first_token) == clause
               for s in ctx.subject)


def _object_ja(ctx: SentenceContext, cue: Hit, name: Hit) -> bool:
    """``name`` is in the Japanese object right before the cue (レニック橋の無料化を決定,
    買収を正式に承認): what is acted on, not who acts."""
    if ctx.view.language != "ja" or name.end > cue.start:
        return False
    between = _FIGURE_JA.sub("0", ctx.view.text[name.end: cue.start])
    return (_OBJECT_JA.search(between) is not None and len(between) <= OBJECT_REACH_JA
            and not any(c.isspace() for c in between))


def _modifies(ctx: SentenceContext, name: Hit, head: Hit, cue: Hit) -> bool:
    """``name`` stands before ``head`` in one noun phrase, as its modifier: a few
    words apart in the clause, with no determiner or preposition between them
    ("Vérennes metro airport extension", not "summit on the Kelham Wharf stadium"), nor
    the event word itself ("the assembly enacts the Tenro fee ordinance": its subject
    and its object). Two names that share a word ("Narisuna Salmon" and "salmon farm"
    in "Narisuna salmon farm") make one English phrase, whose head is the one ending
    last."""
    view = ctx.view
    gap = head.first_token - name.last_token
    shared = (view.language == "en"  # a French phrase's head comes first
              and name.first_token < head.first_token <= name.last_token < head.last_token)
    if not (0 < gap <= HEAD_WINDOW or shared) or view.clause_of(
            head.first_token) != view.clause_of(name.last_token) or (
            name.last_token < cue.first_token < head.first_token):
        return False
    lexicon, language = ctx.index.lexicon, view.language
    function = (set(lexicon.determiners.get(language, ()))
                | set(lexicon.prepositions.get(language, ())))
    return not any(t.raw in function for t in view.tokens[name.last_token + 1: head.first_token])


def _complement(ctx: SentenceContext, head: Hit, name: Hit, named: AbstractSet[int]) -> bool:
    """``name`` follows ``head`` behind a genitive word or a preposition of topic and a
    determiner at most ("of the", "du", "de la", "into the", "sur le"): it completes the
    head's name or tells its topic ("the inquiry into the cable car begins")."""
    view = ctx.view
    lexicon = ctx.index.lexicon
    span = range(head.last_token + 1, name.first_token)
    between = [view.tokens[i].raw for i in span]
    genitives = lexicon.genitives.get(view.language, ())
    topics = lexicon.topic_prepositions.get(view.language, ())
    determiners = lexicon.determiners.get(view.language, ())
    # a name before it in its phrase (a token in ``named``) is part of it ("into the
    # Castelrieu cable car"), as is one word that qualifies it ("into Vernelle biogas
    # plant"); another preposition would open another phrase
    prepositions = lexicon.prepositions.get(view.language, ())
    words = sum(i not in named for i in span)
    others = [(i, w) for i, w in zip(span[1:], between[1:], strict=True)
              if not (w in determiners or w in genitives or i in named)]
    return (0 < words <= 3 and (between[0] in genitives or between[0] in topics)
            and len(others) <= 1 and not any(w in prepositions or w in topics
                                             or i != name.first_token - 1 for i, w in others)
            and view.clause_of(head.last_token) == view.clause_of(name.first_token))


def _coordinated(ctx: SentenceContext, cue: Hit, rival: Hit, mine: Hit) -> bool:
    """``rival`` and ``mine`` stand on the same side of the cue in its clause, joined
    by a coordinator ("and", "et", と) with no other name between them."""
    view = ctx.view
    clause = view.clause_of(cue.first_token)
    if not (view.clause_of(rival.first_token) == view.clause_of(mine.first_token) == clause):
        return False
    if (rival.start < cue.start) != (mine.start < cue.start):
        return False
    first, second = (rival, mine) if rival.start < mine.start else (mine, rival)
    coordinators = ctx.index.lexicon.coordinators.get(view.language, ())
    if view.language == "ja":
        between = view.text[first.end: second.start]
        return any(between.strip().startswith(c) or between.strip().endswith(c)
                   for c in coordinators) and len(between) <= 12
    words = [t.raw for t in view.tokens[first.last_token + 1: second.first_token]]
    return 0 < len(words) <= 6 and any(w in coordinators for w in words)


def _distance(view: EntryView, a: Hit, b: Hit, clause: tuple[int, int] | None = None
              ) -> tuple[int, int]:
    """(another clause?, tokens or characters apart): same clause first, then nearness.
    ``clause``, the cue's clause as its openers cut it ("remains free | after Park
    Terrace opening"), narrows the punctuation's."""
    other_clause = view.clause_of(a.first_token) != view.clause_of(b.first_token) or (
        clause is not None and not clause[0] <= b.first_token <= clause[1])
    if a.end <= b.start:
        gap = b.start - a.end
    elif b.end <= a.start:
        gap = a.start - b.end
    else:
        gap = 0
    return int(other_clause), gap
