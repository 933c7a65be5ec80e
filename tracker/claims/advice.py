"""Advice on valid claim files: the usual mistakes that still load.

``claimtracker claims check`` prints these as warnings (``path: warning: …``);
they never fail the check. Each names the key and says what to do instead:

- a claim whose every required group names what other claims name too, without
  ``confirms`` cues in en, fr and ja: its cues mark its own clauses, so it needs its
  event words as cues in each language;
- a claim cue that repeats a word of the general lexicon (the matcher already
  reads it, by its event class and the claim's kind), except a `confirms` cue of a
  claim named only by names other claims share: there it marks the claim's own
  clauses;
- no ``kind``: which kind the matcher inferred from the statement;
- a group whose every term is a name from the entity catalogue, when
  ``entities = [...]`` would bring every name and the implied words;
- a cue word that is also a group term (it would fire on every mention);
- ``expected_by`` before ``claimed_on``;
- a term of one or two Latin characters (not an acronym in capitals, which matches
  only in capitals), or one Japanese character: it matches unrelated text;
- a common noun (a Latin term in lower case) listed in two groups of the claim (not
  an exclude): one word then names both, so the groups no longer ask for two things. A
  name may stand in two ("Kihara" for Japan and for its ministers).

Words are compared as the matcher compares them: normalised, lemmatised and
stemmed (``tracker.match.text.normalize``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from tracker.entities import load_catalogue
from tracker.match.finding.lexicon import EventClass, load_lexicon
from tracker.match.kinds import named_by_shared_names
from tracker.match.text.normalize import Stemmer, fold, pattern_of, tokenize
from tracker.models import Claim, ClaimKind, GroupRole, TermGroup, Verdict

SHORT_LATIN_TERM = 2  # characters: "US" also matches the pronoun "us"
SHORT_OTHER_TERM = 1  # characters: a Japanese term matches inside any longer word
_CAPITALS = re.compile(r"[A-Z]{2,3}")  # matched only in capitals (tracker/match/text/acronyms.py)
_NOT_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")  # a kanji, kana, hangul… letter


@dataclass(frozen=True, slots=True)
class ClaimWarning:
    """One piece of advice about a claim file that loads."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: warning: {self.message}"


def advise(claims: Sequence[Claim],
           inferred: Mapping[str, ClaimKind] | None = None) -> list[ClaimWarning]:
    """Warnings for each claim, in claim order. ``inferred`` maps the id of each
    claim without a ``kind`` to the kind the matcher reads it as (``infer_kinds``)."""
    stemmer = Stemmer()
    general = _general_words(stemmer)
    shared = _named_by_shared_names(claims, stemmer)
    catalogue_names = _catalogue_names()
    inferred = inferred if inferred is not None else infer_kinds(claims)
    warnings: list[ClaimWarning] = []
    for claim in claims:
        path = str(claim.path) if claim.path else claim.id
        messages = [
            *_kind(claim, inferred),
            *_dates(claim),
            *_shared_only(claim, shared),
            *_cue_words(claim, stemmer, general, claim.id in shared),
            *_entity_groups(claim, catalogue_names),
            *_short_terms(claim),
            *_terms_in_two_groups(claim),
        ]
        warnings += [ClaimWarning(path, m) for m in messages]
    return warnings


def infer_kinds(claims: Sequence[Claim]) -> dict[str, ClaimKind]:
    """The kind the matcher reads each claim without a ``kind`` as."""
    if all(c.kind is not None for c in claims):
        return {}
    from tracker.match import Matcher  # builds the automaton: only when needed

    return Matcher([c for c in claims if c.kind is None]).kinds()


def _kind(claim: Claim, inferred: Mapping[str, ClaimKind]) -> Iterator[str]:
    if claim.kind is None:
        kind = inferred.get(claim.id, ClaimKind.EVENT)
        yield (f"no 'kind': the statement reads as {kind.value!r}; state it "
               f"(kind = \"{kind.value}\") or the kind you mean (docs/claims.md, 'Kinds')")


def _dates(claim: Claim) -> Iterator[str]:
    if claim.expected_by is not None and claim.expected_by < claim.claimed_on:
        yield (f"'expected_by' ({claim.expected_by}) is before 'claimed_on' "
               f"({claim.claimed_on}): the deadline had passed when the claim was made")


def _general_words(stemmer: Stemmer) -> dict[tuple[str, str], list[EventClass]]:
    """(language, pattern) -> the event classes of the general lexicon that hold it."""
    found: dict[tuple[str, str], list[EventClass]] = {}
    for event_class, by_language in load_lexicon().classes.items():
        for language, words in by_language.items():
            for word in words:
                key = (language, pattern_of(tokenize(word, language, stemmer)))
                found.setdefault(key, []).append(event_class)
    return found


def _term_patterns(group: TermGroup, language: str, stemmer: Stemmer) -> set[str]:
    return {pattern_of(tokenize(term, language, stemmer)) for term in group.all_terms()}


def _named_by_shared_names(claims: Sequence[Claim], stemmer: Stemmer) -> dict[str, list[str]]:
    """The claims named only by names other claims use too, each with those other
    claims (the matcher's rule, ``tracker.match.kinds.named_by_shared_names``, on term
    patterns). Exclude groups share nothing."""
    def patterns(group: TermGroup) -> set[str]:
        return {pattern_of(tokenize(term, language, stemmer))
                for language, terms in group.terms.items() for term in terms}

    uses: dict[str, set[str]] = {}
    for claim in claims:
        for group in claim.groups:
            if group.role is not GroupRole.EXCLUDE:
                for pattern in patterns(group):
                    uses.setdefault(pattern, set()).add(claim.id)
    counts = {pattern: len(ids) for pattern, ids in uses.items()}
    found: dict[str, list[str]] = {}
    for claim in claims:
        required = [patterns(g) for g in claim.groups if g.role is GroupRole.REQUIRED]
        if named_by_shared_names(required, counts):
            found[claim.id] = sorted({other for g in required for p in g
                                      for other in uses[p]} - {claim.id})
    return found


def _shared_only(claim: Claim, shared: Mapping[str, list[str]]) -> Iterator[str]:
    if claim.id not in shared:
        return
    names = shared[claim.id]
    others = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    confirms = claim.cues.get(Verdict.CONFIRMS, {})
    if not all(confirms.get(lang) for lang in ("en", "fr", "ja")):
        yield (f"every required group names what other claims name too ({others}): its "
               "[cues.confirms] say which clauses are its own; list its event words there "
               "in en, fr and ja (general words too), its delay and cancel words under "
               "[cues.updates] and [cues.contradicts], or give it a subject of its own "
               "(docs/claims.md, 'Several claims on one project')")
    elif not claim.cues.get(Verdict.UPDATES):
        # a sibling's optional group can make a name shared: delays then stop counting
        yield (f"every required group names what other claims name too ({others}), their "
               "optional groups included: a general word of delay counts for it only in a "
               "clause holding one of its own cues, and it has no [cues.updates]; list its "
               "delay words there, or leave its subject's name out of the others' groups "
               "(docs/claims.md, 'Several claims on one project')")


def _cue_words(claim: Claim, stemmer: Stemmer,
               general: Mapping[tuple[str, str], list[EventClass]],
               named_by_shared: bool) -> Iterator[str]:
    for verdict, by_language in claim.cues.items():
        for language, words in by_language.items():
            for word in words:
                pattern = pattern_of(tokenize(word, language, stemmer))
                where = f"'cues.{verdict}.{language}'"
                classes = general.get((language, pattern))
                if classes and not named_by_shared:
                    names = "/".join(f"'{c.value}'" for c in dict.fromkeys(classes))
                    yield (f"{where}: cue {word!r} is already a general {names} word: "
                           "drop it unless the claim needs it as a different verdict (a "
                           "claim's own cue also takes the word from other claims named "
                           "nearer to it)")
                for number, group in enumerate(claim.groups, start=1):
                    terms = _term_patterns(group, language, stemmer)
                    if pattern in terms:
                        yield (f"{where}: cue {word!r} is also a term of groups[{number}] "
                               f"({group.name}): it would fire on every mention of the "
                               "subject; keep it in one place")
                    elif "…" not in word and any(pattern in t for t in terms):
                        # a cue inside a longer term is read as part of the name
                        yield (f"{where}: cue {word!r} stands inside a longer term of "
                               f"groups[{number}] ({group.name}): where that term is "
                               "written, the cue is read as part of the name, never as "
                               "the claim's own word; reword the cue or the term")


def _catalogue_names() -> dict[str, list[str]]:
    """Folded name or implied word -> the ids of the entities it names."""
    names: dict[str, list[str]] = {}
    for entity in load_catalogue().entities.values():
        for table in (entity.names, entity.implied):
            for words in table.values():
                for word in words:
                    names.setdefault(fold(word), []).append(entity.id)
    return names


def _entity_groups(claim: Claim, catalogue: Mapping[str, list[str]]) -> Iterator[str]:
    for number, group in enumerate(claim.groups, start=1):
        terms = group.all_terms()
        if group.role is not GroupRole.REQUIRED or group.entities or not terms:
            continue
        ids = [catalogue.get(fold(term)) for term in terms]
        if all(ids):
            chosen = list(dict.fromkeys(i[0] for i in ids if i))
            listed = ", ".join(f'"{i}"' for i in chosen)
            yield (f"groups[{number}] ({group.name}): every term is a name from the entity "
                   f"catalogue: write entities = [{listed}] instead (every name in en/fr/ja, "
                   "and implied words such as a capital)")


def _short_terms(claim: Claim) -> Iterator[str]:
    for number, group in enumerate(claim.groups, start=1):
        for language in sorted(group.terms):
            for position, term in enumerate(group.terms[language], start=1):
                text = term.strip()
                latin = not _NOT_LATIN.search(text)
                limit = SHORT_LATIN_TERM if latin else SHORT_OTHER_TERM
                if len(text) <= limit and not (latin and _CAPITALS.fullmatch(text)):
                    acronym = ("; an acronym written in capitals ('VG') matches only where "
                               "the text writes it so") if latin else ""
                    yield (f"'groups[{number}].{language}[{position}]' {term!r} has "
                           f"{len(text)} character{'s' if len(text) > 1 else ''}: it also "
                           "matches unrelated text; use a longer name or the entity "
                           f"catalogue{acronym}")


def _terms_in_two_groups(claim: Claim) -> Iterator[str]:
    first_at: dict[tuple[str, str], tuple[int, str]] = {}
    for number, group in enumerate(claim.groups, start=1):
        if group.role is GroupRole.EXCLUDE:
            continue
        for language in sorted(group.terms):
            for position, term in enumerate(group.terms[language], start=1):
                if not term.strip()[:1].islower() or any(
                        word[:1].isupper() for word in term.split()):
                    # a name ("Kihara", 日韓, « école primaire de Chigusa ») may name the
                    # country and the talks
                    continue
                key = (language, fold(term.strip()))
                if key not in first_at:
                    first_at[key] = (number, group.name)
                    continue
                other, name = first_at[key]
                if other != number:
                    yield (f"'groups[{number}].{language}[{position}]' {term!r} is also in "
                           f"groups[{other}] ({name}): one word then names both, and the "
                           "groups no longer ask for two things; keep it in the group of the "
                           "thing it names")
